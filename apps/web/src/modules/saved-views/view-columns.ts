/**
 * CUS-03: a list's columns a user may show, hide and order; a saved view stores the choice. The server owns
 * each list's columns (`savedViewColumns`); the list only knows how to render a column by its key.
 */
export interface ListColumns<C extends string = string> {
  /** Every choosable column in its default order; the first is always shown, first. */
  all: readonly C[];
  /** Shown when no view chose columns (or an old view stored none usable). */
  defaults: readonly C[];
  /** Each column's i18n label key. */
  labelKeys: Readonly<Record<C, string>>;
}

/** One column as `savedViewColumns` describes it. */
export interface ViewColumnDescription {
  key: string;
  labelKey: string;
  shownByDefault: boolean;
}

/** The server's description of a list's columns, keeping only those this list can render. */
export function listColumnsOf(described: readonly ViewColumnDescription[], renderable: readonly string[]): ListColumns {
  const usable = described.filter((c) => renderable.includes(c.key));
  return {
    all: usable.map((c) => c.key),
    defaults: usable.filter((c, index) => index === 0 || c.shownByDefault).map((c) => c.key),
    labelKeys: Object.fromEntries(usable.map((c) => [c.key, c.labelKey])),
  };
}

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
