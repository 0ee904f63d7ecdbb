import type { FieldProblem } from '@crm/platform';

/** The lists a saved view belongs to (CUS-03); stored in `customer_view.list`. */
export const SAVED_VIEW_LISTS = ['accounts', 'contacts'] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

/**
 * How a column chooser offers one column of a list. `labelKey` is the web app's i18n key of its label;
 * `shownByDefault` columns are shown when no view chose any. The first column of a list is always shown.
 */
export interface ViewColumnDescription {
  key: string;
  labelKey: string;
  shownByDefault: boolean;
}

/** Each list's columns in their default order, with those shown by default; the only list of them (the web asks `savedViewColumns`). */
const LIST_COLUMNS: Record<SavedViewList, readonly (readonly [key: string, shownByDefault: boolean])[]> = {
  accounts: [
    ['name', true],
    ['kind', true],
    ['stage', true],
    ['contact', true],
    ['industry', false],
    ['tier', false],
    ['tags', true],
    ['owner', true],
    ['createdAt', true],
    ['updatedAt', true],
  ],
  contacts: [
    ['name', true],
    ['customer', true],
    ['jobTitle', true],
    ['phone', true],
    ['email', true],
    ['tags', true],
    ['owner', false],
    ['createdAt', false],
    ['updatedAt', true],
  ],
};

/** Each list's column keys a view may store. */
export const VIEW_COLUMNS: Record<SavedViewList, readonly string[]> = {
  accounts: LIST_COLUMNS.accounts.map(([key]) => key),
  contacts: LIST_COLUMNS.contacts.map(([key]) => key),
};

/** The list's columns in their default order, described for a column chooser. */
export function viewColumnsOf(list: SavedViewList): ViewColumnDescription[] {
  return LIST_COLUMNS[list].map(([key, shownByDefault]) => ({ key, labelKey: `savedViews.columnLabels.${list}.${key}`, shownByDefault }));
}

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
