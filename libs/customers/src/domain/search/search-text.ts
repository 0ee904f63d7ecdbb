import { Converter } from 'opencc-js';
import { foldText, hasCjk, normalizePhone } from '../dedup/normalize';

/**
 * Partial-text search over addresses and contact points (CUS-02, ADR 0016).
 *
 * The database keeps a `search_text` column, written by a trigger (`customers.search_text(text)`, migration PartySearch): NFKC, lower
 * case, no whitespace (Chinese addresses are written without spaces, so "朝阳区建国路" finds district
 * 朝阳区 and street 建国路; "main st" finds "Main Street"), and then every character written twice ("建国路" is
 * "建建国国路路"). A fragment of n ≥ 2 characters, doubled the same way, has 2n − 2 trigrams, so the
 * pg_trgm GIN index serves two-character Chinese fragments ("建国" → "建建国国": 建建国, 建国国) that
 * pg_trgm could not index undoubled. Doubling is exact: "aabb" occurs in a doubled text only where
 * "ab" occurs in the original.
 */

/** Fragments shorter than this search names only (one character would match almost every address). */
export const MIN_DETAIL_SEARCH_LENGTH = 2;

const simplifiedToTraditional = Converter({ from: 'cn', to: 'tw' });

/** The same normalisation as the column, in TypeScript: NFKC, lower case, no whitespace, each character twice. */
export function searchText(text: string): string {
  return Array.from(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ''))
    .map((c) => c + c)
    .join('');
}

/**
 * The spellings of a typed fragment to look for, in the column's form (doubled), without LIKE
 * wildcards: as typed, in Simplified and in Traditional (the column keeps the text as entered, so a
 * Simplified fragment finds a Traditional address and back), and for a phone fragment its digits
 * alone ("138 0013" finds "+8613800138000") and, for a whole number, its E.164 form ("021 6888 1234"
 * finds "+862168881234"), so a partial match covers the exact one. Empty when the fragment is too
 * short or has neither a letter nor a digit.
 */
export function searchFragments(query: string): string[] {
  const typed = query.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  // punctuation alone has no trigrams: it would read the whole index for nothing useful
  if (Array.from(typed).length < MIN_DETAIL_SEARCH_LENGTH || !/[\p{L}\p{N}]/u.test(typed)) return [];
  const spellings = new Set([typed]);
  if (hasCjk(typed)) {
    spellings.add(foldText(typed));
    spellings.add(simplifiedToTraditional(typed));
  }
  if (/^[\d()+\-.]+$/.test(typed)) {
    const digits = typed.replace(/\D/g, '');
    if (digits.length >= MIN_DETAIL_SEARCH_LENGTH) spellings.add(digits);
    const e164 = normalizePhone(typed);
    if (e164) spellings.add(e164);
  }
  return [...spellings].map(searchText);
}
