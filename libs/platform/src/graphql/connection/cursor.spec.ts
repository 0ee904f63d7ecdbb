import { AppError } from '../../errors/app-error';
import { decodeCursor, encodeCursor } from './cursor';

describe('connection cursors', () => {
  const payload = { key: 'occurredAt:DESC,id:DESC', values: ['2026-11-23 02:45:44.123456+00'], id: '6f1c0d3e-0000-4000-8000-000000000001' };

  it('PLT-05 a cursor round-trips its sort values and id exactly', () => {
    expect(decodeCursor(encodeCursor(payload), payload.key, 'after')).toEqual(payload);
  });

  it('PLT-05 a cursor is opaque URL-safe text, not readable JSON', () => {
    const cursor = encodeCursor({ ...payload, values: ['a/b+c?'] });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('occurredAt');
    expect(cursor).not.toContain(payload.id);
  });

  it.each([
    ['garbage', 'not base64!'],
    ['valid base64 but not JSON', Buffer.from('hello').toString('base64url')],
    ['JSON of the wrong shape', Buffer.from(JSON.stringify({ id: 1 })).toString('base64url')],
    ['values that are not strings', Buffer.from(JSON.stringify(['k', [1], 'x'])).toString('base64url')],
  ])('PLT-05 a malformed cursor (%s) is refused naming the argument', (_, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor, payload.key, 'before');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'before', kind: 'bad_input' });
  });

  it('PLT-05 a cursor made for another ordering is refused', () => {
    const cursor = encodeCursor(payload);
    expect(() => decodeCursor(cursor, 'email:ASC,id:ASC', 'after')).toThrow(/another ordering/);
  });
});
