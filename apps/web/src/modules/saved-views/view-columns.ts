/** CUS-03: the customer list's columns a user may show or hide, in their default order; `name` is always shown. */
export const CUSTOMER_COLUMNS = ['name', 'kind', 'stage', 'contact', 'industry', 'tier', 'tags', 'owner', 'createdAt', 'updatedAt'] as const;
export type CustomerColumn = (typeof CUSTOMER_COLUMNS)[number];

/** Shown when no view chose columns (or an old view stored none). */
export const DEFAULT_CUSTOMER_COLUMNS: readonly CustomerColumn[] = ['name', 'kind', 'stage', 'contact', 'tags', 'owner', 'createdAt', 'updatedAt'];

const isColumn = (key: string): key is CustomerColumn => (CUSTOMER_COLUMNS as readonly string[]).includes(key);

/**
 * The columns to show for a stored choice: known keys only, in the stored order, each once, the name
 * always first; nothing known stored gives the defaults (a view saved before a column was renamed still opens).
 */
export function visibleColumns(stored: readonly string[] | null | undefined): CustomerColumn[] {
  const known = [...new Set((stored ?? []).filter(isColumn))];
  if (known.length === 0) return [...DEFAULT_CUSTOMER_COLUMNS];
  return ['name', ...known.filter((c) => c !== 'name')];
}

/** Turns one column on or off, keeping the default order for the ones turned on. */
export function toggleColumn(current: readonly CustomerColumn[], column: CustomerColumn, on: boolean): CustomerColumn[] {
  if (column === 'name') return [...current];
  const set = new Set(current);
  if (on) set.add(column);
  else set.delete(column);
  return ['name', ...CUSTOMER_COLUMNS.filter((c) => c !== 'name' && set.has(c))];
}
