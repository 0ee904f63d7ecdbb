/**
 * Indexable name search (CUS-03, ADR 0020, the column's form as in ADR 0021).
 *
 * The database keeps a `name_search` column on accounts and contacts, written by a trigger
 * (`customers.name_search(name, key, pinyin)`, migration NameSearchLean): the name as entered, its
 * comparison key (Simplified, folded) and its pinyin, each NFKC, lower case and without whitespace, a part
 * found inside another left out, separated by a space; a newline; then every character of that text with
 * the one after it as a word of its own (` ab bc c`).
 *
 * A fragment of three or more characters is looked up as it is (`%abc%`, n − 2 trigrams): it holds no
 * whitespace, so it can only match inside a part. A two-character fragment is a whole word (`% ab %`:
 * trigrams "  a", " ab", "ab "), found where the two characters follow each other in a part (or a part is
 * just them). One character is a word start (`% c%`, one trigram "  c"), found where the character occurs.
 * A fragment from which pg_trgm extracts no trigram (punctuation) is a plain filter, checked row by row.
 */

/** One normalised part: NFKC, lower case, no whitespace. */
export function nameSearchPart(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The parts worth keeping, in order: the name, its key and its pinyin, less the empty ones and those inside another. */
export function nameSearchParts(name: string, nameKey: string | null, namePinyin: string | null): string[] {
  let [n, k, p] = [name, nameKey, namePinyin].map(nameSearchPart);
  if (n.includes(k)) k = '';
  if (n.includes(p) || k.includes(p)) p = '';
  if (k.includes(n) || p.includes(n)) n = '';
  if (p.includes(k)) k = '';
  return [n, k, p].filter(Boolean);
}

/** The column's value, in TypeScript (the trigger's function is the one that writes it). */
export function nameSearchText(name: string, nameKey: string | null, namePinyin: string | null): string {
  const plain = nameSearchParts(name, nameKey, namePinyin).join(' ');
  const characters = Array.from(plain);
  return `${plain}\n ${characters.map((c, i) => c + (characters[i + 1] ?? '')).join(' ')}`;
}

/** A LIKE pattern for the column, and whether pg_trgm can serve it from the GIN index. */
export interface NameSearchPattern {
  pattern: string;
  indexed: boolean;
}

/** pg_trgm's word characters (letters and digits); anything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Whether pg_trgm extracts a trigram from `%text%` (or, `bounded`, from `% text %`): some word of the text,
 * padded with two spaces where a literal non-word character precedes it and one where one follows, is
 * three characters long. Without one, a GIN scan reads the whole index.
 */
function hasTrigram(text: string, bounded: boolean): boolean {
  const length = Array.from(text).length;
  for (const match of text.matchAll(WORD)) {
    const start = Array.from(text.slice(0, match.index)).length;
    const end = start + Array.from(match[0]).length;
    const padded = Array.from(match[0]).length + (bounded || start > 0 ? 2 : 0) + (bounded || end < length ? 1 : 0);
    if (padded >= 3) return true;
  }
  return false;
}

/**
 * The LIKE pattern (escaped, wildcards added) that finds `spelling` in the column. Whitespace is
 * dropped (as in the column), so "acme glob" finds "Acmeglobex" and "上海 宏达" finds "上海宏达".
 * Null for an empty spelling.
 */
export function nameSearchPattern(spelling: string): NameSearchPattern | null {
  const text = nameSearchPart(spelling);
  const length = Array.from(text).length;
  if (!length) return null;
  if (length >= 3 && hasTrigram(text, false)) return { pattern: `%${escapeLike(text)}%`, indexed: true };
  if (length === 2 && hasTrigram(text, true)) return { pattern: `% ${escapeLike(text)} %`, indexed: true };
  if (length === 1 && hasTrigram(text, true)) return { pattern: `% ${escapeLike(text)}%`, indexed: true };
  // any text matches only where the name holds it: the words section holds nothing the parts do not
  return { pattern: `%${escapeLike(text)}%`, indexed: false };
}

/** `text` as a literal inside a LIKE pattern (backslash is LIKE's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
