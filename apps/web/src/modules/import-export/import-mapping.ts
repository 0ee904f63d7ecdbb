/** What an import creates: customers, or people at existing customers (the API's ImportTarget). */
export type ImportTarget = 'accounts' | 'contacts';

/** A field name as the API gives it in the preview's `fields` (the server owns the list per target). */
export type ImportField = string;

/** One field a column can be mapped to, as the preview describes it. */
export interface ImportFieldDescription {
  key: ImportField;
  /** Part of a needed group: the mapping must map at least one field of each `requiredGroup`. */
  required: boolean;
  requiredGroup: string | null;
  /** i18n key of the field's label (`importExport.fields.*`). */
  labelKey: string;
}

/** Column index → field, as the API takes it; a column left out is not imported. */
export type ColumnMapping = Record<number, ImportField>;

export type DuplicatePolicy = 'skip' | 'update' | 'create';

/** What the preview endpoint answers. */
export interface ImportPreview {
  format: 'csv' | 'xlsx';
  headers: string[];
  sampleRows: string[][];
  suggestedMapping: ColumnMapping;
  remembered: boolean;
  target: ImportTarget;
  /** The target's fields, needed ones first: the mapping selects offer exactly these. */
  fields: ImportFieldDescription[];
}

/** Sets (or clears, with null) one column's field; a field moves from the column that had it. */
export function assignField(mapping: ColumnMapping, column: number, field: ImportField | null): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [index, f] of Object.entries(mapping) as [string, ImportField][]) {
    if (Number(index) !== column && f !== field) next[Number(index)] = f;
  }
  if (field) next[column] = field;
  return next;
}

/**
 * Why the mapping cannot start an import yet: one i18n key per needed group of the preview's fields that no
 * column maps (`importExport.mapping.<group>Required`); empty when it can.
 */
export function mappingProblems(mapping: ColumnMapping, fields: readonly ImportFieldDescription[]): string[] {
  const mapped = new Set(Object.values(mapping));
  const groups = new Map<string, boolean>();
  for (const field of fields) {
    if (field.requiredGroup) groups.set(field.requiredGroup, (groups.get(field.requiredGroup) ?? false) || mapped.has(field.key));
  }
  return [...groups].filter(([, satisfied]) => !satisfied).map(([group]) => `importExport.mapping.${group}Required`);
}

/** The import status values that no longer change. */
export function isFinished(status: string | undefined): boolean {
  return status === 'COMPLETED' || status === 'FAILED';
}
