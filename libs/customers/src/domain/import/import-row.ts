import type { FieldProblem } from '@crm/platform';
import type { AccountKind, LifecycleStage } from '../account-types';
import { companyNameKey, normalizeEmail } from '../dedup/normalize';
import { normalizeContactPoints, type NormalizedContactPoint } from '../validation/contact-data';
import { isValidPostcode } from '../validation/postcode';
import { currencyCode, moneyFromText } from '../value/money-text';
import type { Money } from '../value/tier';
import type { ImportField } from './column-mapping';

export interface ImportRowValue {
  kind: AccountKind;
  name: string;
  nameKey: string;
  contactName: string | null;
  jobTitle: string | null;
  contactPoints: NormalizedContactPoint[];
  address: { country: string; province: string | null; city: string | null; street: string; postcode: string | null } | null;
  industry: string | null;
  source: string | null;
  website: string | null;
  taxId: string | null;
  lifecycleStage: LifecycleStage;
  /** CUS-07 customer value; null when the row gives none (or says it is unknown). */
  value: Money | null;
  /** DQ-05: the row says the value is unknown ("unknown" / "未知"), as opposed to leaving it blank. */
  valueUnknown: boolean;
  tags: string[];
  ownerEmail: string | null;
  notes: string;
}

export type ImportRowResult = { ok: true; value: ImportRowValue } | { ok: false; problems: FieldProblem[] };

const KINDS: Record<string, AccountKind> = {
  company: 'company',
  b2b: 'company',
  企业: 'company',
  公司: 'company',
  individual: 'individual',
  person: 'individual',
  b2c: 'individual',
  个人: 'individual',
};

const STAGES: Record<string, LifecycleStage> = {
  prospect: 'prospect',
  潜在客户: 'prospect',
  customer: 'customer',
  客户: 'customer',
  成交客户: 'customer',
  inactive: 'inactive',
  休眠: 'inactive',
  churned: 'churned',
  流失: 'churned',
};

/** Cells that record a fact as explicitly unknown (DQ-05). */
const UNKNOWN_WORDS = new Set(['unknown', '未知', '不详']);

/**
 * Validates one mapped import row completely (DQ-01): either a value ready to save, or every
 * problem found, each naming the column's field. A row with any problem is saved not at all.
 * `baseCurrency` is the tenant's, the currency of a value given without one (CUS-07).
 */
export function validateImportRow(row: Partial<Record<ImportField, string>>, baseCurrency: string): ImportRowResult {
  const problems: FieldProblem[] = [];
  const name = row.name ?? '';
  if (!name) problems.push({ field: 'name', message: 'is required' });
  else if (name.length > 200) problems.push({ field: 'name', message: 'must be at most 200 characters' });

  const kindText = (row.kind ?? 'company').toLowerCase();
  const kind = KINDS[kindText];
  if (!kind) problems.push({ field: 'kind', message: `"${row.kind}" is not one of company, individual` });

  const stageText = (row.lifecycleStage ?? 'prospect').toLowerCase();
  const lifecycleStage = STAGES[stageText];
  if (!lifecycleStage) problems.push({ field: 'lifecycleStage', message: `"${row.lifecycleStage}" is not one of prospect, customer, inactive, churned` });

  const points = (['email', 'phone', 'mobile', 'wechat'] as const)
    .filter((f) => row[f])
    .map((f) => ({ kind: f, value: row[f]! }));
  const checked = normalizeContactPoints(points, 'contactPoints');
  // report contact-point problems by the column they came from
  for (const p of checked.problems) {
    const index = Number(p.field.split('.')[1]);
    problems.push({ field: points[index].kind, message: p.message });
  }

  const country = (row.country ?? 'CN').toUpperCase();
  if (row.postcode && !isValidPostcode(country, row.postcode)) {
    problems.push({ field: 'postcode', message: `"${row.postcode}" is not a valid postcode for ${country}` });
  }
  let ownerEmail: string | null = null;
  if (row.ownerEmail) {
    ownerEmail = normalizeEmail(row.ownerEmail);
    if (!/^[^@\s]+@[^@\s]+$/.test(ownerEmail)) problems.push({ field: 'ownerEmail', message: `"${row.ownerEmail}" is not an e-mail address` });
  }

  const value = customerValue(row.valueAmount, row.valueCurrency, baseCurrency, problems);

  if (problems.length > 0 || !kind || !lifecycleStage) return { ok: false, problems };
  return {
    ok: true,
    value: {
      kind,
      name,
      nameKey: kind === 'company' ? companyNameKey(name) : companyNameKey(name).replace(/\s+/g, ''),
      contactName: row.contactName ?? (kind === 'individual' ? name : null),
      jobTitle: row.jobTitle ?? null,
      contactPoints: checked.points,
      address: row.street
        ? { country, province: row.province ?? null, city: row.city ?? null, street: row.street, postcode: row.postcode ?? null }
        : null,
      industry: row.industry ?? null,
      source: row.source ?? null,
      website: row.website ?? null,
      taxId: row.taxId ?? null,
      lifecycleStage,
      value: value.money,
      valueUnknown: value.unknown,
      tags: splitTags(row.tags),
      ownerEmail,
      notes: row.notes ?? '',
    },
  };
}

/**
 * CUS-07 the value columns: an amount (in the currency column's currency, else the tenant's base
 * currency) or the word for unknown; a currency needs an amount. Problems are added naming the column.
 */
function customerValue(amount: string | undefined, currency: string | undefined, baseCurrency: string, problems: FieldProblem[]): { money: Money | null; unknown: boolean } {
  const none = { money: null, unknown: false };
  const code = currency ? currencyCode(currency) : baseCurrency;
  if (currency && !code) problems.push({ field: 'valueCurrency', message: `"${currency}" is not an ISO 4217 currency code (e.g. CNY, USD)` });
  if (!amount) {
    if (currency && code) problems.push({ field: 'valueCurrency', message: 'is given without a value amount' });
    return none;
  }
  if (UNKNOWN_WORDS.has(amount.toLowerCase())) {
    if (currency && code) problems.push({ field: 'valueCurrency', message: 'is given while the value is unknown; leave it empty' });
    return { money: null, unknown: true };
  }
  if (!code) return none;
  const parsed = moneyFromText(amount, code);
  if (!parsed.ok) {
    problems.push({ field: 'valueAmount', message: parsed.message });
    return none;
  }
  return { money: parsed.money, unknown: false };
}

/** A tags cell: tags split at commas, semicolons or bars (Chinese punctuation too), blanks and repeats left out. */
export function splitTags(cell: string | undefined): string[] {
  return [...new Set((cell ?? '').split(/[,，;；|]/).map((t) => t.trim()).filter(Boolean))];
}
