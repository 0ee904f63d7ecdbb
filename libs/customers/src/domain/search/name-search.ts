/**
 * Indexable name search (CUS-03, ADR 0018).
 *
 * The database keeps a `name_search` column on accounts and contacts, written by a trigger
 * (`customers.name_search(name, key, pinyin)`, migration NameSearch): the name as entered, its
 * comparison key (Simplified, folded) and its pinyin, each NFKC, lower case and without whitespace,
 * separated by a space; then a newline; then the same text with every character written twice.
 *
 * A fragment of three or more characters is looked up in the plain part (`%abc%\n%`: the newline
 * anchors it before the doubled part, where "neer" would wrongly match the doubled "ner"); it has
 * n − 2 trigrams, each rarer than a doubled one. A two-character fragment has no trigram of its own
 * and is looked up doubled (`%aabb%`, 2 trigrams; exact, ADR 0016; a match in the plain part is a
 * true one too, since "aabb" there contains "ab"). Whitespace never occurs inside a part or a
 * fragment, so no match spans two parts. A one-character fragment has no trigram in either form: it
 * is a plain filter, checked row by row (the list's sort index is walked until a page is full).
 */

/** One normalised part: NFKC, lower case, no whitespace. */
export function nameSearchPart(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const double = (text: string) => Array.from(text).map((c) => c + c).join('');

/** The column's value, in TypeScript (the trigger's function is the one that writes it). */
export function nameSearchText(name: string, nameKey: string | null, namePinyin: string | null): string {
  const plain = [name, nameKey, namePinyin].map(nameSearchPart).join(' ');
  return `${plain}\n${double(plain)}`;
}

/** A LIKE pattern for the column, and whether pg_trgm can serve it from the GIN index. */
export interface NameSearchPattern {
  pattern: string;
  indexed: boolean;
}

/** Three letters or digits in a row: pg_trgm extracts at least one trigram from the fragment. */
const TRIGRAM = /[\p{L}\p{N}]{3}/u;

/**
 * The LIKE pattern (escaped, wildcards added) that finds `spelling` in the column. Whitespace is
 * dropped (as in the column), so "acme glob" finds "Acmeglobex" and "上海 宏达" finds "上海宏达".
 * Null for an empty spelling.
 */
export function nameSearchPattern(spelling: string): NameSearchPattern | null {
  const text = nameSearchPart(spelling);
  const length = Array.from(text).length;
  if (!length) return null;
  if (length >= 3 && TRIGRAM.test(text)) return { pattern: `%${escapeLike(text)}%\n%`, indexed: true };
  if (length >= 2 && TRIGRAM.test(double(text))) return { pattern: `%${escapeLike(double(text))}%`, indexed: true };
  return { pattern: `%${escapeLike(text)}%\n%`, indexed: false };
}

/** `text` as a literal inside a LIKE pattern (backslash is LIKE's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
