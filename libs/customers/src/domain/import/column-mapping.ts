import { foldText } from '../dedup/normalize';

/** The fields an account/contact import row can fill. */
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
  'tags',
  'ownerEmail',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** column index in the file → field; unmapped columns are ignored. */
export type ColumnMapping = Record<number, ImportField>;

/** Header spellings seen in real exports (Chinese and English), folded for comparison. */
const SYNONYMS: Record<ImportField, string[]> = {
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
  tags: ['tags', 'labels', '标签'],
  ownerEmail: ['owner', 'owner email', 'sales rep', '负责人', '负责人邮箱', '销售'],
  notes: ['notes', 'note', 'remarks', 'comment', '备注', '说明'],
};

const LOOKUP = new Map<string, ImportField>(
  (Object.entries(SYNONYMS) as [ImportField, string[]][]).flatMap(([field, names]) => names.map((n) => [foldText(n), field] as const)),
);

/** Proposes a mapping from the header row; each field is used at most once (first column wins). */
export function suggestMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<ImportField>();
  headers.forEach((header, index) => {
    const field = LOOKUP.get(foldText(header).replace(/[:：*]/g, '').trim());
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

/** A remembered mapping still fits a file when every column it names exists and every field is known. */
export function mappingFits(mapping: ColumnMapping, columns: number): boolean {
  return Object.entries(mapping).every(([index, field]) => {
    const column = Number(index);
    return Number.isInteger(column) && column >= 0 && column < columns && (IMPORT_FIELDS as readonly string[]).includes(field);
  });
}
