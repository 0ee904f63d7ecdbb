/**
 * CUS-03: a list's columns a user may show, hide and order; a saved view stores the choice. The server
 * accepts the same keys per list (`libs/customers/src/domain/saved-views/view-lists.ts`).
 */
export interface ListColumns<C extends string> {
  /** Every choosable column in its default order; the first is always shown, first. */
  all: readonly C[];
  /** Shown when no view chose columns (or an old view stored none usable). */
  defaults: readonly C[];
}

export const CUSTOMER_COLUMNS = ['name', 'kind', 'stage', 'contact', 'industry', 'tier', 'tags', 'owner', 'createdAt', 'updatedAt'] as const;
export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number];
export const CUSTOMER_LIST_COLUMNS: ListColumns<CustomerColumn> = {
  all: CUSTOMER_COLUMNS,
  defaults: ['name', 'kind', 'stage', 'contact', 'tags', 'owner', 'createdAt', 'updatedAt'],
};
export const DEFAULT_CUSTOMER_COLUMNS = CUSTOMER_LIST_COLUMNS.defaults;

export const CONTACT_COLUMNS = ['name', 'customer', 'jobTitle', 'phone', 'email', 'tags', 'owner', 'createdAt', 'updatedAt'] as const;
export type ContactColumn = (typeof CONTACT_COLUMNS)[number];
export const CONTACT_LIST_COLUMNS: ListColumns<ContactColumn> = {
  all: CONTACT_COLUMNS,
  defaults: ['name', 'customer', 'jobTitle', 'phone', 'email', 'tags', 'updatedAt'],
};

const fixedOf = <C extends string>(list: ListColumns<C>): C => list.all[0]!;

/**
 * The columns to show for a stored choice: known keys only, in the stored order, each once, the fixed
 * column always first; nothing known stored gives the defaults (a view saved before a column was renamed still opens).
 */
export function visibleColumns<C extends string>(list: ListColumns<C>, stored: readonly string[] | null | undefined): C[] {
  const fixed = fixedOf(list);
  const known = [...new Set((stored ?? []).filter((key): key is C => (list.all as readonly string[]).includes(key)))];
  if (known.length === 0) return [...list.defaults];
  return [fixed, ...known.filter((c) => c !== fixed)];
}

/**
 * Turns one column on or off. One turned on goes after the last shown column that precedes it in the
 * default order, so a list in the default order stays in it and a reordered one keeps the user's order.
 */
export function toggleColumn<C extends string>(list: ListColumns<C>, current: readonly C[], column: C, on: boolean): C[] {
  if (column === fixedOf(list)) return [...current];
  const rest = current.filter((c) => c !== column);
  if (!on) return rest;
  const before = list.all.slice(0, list.all.indexOf(column));
  const after = rest.reduce((last, c, index) => (before.includes(c) ? index : last), 0);
  return [...rest.slice(0, after + 1), column, ...rest.slice(after + 1)];
}

/** Moves a shown column one place towards the start (-1) or the end (+1); the fixed column stays first. */
export function moveColumn<C extends string>(list: ListColumns<C>, current: readonly C[], column: C, step: -1 | 1): C[] {
  const from = current.indexOf(column);
  const to = from + step;
  if (from < 1 || to < 1 || to >= current.length || column === fixedOf(list)) return [...current];
  const next = [...current];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}
