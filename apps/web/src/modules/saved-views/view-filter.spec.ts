import { ACCOUNT_VIEWS, cleanFilter, CONTACT_VIEWS } from './view-filter';

describe('saved view filters', () => {
  const none = { contactFilter: null, contactOrderBy: null, columns: null };

  it('CUS-03 a saved view applies only the conditions it sets, with its sort', () => {
    const view = {
      ...none,
      filter: { __typename: 'SavedAccountFilter' as const, search: null, kind: 'COMPANY' as const, lifecycleStage: null, ownerId: null, tag: 'vip', parentAccountId: null },
      orderBy: { __typename: 'SavedAccountOrder' as const, field: 'NAME' as const, direction: 'ASC' as const },
    };
    expect(ACCOUNT_VIEWS.fromView(view)).toEqual({ filter: { kind: 'COMPANY', tag: 'vip' }, orderBy: { field: 'NAME', direction: 'ASC' } });
    const empty = { search: '', kind: null, lifecycleStage: null, ownerId: null, tag: null, parentAccountId: null };
    expect(ACCOUNT_VIEWS.fromView({ ...none, filter: empty, orderBy: null })).toEqual({ filter: {}, orderBy: undefined });
  });

  it('CUS-03 a contacts view applies its contacts filter, sort and columns, keeping a “without” condition', () => {
    const view = {
      filter: { search: null, kind: null, lifecycleStage: null, ownerId: null, tag: null, parentAccountId: null },
      orderBy: null,
      contactFilter: { __typename: 'SavedContactFilter' as const, search: null, accountId: 'a1', tag: null, hasEmail: false, hasPhone: null, archived: 'ALL' as const },
      contactOrderBy: { field: 'UPDATED_AT' as const, direction: 'DESC' as const },
      columns: ['name', 'email'],
    };
    expect(CONTACT_VIEWS.fromView(view)).toEqual({
      filter: { accountId: 'a1', hasEmail: false, archived: 'ALL' },
      orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      columns: ['name', 'email'],
    });
  });

  it('CUS-03 saving the list keeps only the conditions in use, under the list’s own fields', () => {
    expect(cleanFilter({ search: undefined, kind: 'INDIVIDUAL', tag: '', lifecycleStage: null })).toEqual({ kind: 'INDIVIDUAL' });
    expect(ACCOUNT_VIEWS.toInput({ kind: 'COMPANY', tag: '' }, undefined)).toEqual({ filter: { kind: 'COMPANY' }, orderBy: null });
    expect(CONTACT_VIEWS.toInput({ search: '', hasPhone: false, archived: 'ACTIVE' }, { field: 'NAME', direction: 'ASC' })).toEqual({
      contactFilter: { hasPhone: false, archived: 'ACTIVE' },
      contactOrderBy: { field: 'NAME', direction: 'ASC' },
    });
  });
});
