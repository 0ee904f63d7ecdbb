/**
 * Protected key fields (DQ-04): a change to one of them by someone without the right to change
 * protected fields is held back as a change request; the other fields apply at once.
 */
/** Credit terms, the tax id and the billing address (its own rows) unless a tenant chooses otherwise. */
export const DEFAULT_PROTECTED_ACCOUNT_FIELDS = ['creditTermsDays', 'taxId', 'billingAddress'] as const;

export interface SplitChanges<T> {
  apply: Partial<T>;
  hold: Partial<T>;
}

export function splitProtectedChanges<T extends Record<string, unknown>>(
  current: T,
  requested: Partial<T>,
  protectedFields: readonly string[],
  mayChangeProtected: boolean,
): SplitChanges<T> {
  const apply: Partial<T> = {};
  const hold: Partial<T> = {};
  for (const field of Object.keys(requested) as (keyof T & string)[]) {
    const value = requested[field];
    if (value === undefined) continue;
    if (JSON.stringify(current[field] ?? null) === JSON.stringify(value ?? null)) continue;
    const target = protectedFields.includes(field) && !mayChangeProtected ? hold : apply;
    target[field] = value;
  }
  return { apply, hold };
}
