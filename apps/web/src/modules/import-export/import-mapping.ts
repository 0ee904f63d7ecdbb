/** What an import creates: customers, or people at existing customers (the API's ImportTarget). */
export type ImportTarget = 'accounts' | 'contacts';

/** The fields an accounts import column can fill, as the API names them (libs/customers IMPORT_FIELDS). */
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

/** The fields a contacts import column can fill (libs/customers CONTACT_IMPORT_FIELDS). */
export const CONTACT_IMPORT_FIELDS = [
  'displayName',
  'familyName',
  'givenName',
  'customerName',
  'customerId',
  'jobTitle',
  'department',
  'email',
  'phone',
  'mobile',
  'wechat',
  'tags',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number] | (typeof CONTACT_IMPORT_FIELDS)[number];

export const IMPORT_TARGET_FIELDS: Record<ImportTarget, readonly ImportField[]> = { accounts: IMPORT_FIELDS, contacts: CONTACT_IMPORT_FIELDS };

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

/** Why the mapping cannot start an import of the target yet, as i18n keys; empty when it can. */
export function mappingProblems(mapping: ColumnMapping, target: ImportTarget = 'accounts'): string[] {
  const fields = new Set(Object.values(mapping));
  if (target === 'accounts') return fields.has('name') ? [] : ['importExport.mapping.nameRequired'];
  const problems: string[] = [];
  if (!fields.has('displayName') && !fields.has('familyName') && !fields.has('givenName')) problems.push('importExport.mapping.contactNameRequired');
  if (!fields.has('customerName') && !fields.has('customerId')) problems.push('importExport.mapping.customerRequired');
  return problems;
}

/** The import status values that no longer change. */
export function isFinished(status: string | undefined): boolean {
  return status === 'COMPLETED' || status === 'FAILED';
}
