import type {
  AccountFilter,
  AccountOrderBy,
  ContactFilter,
  ContactOrderBy,
  CustomerViewFieldsFragment,
  SaveCustomerViewInput,
  SavedViewList,
} from '../../gql/graphql';

export interface AppliedView<F, O> {
  filter: F;
  orderBy?: O;
  /** The view's column choice; undefined: the defaults. */
  columns?: string[];
}

/**
 * How saved views meet one list (CUS-03): which list they are of, how a view becomes the list's filter
 * and sort, and how the list's filter and sort are saved.
 */
export interface ViewList<F, O> {
  list: SavedViewList;
  fromView(view: Pick<CustomerViewFieldsFragment, 'filter' | 'orderBy' | 'contactFilter' | 'contactOrderBy' | 'columns'>): AppliedView<F, O>;
  toInput(filter: F, orderBy: O | undefined): Pick<SaveCustomerViewInput, 'filter' | 'orderBy' | 'contactFilter' | 'contactOrderBy'>;
}

/** Only the conditions that are set (a view stores no empty ones; `false` is a condition). */
export function cleanFilter<F extends object>(filter: F | null | undefined): F {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([k, v]) => k !== '__typename' && v !== null && v !== undefined && v !== '')) as F;
}

const order = <O,>(saved: { field: unknown; direction: unknown } | null | undefined): O | undefined => (saved ? ({ field: saved.field, direction: saved.direction } as O) : undefined);

export const ACCOUNT_VIEWS: ViewList<AccountFilter, AccountOrderBy> = {
  list: 'ACCOUNTS',
  fromView: (view) => ({ filter: cleanFilter<AccountFilter>(view.filter), orderBy: order(view.orderBy), columns: view.columns ?? undefined }),
  toInput: (filter, orderBy) => ({ filter: cleanFilter(filter), orderBy: orderBy ?? null }),
};

export const CONTACT_VIEWS: ViewList<ContactFilter, ContactOrderBy> = {
  list: 'CONTACTS',
  fromView: (view) => ({ filter: cleanFilter<ContactFilter>(view.contactFilter), orderBy: order(view.contactOrderBy), columns: view.columns ?? undefined }),
  toInput: (filter, orderBy) => ({ contactFilter: cleanFilter(filter), contactOrderBy: orderBy ?? null }),
};
