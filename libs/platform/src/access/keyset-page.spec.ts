import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor } from './keyset-page';

describe('keyset cursors', () => {
  it('ACC-03 a cursor round-trips the sort value and id and is opaque', () => {
    const cursor = encodeCursor('2026-11-23 02:45:45.123456+00', 'a1');
    expect(cursor).not.toContain('a1');
    expect(decodeCursor(cursor, 'after')).toEqual(['2026-11-23 02:45:45.123456+00', 'a1']);
  });

  it('ACC-03 a forged cursor is a validation error naming the argument', () => {
    expect(() => decodeCursor('not-a-cursor', 'after')).toThrow(AppError);
    try {
      decodeCursor(Buffer.from('{"x":1}').toString('base64url'), 'before');
    } catch (e) {
      expect((e as AppError).field).toBe('before');
    }
    expect.assertions(2);
  });
});
