import type { ContactPointKind, LifecycleStage, UpdateAccountInput } from '../../gql/graphql';
import { fromMinorUnits, toMinorUnits, type MoneyValue } from '../data-quality/money';
import { flagsOf, reachFacts, sameList, settledUnknowns, type UnknownFlags } from '../data-quality/unknown-fields';

/** Account fields the edit form changes, in the order the form shows them. */
export const EDITABLE_ACCOUNT_FIELDS = ['name', 'lifecycleStage', 'industry', 'source', 'website', 'taxId', 'creditTermsDays', 'tier', 'tags', 'notes'] as const;
export type EditableAccountField = (typeof EDITABLE_ACCOUNT_FIELDS)[number];

/** Fields an administrator may put under approval (customerSettings.protectedAccountFields). */
export const PROTECTABLE_ACCOUNT_FIELDS = ['name', 'lifecycleStage', 'industry', 'source', 'website', 'taxId', 'creditTermsDays', 'tier', 'tags', 'billingAddress'] as const;

/** The account as loaded, the edit form's starting point. */
export interface EditableAccount {
  id: string;
  version: number;
  name: string;
  lifecycleStage: LifecycleStage;
  industry?: string | null;
  source?: string | null;
  website?: string | null;
  taxId?: string | null;
  creditTermsDays?: number | null;
  tier?: string | null;
  tags: string[];
  notes: string;
  unknownFields?: string[];
  value?: MoneyValue | null;
  /** CUS-02: its phones, e-mails and handles, edited as a whole list. */
  contactPoints?: ContactPointRow[];
  /** Addresses are edited on the page; the form only needs to know whether there are any (DQ-05). */
  addresses?: unknown[];
}

export interface ContactPointRow {
  kind: ContactPointKind;
  value: string;
  label?: string | null;
  isPrimary?: boolean | null;
}

export interface AccountEditValues {
  name?: string;
  lifecycleStage?: LifecycleStage;
  industry?: string;
  source?: string;
  website?: string;
  taxId?: string;
  creditTermsDays?: number | null;
  tier?: string;
  tags?: string[];
  notes?: string;
  /** DQ-05: facts recorded as unknown. */
  unknown?: UnknownFlags;
  contactPoints?: Partial<ContactPointRow>[];
  /** CUS-07: the amount as typed (major units) and its currency. */
  valueAmount?: string | null;
  valueCurrency?: string;
}

export function toEditValues(a: EditableAccount): AccountEditValues {
  return {
    name: a.name,
    lifecycleStage: a.lifecycleStage,
    industry: a.industry ?? '',
    source: a.source ?? '',
    website: a.website ?? '',
    taxId: a.taxId ?? '',
    creditTermsDays: a.creditTermsDays ?? null,
    tier: a.tier ?? '',
    tags: a.tags,
    notes: a.notes,
    unknown: flagsOf(a.unknownFields),
    contactPoints: (a.contactPoints ?? []).map(({ kind, value, label, isPrimary }) => ({ kind, value, label: label ?? null, isPrimary: isPrimary ?? false })),
    valueAmount: a.value ? fromMinorUnits(a.value.amountMinor, a.value.currency) : null,
    valueCurrency: a.value?.currency ?? 'CNY',
  };
}

const text = (v: string | undefined | null): string | null => {
  const s = v?.trim();
  return s ? s : null;
};

/**
 * Only what changed goes to the server, so an untouched protected field never asks for approval.
 * Emptied text fields are sent as null (cleared); the version edited is always sent.
 */
export function toUpdateAccountInput(original: EditableAccount, values: AccountEditValues, allowDuplicate = false): UpdateAccountInput {
  const input: UpdateAccountInput = { id: original.id, version: original.version };
  const points = (values.contactPoints ?? []).map((c) => ({ kind: c.kind ?? 'OTHER', value: c.value?.trim() ?? '', label: c.label ?? null, isPrimary: c.isPrimary ?? false }));
  const unknownFields = settledUnknowns(values.unknown, { ...reachFacts(points), address: (original.addresses?.length ?? 0) > 0 });
  const name = values.name?.trim() ?? '';
  if (name !== original.name) input.name = name;
  if (values.lifecycleStage && values.lifecycleStage !== original.lifecycleStage) input.lifecycleStage = values.lifecycleStage;
  for (const field of ['industry', 'source', 'website', 'taxId', 'tier'] as const) {
    const next = unknownFields.includes(field) ? null : text(values[field]);
    if (next !== (original[field] ?? null)) input[field] = next;
  }
  const terms = unknownFields.includes('creditTermsDays') ? null : (values.creditTermsDays ?? null);
  if (terms !== (original.creditTermsDays ?? null)) input.creditTermsDays = terms;
  const amount = unknownFields.includes('value') ? null : text(values.valueAmount);
  const currency = values.valueCurrency ?? original.value?.currency ?? 'CNY';
  // An amount the currency cannot hold is sent as typed, so the server names the field.
  const value = amount === null ? null : { amountMinor: toMinorUnits(amount, currency) ?? amount, currency };
  if (JSON.stringify(value) !== JSON.stringify(original.value ? { amountMinor: original.value.amountMinor, currency: original.value.currency } : null)) input.value = value;
  if (!sameList(unknownFields, original.unknownFields ?? [])) input.unknownFields = unknownFields;
  // the whole list, when any row changed (rows keep their positions, so `input.contactPoints.1.value` names the row on screen)
  const pointsBefore = (original.contactPoints ?? []).map(({ kind, value, label, isPrimary }) => ({ kind, value, label: label ?? null, isPrimary: isPrimary ?? false }));
  if (JSON.stringify(points) !== JSON.stringify(pointsBefore)) input.contactPoints = points;
  const tags = (values.tags ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
  if (JSON.stringify(tags) !== JSON.stringify(original.tags)) input.tags = tags;
  const notes = values.notes ?? '';
  if (notes !== original.notes) input.notes = notes;
  if (allowDuplicate) input.allowDuplicate = true;
  return input;
}

/** Change-request and audit values are JSON-encoded; strings bare, null as a dash, the rest as JSON. */
export function displayValue(value: string | null | undefined): string {
  if (value === null || value === undefined) return '—';
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed === null || parsed === '') return '—';
    if (Array.isArray(parsed)) return parsed.join(', ') || '—';
    if (isAddress(parsed)) return [parsed.street, parsed.district, parsed.city, parsed.province, parsed.postcode, parsed.country].filter(Boolean).join(', ');
    return typeof parsed === 'string' ? parsed : JSON.stringify(parsed);
  } catch {
    return value;
  }
}

/** A billing address in a change request (DQ-04). */
function isAddress(value: unknown): value is { street: string; district?: string; city?: string; province?: string; postcode?: string; country?: string } {
  return typeof value === 'object' && value !== null && typeof (value as { street?: unknown }).street === 'string';
}
