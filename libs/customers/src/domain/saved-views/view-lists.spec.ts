import { VIEW_COLUMNS, viewColumnProblems, viewColumnsOf } from './view-lists';

describe('saved view columns per list (CUS-03)', () => {
  it('CUS-03 a list’s own columns pass; another list’s or repeated ones are named by position', () => {
    expect(viewColumnProblems('contacts', ['name', 'email', 'customer', 'owner', 'createdAt'], 'input.columns')).toEqual([]);
    expect(viewColumnProblems('accounts', ['name', 'owner', 'tier'], 'input.columns')).toEqual([]);
    expect(viewColumnProblems('contacts', ['name', 'stage', 'email', 'email'], 'input.columns').map((p) => p.field)).toEqual(['input.columns.1', 'input.columns.3']);
    expect(viewColumnProblems('accounts', ['name', 'jobTitle'], 'input.columns')[0]).toMatchObject({ field: 'input.columns.1', message: expect.stringContaining('accounts list') });
  });

  it('CUS-03 each list describes its columns for the column chooser: the accepted keys in default order, the name first and shown, a label key per list and key', () => {
    for (const list of ['accounts', 'contacts'] as const) {
      const described = viewColumnsOf(list);
      expect(described.map((c) => c.key)).toEqual(VIEW_COLUMNS[list]);
      expect(described[0]).toEqual({ key: 'name', labelKey: `savedViews.columnLabels.${list}.name`, shownByDefault: true });
    }
    expect(viewColumnsOf('accounts').filter((c) => !c.shownByDefault).map((c) => c.key)).toEqual(['industry', 'tier']);
    expect(viewColumnsOf('contacts').filter((c) => c.shownByDefault).map((c) => c.key)).toEqual(['name', 'customer', 'jobTitle', 'phone', 'email', 'tags', 'updatedAt']);
    expect(viewColumnsOf('contacts').find((c) => c.key === 'owner')).toEqual({ key: 'owner', labelKey: 'savedViews.columnLabels.contacts.owner', shownByDefault: false });
  });
});
