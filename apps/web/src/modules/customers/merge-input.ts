/** Account fields the merger picks a winner for; tags are always combined. */
export const MERGE_CHOICE_FIELDS = ['name', 'lifecycleStage', 'tier', 'industry', 'source', 'website', 'taxId', 'creditTermsDays', 'notes'] as const;
export type MergeChoiceField = (typeof MERGE_CHOICE_FIELDS)[number];

export type MergeRecordValues<F extends string = MergeChoiceField> = { id: string } & Partial<Record<F, unknown>>;

export const isEmptyValue = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * Whose value wins each field by default: the survivor's, else the first record (in list order) that has one.
 * Shared by every kind of merge (customers, people); `fields` defaults to the customer's.
 */
export function defaultChoices<F extends string = MergeChoiceField>(
  records: readonly MergeRecordValues<NoInfer<F>>[],
  survivorId: string,
  fields: readonly F[] = MERGE_CHOICE_FIELDS as unknown as readonly F[],
): Record<F, string> {
  const survivor = records.find((r) => r.id === survivorId);
  const out = {} as Record<F, string>;
  for (const field of fields) {
    const filled = survivor && !isEmptyValue(survivor[field]) ? survivor : records.find((r) => !isEmptyValue(r[field]));
    out[field] = (filled ?? survivor ?? records[0])?.id ?? survivorId;
  }
  return out;
}

/** Every choice made explicit, as [field, id of the record whose value wins]. */
export function choiceList<F extends string>(choices: Record<F, string>, fields: readonly F[]): { field: F; fromId: string }[] {
  return fields.map((field) => ({ field, fromId: choices[field] }));
}

/** The choices to send for a customer merge: only those that differ from what the server would pick anyway are needed, but all are explicit. */
export function toFieldChoices(choices: Record<MergeChoiceField, string>): { field: string; fromAccountId: string }[] {
  return choiceList(choices, MERGE_CHOICE_FIELDS).map(({ field, fromId }) => ({ field, fromAccountId: fromId }));
}
