/** Optional facts that can be recorded as explicitly unknown (DQ-05), as the API accepts them. */
export const UNKNOWABLE_FIELDS = ['industry', 'source', 'website', 'taxId', 'tier', 'creditTermsDays', 'value'] as const;
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
