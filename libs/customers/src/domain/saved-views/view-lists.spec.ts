import { viewColumnProblems } from './view-lists';

describe('saved view columns per list (CUS-03)', () => {
  it('CUS-03 a list’s own columns pass; another list’s or repeated ones are named by position', () => {
    expect(viewColumnProblems('contacts', ['name', 'email', 'customer', 'owner', 'createdAt'], 'input.columns')).toEqual([]);
    expect(viewColumnProblems('accounts', ['name', 'owner', 'tier'], 'input.columns')).toEqual([]);
    expect(viewColumnProblems('contacts', ['name', 'stage', 'email', 'email'], 'input.columns').map((p) => p.field)).toEqual(['input.columns.1', 'input.columns.3']);
    expect(viewColumnProblems('accounts', ['name', 'jobTitle'], 'input.columns')[0]).toMatchObject({ field: 'input.columns.1', message: expect.stringContaining('accounts list') });
  });
});
