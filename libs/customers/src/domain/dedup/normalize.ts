import { Converter } from 'opencc-js';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { pinyin } from 'pinyin-pro';

const traditionalToSimplified = Converter({ from: 't', to: 'cn' });

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Width-folded (NFKC), Simplified, lower-case text with single spaces: the base of every comparison. */
export function foldText(text: string): string {
  return traditionalToSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/** E.164 (`+8613800138000`) or null when the text is not a possible phone number. */
export function normalizePhone(raw: string, defaultRegion: CountryCode = 'CN'): string | null {
  const parsed = parsePhoneNumberFromString(raw.normalize('NFKC'), defaultRegion);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * Legal-form suffixes, longest first, in their folded (Simplified, lower-case) spelling. Stripped
 * repeatedly from the end, so "华为技术股份有限公司" and "Huawei Technologies Co., Ltd." lose them all.
 */
const LEGAL_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '集团',
  '公司',
  'company limited',
  'co., ltd.',
  'co., ltd',
  'co.,ltd.',
  'co.,ltd',
  'co. ltd',
  'co ltd',
  'corporation',
  'incorporated',
  'limited',
  'company',
  'holdings',
  'group',
  'gmbh',
  'corp.',
  'corp',
  'inc.',
  'inc',
  'ltd.',
  'ltd',
  'llc',
  'plc',
  'ag',
  's.a.',
  'sa',
  'co.',
  'co',
].sort((a, b) => b.length - a.length);

/** Bracketed parts such as "（深圳）" or "(China)" name a branch or region, not the company. */
const BRACKETED = /[(（[【][^)）\]】]*[)）\]】]/g;
const PUNCTUATION = /[\s.,，。、·&'’"“”()（）\-_/\\]+/g;

/** A comparison key for a company name: folded, branch/region brackets and legal suffixes removed, no punctuation. */
export function companyNameKey(name: string): string {
  let folded = foldText(name).replace(BRACKETED, ' ').replace(/\s+/g, ' ').trim();
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const suffix of LEGAL_SUFFIXES) {
      const latin = /^[a-z]/.test(suffix);
      if (folded.endsWith(suffix) && folded.length > suffix.length) {
        const before = folded.slice(0, folded.length - suffix.length);
        // a Latin suffix must stand as its own word ("Acme Corp", not "Acmecorp")
        if (latin && !/[\s,.]$/.test(before)) continue;
        folded = before.replace(/[\s,.]+$/, '');
        stripped = true;
        break;
      }
    }
  }
  return folded.replace(PUNCTUATION, '');
}

export interface PersonNameKeys {
  /** Folded name without spaces: equal for Traditional/Simplified and width variants. */
  folded: string;
  /** Tone-less pinyin syllables of a Chinese name, joined; null for names without Chinese characters. */
  pinyin: string | null;
  /** Name parts sorted, so "Wei Zhang" and "Zhang Wei" (and 张伟 / "Zhang Wei") meet. */
  sortedParts: string;
}

export function personNameKeys(name: string): PersonNameKeys {
  const folded = foldText(name);
  const pinyinSyllables = hasCjk(folded)
    ? (pinyin(folded.replace(/\s+/g, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[])
        .map((s) => s.toLowerCase().trim())
        .filter(Boolean)
    : null;
  const parts = pinyinSyllables ?? folded.split(/[\s,.·-]+/).filter(Boolean);
  return {
    folded: folded.replace(/\s+/g, ''),
    pinyin: pinyinSyllables ? pinyinSyllables.join('') : null,
    sortedParts: [...parts].sort().join(' '),
  };
}
