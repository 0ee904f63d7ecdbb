/**
 * Merging duplicates (DQ-03): the survivor keeps, field by field, the value the user chose (or, by
 * default, its own non-empty value, else the first non-empty value among the others), and the plan
 * records where each value came from, so the merge can be explained later.
 */
export interface MergeCandidate<T> {
  id: string;
  values: T;
}

export interface FieldProvenance {
  field: string;
  fromId: string;
  value: unknown;
}

export interface MergePlan<T> {
  survivorId: string;
  mergedIds: string[];
  values: T;
  provenance: FieldProvenance[];
}

export class MergePlanError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function planMerge<T extends Record<string, unknown>>(
  survivor: MergeCandidate<T>,
  others: MergeCandidate<T>[],
  fields: readonly (keyof T & string)[],
  /** field → id of the record whose value wins */
  choices: Partial<Record<keyof T & string, string>> = {},
  /** array fields whose values are unioned rather than chosen (tags) */
  unionFields: readonly (keyof T & string)[] = [],
): MergePlan<T> {
  if (others.length === 0) throw new MergePlanError('mergedIds', 'choose at least one record to merge into the survivor');
  const unknown = Object.keys(choices).filter((f) => !(fields as readonly string[]).includes(f));
  if (unknown.length) throw new MergePlanError('fieldChoices', `cannot choose ${unknown.join(', ')}; choose among ${fields.join(', ')}`);
  const all = [survivor, ...others];
  const byId = new Map(all.map((c) => [c.id, c]));
  if (byId.size !== all.length) throw new MergePlanError('mergedIds', 'a record cannot be merged into itself or twice');

  const values = { ...survivor.values };
  const provenance: FieldProvenance[] = [];
  for (const field of fields) {
    if (unionFields.includes(field)) {
      const union = [...new Set(all.flatMap((c) => (c.values[field] as unknown[] | undefined) ?? []))];
      (values as Record<string, unknown>)[field] = union;
      provenance.push({ field, fromId: survivor.id, value: union });
      continue;
    }
    const chosenId = choices[field];
    if (chosenId !== undefined && !byId.has(chosenId)) {
      throw new MergePlanError(`choices.${field}`, `${field}: record ${chosenId} is not part of this merge`);
    }
    const source = chosenId ? byId.get(chosenId)! : (all.find((c) => !isEmpty(c.values[field])) ?? survivor);
    (values as Record<string, unknown>)[field] = source.values[field];
    provenance.push({ field, fromId: source.id, value: source.values[field] });
  }
  return { survivorId: survivor.id, mergedIds: others.map((o) => o.id), values, provenance };
}
