import type { FieldProblem } from '@crm/platform';

/** Optional facts a user may record as explicitly unknown (DQ-05) instead of leaving them blank. */
export const UNKNOWABLE_ACCOUNT_FIELDS = ['industry', 'source', 'website', 'taxId', 'tier', 'creditTermsDays', 'value', 'phone', 'email', 'address'] as const;
export type UnknowableAccountField = (typeof UNKNOWABLE_ACCOUNT_FIELDS)[number];

const isUnknowable = (field: string): field is UnknowableAccountField => (UNKNOWABLE_ACCOUNT_FIELDS as readonly string[]).includes(field);
const isBlank = (value: unknown): boolean => value === null || value === undefined || value === '';

/** Facts held in lists (contact points, addresses), named by the input that gives them. */
const LIST_FACTS: Partial<Record<UnknowableAccountField, { input: string; noun: string }>> = {
  phone: { input: 'contactPoints', noun: 'a phone' },
  email: { input: 'contactPoints', noun: 'an e-mail' },
  address: { input: 'addresses', noun: 'an address' },
};

/**
 * Whether a party has a phone (landline or mobile), an e-mail and an address, as values for the checks
 * below: `true` when it has one, `null` when not.
 */
export function partyFacts(contactPointKinds: readonly string[], addressCount: number): { phone: true | null; email: true | null; address: true | null } {
  const has = (ok: boolean) => (ok ? true : null);
  return {
    phone: has(contactPointKinds.some((k) => k === 'phone' || k === 'mobile')),
    email: has(contactPointKinds.includes('email')),
    address: has(addressCount > 0),
  };
}

/**
 * Problems with a requested unknown list: names that cannot be unknown, and a field both given a
 * value and marked unknown in the same input (which one did the user mean?).
 */
export function unknownFieldProblems(unknownFields: readonly string[] | null | undefined, values: Record<string, unknown>, path = 'input'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of unknownFields ?? []) {
    if (!isUnknowable(field)) {
      problems.push({ field: `${path}.unknownFields`, message: `${field} cannot be marked unknown; one of ${UNKNOWABLE_ACCOUNT_FIELDS.join(', ')}` });
    } else if (!isBlank(values[field])) {
      const list = LIST_FACTS[field];
      problems.push(
        list
          ? { field: `${path}.${list.input}`, message: `gives ${list.noun} while ${field} is marked unknown; choose one` }
          : { field: `${path}.${field}`, message: 'has a value and is marked unknown; choose one' },
      );
    }
  }
  return problems;
}

/**
 * The unknown list after a change: the requested list (or the current one when none was sent), without
 * duplicates and without any field that now has a value — a known answer replaces "unknown".
 */
export function settleUnknownFields(current: readonly string[], requested: readonly string[] | null | undefined, valuesAfter: Record<string, unknown>): string[] {
  const list = requested ?? current;
  return [...new Set(list)].filter((field) => isUnknowable(field) && isBlank(valuesAfter[field])).sort();
}
