/** Optional facts that can be recorded as explicitly unknown (DQ-05), as the API accepts them. */
export const UNKNOWABLE_FIELDS = ['industry', 'source', 'website', 'taxId', 'tier', 'creditTermsDays', 'value', 'phone', 'email', 'address'] as const;
export type UnknowableField = (typeof UNKNOWABLE_FIELDS)[number];

/** What the forms hold: a checkbox per field. */
export type UnknownFlags = Partial<Record<UnknowableField, boolean>>;

export function flagsOf(unknownFields: readonly string[] | null | undefined): UnknownFlags {
  return Object.fromEntries((unknownFields ?? []).filter((f): f is UnknowableField => (UNKNOWABLE_FIELDS as readonly string[]).includes(f)).map((f) => [f, true]));
}

export function listOf(flags: UnknownFlags | null | undefined): UnknowableField[] {
  return UNKNOWABLE_FIELDS.filter((f) => flags?.[f]);
}

export const sameList = (a: readonly string[], b: readonly string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

/** Whether rows of a form give a phone (landline or mobile) or an e-mail: then that fact cannot be "unknown". */
export function reachFacts(points: readonly { kind?: string | null; value?: string | null }[] | null | undefined): { phone: boolean; email: boolean } {
  const given = (points ?? []).filter((p) => p.value?.trim());
  return { phone: given.some((p) => p.kind === 'PHONE' || p.kind === 'MOBILE'), email: given.some((p) => p.kind === 'EMAIL') };
}

/**
 * The unknown list to send: the ticked facts, minus a phone, e-mail or address the form now gives (a
 * known answer replaces "unknown", as the server settles it).
 */
export function settledUnknowns(flags: UnknownFlags | null | undefined, given: { phone?: boolean; email?: boolean; address?: boolean }): UnknowableField[] {
  return listOf(flags).filter((f) => !(f === 'phone' || f === 'email' || f === 'address') || !given[f]);
}
