import { cleanFilter, viewToList } from './view-filter';

describe('saved view filters', () => {
  it('CUS-03 a saved view applies only the conditions it sets, with its sort', () => {
    const view = {
      filter: { __typename: 'SavedAccountFilter' as const, search: null, kind: 'COMPANY' as const, lifecycleStage: null, ownerId: null, tag: 'vip', parentAccountId: null },
      orderBy: { __typename: 'SavedAccountOrder' as const, field: 'NAME' as const, direction: 'ASC' as const },
    };
    expect(viewToList(view)).toEqual({ filter: { kind: 'COMPANY', tag: 'vip' }, orderBy: { field: 'NAME', direction: 'ASC' } });
    const empty = { search: '', kind: null, lifecycleStage: null, ownerId: null, tag: null, parentAccountId: null };
    expect(viewToList({ filter: empty, orderBy: null })).toEqual({ filter: {}, orderBy: undefined });
  });

  it('CUS-03 saving the list keeps only the conditions in use', () => {
    expect(cleanFilter({ search: undefined, kind: 'INDIVIDUAL', tag: '', lifecycleStage: null })).toEqual({ kind: 'INDIVIDUAL' });
  });
});
