/** Account fields the merger picks a winner for; tags are always combined. */
export const MERGE_CHOICE_FIELDS = ['name', 'lifecycleStage', 'tier', 'industry', 'source', 'website', 'taxId', 'creditTermsDays', 'notes'] as const;
export type MergeChoiceField = (typeof MERGE_CHOICE_FIELDS)[number];

export type MergeRecordValues = { id: string } & Partial<Record<MergeChoiceField, string | number | null | undefined>>;

export const isEmptyValue = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Whose value wins each field by default: the survivor's, else the first record (in list order) that has one. */
export function defaultChoices(records: readonly MergeRecordValues[], survivorId: string): Record<MergeChoiceField, string> {
  const survivor = records.find((r) => r.id === survivorId);
  const out = {} as Record<MergeChoiceField, string>;
  for (const field of MERGE_CHOICE_FIELDS) {
    const filled = survivor && !isEmptyValue(survivor[field]) ? survivor : records.find((r) => !isEmptyValue(r[field]));
    out[field] = (filled ?? survivor ?? records[0])?.id ?? survivorId;
  }
  return out;
}

/** The choices to send: only those that differ from what the server would pick anyway are needed, but all are explicit. */
export function toFieldChoices(choices: Record<MergeChoiceField, string>): { field: string; fromAccountId: string }[] {
  return MERGE_CHOICE_FIELDS.map((field) => ({ field, fromAccountId: choices[field] }));
}
