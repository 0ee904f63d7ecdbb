import type { FieldProblem } from '@crm/platform';

/** Optional facts a user may record as explicitly unknown (DQ-05) instead of leaving them blank. */
export const UNKNOWABLE_ACCOUNT_FIELDS = ['industry', 'source', 'website', 'taxId', 'tier', 'creditTermsDays', 'value'] as const;
export type UnknowableAccountField = (typeof UNKNOWABLE_ACCOUNT_FIELDS)[number];

const isUnknowable = (field: string): field is UnknowableAccountField => (UNKNOWABLE_ACCOUNT_FIELDS as readonly string[]).includes(field);
const isBlank = (value: unknown): boolean => value === null || value === undefined || value === '';

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
      problems.push({ field: `${path}.${field}`, message: 'has a value and is marked unknown; choose one' });
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
