/**
 * Indexable name search (CUS-03, ADR 0020).
 *
 * The database keeps a `name_search` column on accounts and contacts, written by a trigger
 * (`customers.name_search(name, key, pinyin)`, migration NameSearch): the name as entered, its
 * comparison key (Simplified, folded) and its pinyin, each NFKC, lower case and without whitespace,
 * separated by a space; a newline; the same text with every character written twice; a newline; each
 * distinct character written three times, separated by spaces.
 *
 * A fragment of three or more characters is looked up in the plain part (`%abc%\n%\n%`: the two
 * newlines anchor it before the doubled part, where "neer" would wrongly match the doubled "ner"); it
 * has n − 2 trigrams, each rarer than a doubled one. A two-character fragment has no trigram of its
 * own and is looked up doubled (`%aabb%`, 2 trigrams; exact, ADR 0016; "aabb" in the plain part
 * contains "ab", and the tripled characters never hold it). A one-character fragment is looked up
 * tripled (`%ccc%`, one trigram: wherever it occurs, the name holds the character). Whitespace never
 * occurs inside a part or a fragment, so no match spans two parts. A fragment without trigrams in its
 * form (punctuation) is a plain filter, checked row by row.
 */

/** One normalised part: NFKC, lower case, no whitespace. */
export function nameSearchPart(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const double = (text: string) => Array.from(text).map((c) => c + c).join('');

/** Code-point order (PostgreSQL's "C" collation on UTF-8), not UTF-16 order. */
const byCodePoint = (a: string, b: string) => (a.codePointAt(0)! < b.codePointAt(0)! ? -1 : a.codePointAt(0)! > b.codePointAt(0)! ? 1 : 0);

/** The column's value, in TypeScript (the trigger's function is the one that writes it). */
export function nameSearchText(name: string, nameKey: string | null, namePinyin: string | null): string {
  const plain = [name, nameKey, namePinyin].map(nameSearchPart).join(' ');
  const characters = [...new Set(Array.from(plain.replace(/ /g, '')))].sort(byCodePoint).map((c) => c + c + c);
  return `${plain}\n${double(plain)}\n${characters.join(' ')}`;
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
  const plain = `%${escapeLike(text)}%\n%\n%`;
  if (length >= 3 && TRIGRAM.test(text)) return { pattern: plain, indexed: true };
  if (length >= 2 && TRIGRAM.test(double(text))) return { pattern: `%${escapeLike(double(text))}%`, indexed: true };
  const triple = text + text + text;
  if (length === 1 && TRIGRAM.test(triple)) return { pattern: `%${escapeLike(triple)}%`, indexed: true };
  return { pattern: plain, indexed: false };
}

/** `text` as a literal inside a LIKE pattern (backslash is LIKE's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
