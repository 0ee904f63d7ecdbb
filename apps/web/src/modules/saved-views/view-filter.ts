import type { AccountFilter, AccountOrderBy, CustomerViewFieldsFragment } from '../../gql/graphql';

export interface AppliedView {
  filter: AccountFilter;
  orderBy?: AccountOrderBy;
  /** The view's column choice; undefined: the defaults. */
  columns?: string[];
}

/** A saved view's filter as the list's AccountFilter: only the conditions it sets. */
export function viewToList(view: Pick<CustomerViewFieldsFragment, 'filter' | 'orderBy'> & { columns?: string[] | null }): AppliedView {
  const filter = Object.fromEntries(Object.entries(view.filter).filter(([k, v]) => k !== '__typename' && v !== null && v !== undefined && v !== '')) as AccountFilter;
  return { filter, orderBy: view.orderBy ? { field: view.orderBy.field, direction: view.orderBy.direction } : undefined, columns: view.columns ?? undefined };
}

/** The list's current filter without empty conditions, as a view stores it. */
export function cleanFilter(filter: AccountFilter): AccountFilter {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== undefined && v !== '')) as AccountFilter;
}
