import type { FieldProblem } from '@crm/platform';
import { accountNameKeys, type AccountNameKeys } from '../account-keys';
import { hasCjk } from '../dedup/normalize';

export interface ContactNameInput {
  givenName?: string | null;
  familyName?: string | null;
  /** As the person writes it; composed from the parts when left empty. */
  displayName?: string | null;
}

export interface ContactName {
  givenName: string;
  familyName: string;
  displayName: string;
}

/**
 * A person's name parts and how it is shown: Chinese names family name first without a space
 * (张 + 伟 → 张伟), others given name first ("Wei Zhang"), unless the user typed a display name.
 * A person needs at least one name (DQ-01); the problem names `familyName`, the first name field of the form.
 */
export function contactName(input: ContactNameInput, path = 'input'): { name: ContactName; problems: FieldProblem[] } {
  const givenName = (input.givenName ?? '').trim();
  const familyName = (input.familyName ?? '').trim();
  const typed = (input.displayName ?? '').trim().replace(/\s+/g, ' ');
  const composed = hasCjk(familyName + givenName) ? `${familyName}${givenName}` : [givenName, familyName].filter(Boolean).join(' ');
  const displayName = typed || composed;
  const problems: FieldProblem[] = displayName ? [] : [{ field: `${path}.familyName`, message: 'a family name, a given name or a display name is required' }];
  return { name: { givenName, familyName, displayName }, problems };
}

/** What a contact stores for finding it again: the same person keys as an individual customer (sorted parts, pinyin). */
export function contactNameKeys(displayName: string): AccountNameKeys {
  return accountNameKeys('individual', displayName);
}
