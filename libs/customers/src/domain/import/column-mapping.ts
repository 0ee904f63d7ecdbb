import { foldText } from '../dedup/normalize';

/** What an import creates: customers (accounts, with an optional contact per row) or people at existing customers. */
export const IMPORT_TARGETS = ['accounts', 'contacts'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** The fields an accounts import row can fill. */
export const IMPORT_FIELDS = [
  'kind',
  'name',
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
  'valueAmount',
  'valueCurrency',
  'tags',
  'ownerEmail',
  'notes',
] as const;
export type AccountImportField = (typeof IMPORT_FIELDS)[number];

/** The fields a contacts import row can fill: a person and the existing customer they belong to. */
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
export type ContactImportField = (typeof CONTACT_IMPORT_FIELDS)[number];

export type ImportField = AccountImportField | ContactImportField;

export const IMPORT_TARGET_FIELDS: Record<ImportTarget, readonly ImportField[]> = { accounts: IMPORT_FIELDS, contacts: CONTACT_IMPORT_FIELDS };

/**
 * How a mapping screen offers one field of a target. A field with a `requiredGroup` is needed: a mapping
 * maps at least one field of each group (accounts: `name`; contacts: the person's name, or family / given
 * name, and the customer, by name or id). `labelKey` is the web app's i18n key for the field's label.
 */
export interface ImportFieldDescription {
  key: ImportField;
  required: boolean;
  requiredGroup: string | null;
  labelKey: string;
}

/** Each target's needed groups; every other field is optional. */
const REQUIRED_GROUPS: Record<ImportTarget, Partial<Record<ImportField, string>>> = {
  accounts: { name: 'name' },
  contacts: { displayName: 'contactName', familyName: 'contactName', givenName: 'contactName', customerName: 'customer', customerId: 'customer' },
};

/** The target's fields in the order a mapping screen lists them (needed ones first), described for it. */
export function importFieldsOf(target: ImportTarget): ImportFieldDescription[] {
  const groups = REQUIRED_GROUPS[target];
  const described = IMPORT_TARGET_FIELDS[target].map((key) => ({ key, required: !!groups[key], requiredGroup: groups[key] ?? null, labelKey: `importExport.fields.${key}` }));
  return [...described.filter((f) => f.required), ...described.filter((f) => !f.required)];
}

/** column index in the file → field; unmapped columns are ignored. */
export type ColumnMapping = Record<number, ImportField>;

/** Header spellings seen in real exports (Chinese and English), folded for comparison. */
const ACCOUNT_SYNONYMS: Record<AccountImportField, string[]> = {
  kind: ['kind', 'type', 'customer type', '类型', '客户类型'],
  name: ['name', 'company', 'company name', 'account', 'account name', 'customer', 'customer name', '名称', '公司', '公司名称', '客户', '客户名称', '单位名称'],
  contactName: ['contact', 'contact name', 'full name', 'person', '联系人', '姓名', '联系人姓名'],
  jobTitle: ['title', 'job title', 'position', '职位', '职务'],
  email: ['email', 'e-mail', 'mail', 'email address', '邮箱', '电子邮件', '电子邮箱'],
  phone: ['phone', 'telephone', 'tel', 'office phone', '电话', '座机', '办公电话'],
  mobile: ['mobile', 'cell', 'mobile phone', 'cellphone', '手机', '手机号', '移动电话'],
  wechat: ['wechat', 'weixin', '微信', '微信号'],
  country: ['country', '国家'],
  province: ['province', 'state', 'region', '省', '省份'],
  city: ['city', '城市', '市'],
  street: ['street', 'address', 'street address', '地址', '详细地址', '街道'],
  postcode: ['postcode', 'zip', 'zip code', 'postal code', '邮编', '邮政编码'],
  industry: ['industry', '行业'],
  source: ['source', 'lead source', '来源', '客户来源'],
  website: ['website', 'web', 'url', 'homepage', '网站', '网址'],
  taxId: ['tax id', 'vat', 'vat id', 'credit code', '税号', '统一社会信用代码'],
  lifecycleStage: ['stage', 'lifecycle', 'lifecycle stage', 'status', '阶段', '客户阶段', '状态'],
  valueAmount: ['value', 'customer value', 'value amount', 'amount', '价值', '客户价值', '价值金额', '金额'],
  valueCurrency: ['currency', 'value currency', '币种', '货币', '币别', '价值币种'],
  tags: ['tags', 'labels', '标签'],
  ownerEmail: ['owner', 'owner email', 'sales rep', '负责人', '负责人邮箱', '销售'],
  notes: ['notes', 'note', 'remarks', 'comment', '备注', '说明'],
};

/** A contacts file's headers: the contacts export's own (name, family name, customer, customer id, ...) and the usual spellings. */
const CONTACT_SYNONYMS: Record<ContactImportField, string[]> = {
  displayName: ['name', 'display name', 'full name', 'contact', 'contact name', 'person', '姓名', '联系人', '联系人姓名', '名称'],
  familyName: ['family name', 'last name', 'surname', '姓', '姓氏'],
  givenName: ['given name', 'first name', '名', '名字'],
  customerName: ['customer', 'customer name', 'company', 'company name', 'account', 'account name', '客户', '客户名称', '公司', '公司名称', '单位名称', '所属客户'],
  customerId: ['customer id', 'account id', 'customer uuid', '客户id', '客户编号'],
  jobTitle: ACCOUNT_SYNONYMS.jobTitle,
  department: ['department', 'dept', '部门'],
  email: ACCOUNT_SYNONYMS.email,
  phone: ACCOUNT_SYNONYMS.phone,
  mobile: ACCOUNT_SYNONYMS.mobile,
  wechat: ACCOUNT_SYNONYMS.wechat,
  tags: ACCOUNT_SYNONYMS.tags,
  notes: ['profile notes', ...ACCOUNT_SYNONYMS.notes],
};

function lookupOf(synonyms: Partial<Record<ImportField, string[]>>): Map<string, ImportField> {
  return new Map((Object.entries(synonyms) as [ImportField, string[]][]).flatMap(([field, names]) => names.map((n) => [foldText(n), field] as const)));
}

const LOOKUP: Record<ImportTarget, Map<string, ImportField>> = { accounts: lookupOf(ACCOUNT_SYNONYMS), contacts: lookupOf(CONTACT_SYNONYMS) };

/** Proposes a mapping from the header row for the target; each field is used at most once (first column wins). */
export function suggestMapping(headers: string[], target: ImportTarget = 'accounts'): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<ImportField>();
  headers.forEach((header, index) => {
    const field = LOOKUP[target].get(foldText(header).replace(/[:：*]/g, '').trim());
    if (field && !used.has(field)) {
      mapping[index] = field;
      used.add(field);
    }
  });
  return mapping;
}

/** Applies a mapping to one data row: trimmed text per field, empty cells left out. */
export function mapRow(cells: (string | null | undefined)[], mapping: ColumnMapping): Partial<Record<ImportField, string>> {
  const row: Partial<Record<ImportField, string>> = {};
  for (const [index, field] of Object.entries(mapping) as [string, ImportField][]) {
    const value = cells[Number(index)]?.toString().trim();
    if (value) row[field] = value;
  }
  return row;
}

/**
 * What identifies "the same kind of file" for the remembered mapping: its headers in order, folded
 * (case, width, Traditional/Simplified, surrounding spaces), so a re-export of the same sheet matches.
 */
export function headerSetText(headers: string[]): string {
  return headers.map((h) => foldText(h).trim()).join('\u001f');
}

/** A remembered mapping still fits a file when every column it names exists and every field is one of the target's. */
export function mappingFits(mapping: ColumnMapping, columns: number, target: ImportTarget = 'accounts'): boolean {
  return Object.entries(mapping).every(([index, field]) => {
    const column = Number(index);
    return Number.isInteger(column) && column >= 0 && column < columns && (IMPORT_TARGET_FIELDS[target] as readonly string[]).includes(field);
  });
}

/**
 * Why a mapping cannot run an import of the target (the problem names `mapping`), or null: each column
 * inside the file, each field the target's and used once, and the fields a row cannot do without mapped.
 */
export function mappingProblem(mapping: ColumnMapping, columns: number, target: ImportTarget): string | null {
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) return 'must be an object of column index to field';
  const fields = IMPORT_TARGET_FIELDS[target] as readonly string[];
  const used = new Set<string>();
  for (const [index, field] of Object.entries(mapping)) {
    const column = Number(index);
    if (!Number.isInteger(column) || column < 0 || column >= columns) return `column ${index} is not in the file (it has ${columns})`;
    if (!fields.includes(field as string)) return `"${String(field)}" is not one of ${fields.join(', ')}`;
    if (used.has(field)) return `${field} is mapped twice`;
    used.add(field);
  }
  for (const group of requiredGroups(target)) {
    if (!group.some((f) => used.has(f))) return `no column is mapped to ${group[0]}${group.length > 1 ? ` (or ${group.slice(1).join(' / ')})` : ''}`;
  }
  return null;
}

/** The target's needed fields, one list per group, in field order. */
function requiredGroups(target: ImportTarget): ImportField[][] {
  const groups = new Map<string, ImportField[]>();
  for (const field of importFieldsOf(target)) if (field.requiredGroup) groups.set(field.requiredGroup, [...(groups.get(field.requiredGroup) ?? []), field.key]);
  return [...groups.values()];
}
