import type { AccountKind } from './account-types';
import { companyNameKey, hasCjk, personNameKeys } from './dedup/normalize';
import { pinyinOf } from './dedup/pinyin';

export interface AccountNameKeys {
  nameKey: string;
  namePinyin: string | null;
}

/**
 * What an account stores for finding it again: companies by their name without legal suffixes,
 * people by their name parts in sorted order (so swapped order and Traditional/Simplified meet),
 * both with the tone-less pinyin of Chinese names (homophone typos).
 */
export function accountNameKeys(kind: AccountKind, name: string): AccountNameKeys {
  if (kind === 'company') {
    const nameKey = companyNameKey(name);
    return { nameKey, namePinyin: hasCjk(nameKey) ? pinyinOf(nameKey) : null };
  }
  const keys = personNameKeys(name);
  return { nameKey: keys.sortedParts, namePinyin: keys.pinyin };
}
