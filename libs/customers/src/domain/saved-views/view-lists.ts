import type { FieldProblem } from '@crm/platform';

/** The lists a saved view belongs to (CUS-03); stored in `customer_view.list`. */
export const SAVED_VIEW_LISTS = ['accounts', 'contacts'] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

/** Each list's column keys a view may store; the web list renders the same keys (`apps/web/src/modules/saved-views`). */
export const VIEW_COLUMNS: Record<SavedViewList, readonly string[]> = {
  accounts: ['name', 'kind', 'stage', 'contact', 'industry', 'tier', 'tags', 'owner', 'createdAt', 'updatedAt'],
  contacts: ['name', 'customer', 'jobTitle', 'phone', 'email', 'tags', 'owner', 'createdAt', 'updatedAt'],
};

/** Problems of a view's column choice: each unknown key and each repeated one, named by its position under `field`. */
export function viewColumnProblems(list: SavedViewList, columns: readonly string[], field: string): FieldProblem[] {
  const known = VIEW_COLUMNS[list];
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  columns.forEach((column, index) => {
    if (!known.includes(column)) problems.push({ field: `${field}.${index}`, message: `“${column}” is not a column of the ${list} list (${known.join(', ')})` });
    else if (seen.has(column)) problems.push({ field: `${field}.${index}`, message: `“${column}” is chosen twice` });
    seen.add(column);
  });
  return problems;
}
