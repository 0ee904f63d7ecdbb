import { diffFields } from './audit-diff';

describe('diffFields', () => {
  it('PLT-04 lists only the fields that changed, with before and after', () => {
    const changes = diffFields({ name: 'Acme', tier: 'B', city: 'Shanghai' }, { name: 'Acme', tier: 'A', city: null });
    expect(changes).toEqual({ tier: { before: 'B', after: 'A' }, city: { before: 'Shanghai', after: null } });
  });

  it('PLT-04 records every field of a created record as changed from null', () => {
    expect(diffFields(null, { name: 'Acme' })).toEqual({ name: { before: null, after: 'Acme' } });
  });

  it('PLT-04 leaves out ignored fields such as secrets', () => {
    expect(diffFields({ passwordHash: 'a' }, { passwordHash: 'b' }, ['passwordHash'])).toEqual({});
  });

  it('PLT-04 compares dates by instant', () => {
    const at = '2026-01-01T00:00:00.000Z';
    expect(diffFields({ due: new Date(at) }, { due: new Date(at) })).toEqual({});
  });
});
