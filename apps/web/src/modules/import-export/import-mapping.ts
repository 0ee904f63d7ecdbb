/** The fields an import column can fill, as the API names them (libs/customers IMPORT_FIELDS). */
export const IMPORT_FIELDS = [
  'name',
  'kind',
  'contactName',
  'jobTitle',
  'email',
  'phone',
  'mobile',
  'wechat',
  'country',
  'province',
  'city',
  'street',
  'postcode',
  'industry',
  'source',
  'website',
  'taxId',
  'lifecycleStage',
  'tags',
  'ownerEmail',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

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

/** Why the mapping cannot start an import yet, as i18n keys; empty when it can. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  return Object.values(mapping).includes('name') ? [] : ['importExport.mapping.nameRequired'];
}

/** The import status values that no longer change. */
export function isFinished(status: string | undefined): boolean {
  return status === 'COMPLETED' || status === 'FAILED';
}
