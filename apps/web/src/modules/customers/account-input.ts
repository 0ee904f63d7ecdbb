import type {
  AccountKind,
  AddressKind,
  CheckAccountDuplicatesInput,
  ContactPointKind,
  CreateAccountInput,
  LifecycleStage,
  MatchReasonCode,
} from '../../gql/graphql';
import { errorExtension } from '../../shared/lib/graphql-errors';
import { reachFacts, settledUnknowns, type UnknownFlags } from '../data-quality/unknown-fields';

export const ACCOUNT_KINDS: readonly AccountKind[] = ['COMPANY', 'INDIVIDUAL'];
export const LIFECYCLE_STAGES: readonly LifecycleStage[] = ['PROSPECT', 'CUSTOMER', 'INACTIVE', 'CHURNED', 'UNKNOWN'];
export const CONTACT_POINT_KINDS: readonly ContactPointKind[] = ['MOBILE', 'PHONE', 'EMAIL', 'WECHAT', 'QQ', 'WEIBO', 'LINKEDIN', 'WEBSITE', 'FAX', 'OTHER'];
export const ADDRESS_KINDS: readonly AddressKind[] = ['OFFICE', 'BILLING', 'SHIPPING', 'HOME', 'OTHER'];
const PHONE_KINDS = new Set<ContactPointKind>(['MOBILE', 'PHONE', 'FAX']);

/** What the create form holds: free text, possibly with half-filled rows. */
export interface AccountFormValues {
  kind: AccountKind;
  name?: string;
  lifecycleStage?: LifecycleStage;
  industry?: string;
  source?: string;
  website?: string;
  tags?: string[];
  /** DQ-05: facts recorded as unknown, distinct from blank. */
  unknown?: UnknownFlags;
  contactPoints?: { kind?: ContactPointKind; value?: string }[];
  addresses?: { kind?: AddressKind; street?: string; city?: string; postcode?: string; country?: string }[];
}

const text = (value: string | undefined | null): string | undefined => {
  const v = value?.trim();
  return v ? v : undefined;
};

/**
 * The form as `CreateAccountInput`. Rows keep their positions (an empty value is sent and refused by
 * the server) so that a field error such as `input.contactPoints.1.value` points at the row on screen.
 */
export function toCreateAccountInput(values: AccountFormValues, allowDuplicate = false): CreateAccountInput {
  const addresses = (values.addresses ?? []).filter((a) => a.street?.trim()).length;
  const unknownFields = settledUnknowns(values.unknown, { ...reachFacts(values.contactPoints), address: addresses > 0 });
  const known = (field: 'industry' | 'source' | 'website') => (unknownFields.includes(field) ? undefined : text(values[field]));
  return {
    kind: values.kind,
    name: values.name?.trim() ?? '',
    lifecycleStage: values.lifecycleStage,
    industry: known('industry'),
    source: known('source'),
    website: known('website'),
    ...(unknownFields.length ? { unknownFields } : {}),
    tags: values.tags?.map((t) => t.trim()).filter((t) => t.length > 0),
    contactPoints: (values.contactPoints ?? []).map((c) => ({ kind: c.kind ?? 'OTHER', value: c.value?.trim() ?? '' })),
    addresses: (values.addresses ?? []).map((a) => ({
      kind: a.kind ?? 'OTHER',
      street: a.street?.trim() ?? '',
      city: text(a.city),
      postcode: text(a.postcode),
      country: text(a.country)?.toUpperCase(),
    })),
    ...(allowDuplicate ? { allowDuplicate: true } : {}),
  };
}

/** The key facts the duplicate check compares: name, phones and e-mails filled in so far. */
export function toDuplicateCheckInput(values: AccountFormValues): CheckAccountDuplicatesInput | undefined {
  const name = values.name?.trim();
  if (!name) return undefined;
  const points = (values.contactPoints ?? []).filter((c) => c.kind && c.value?.trim());
  const phones = points.filter((c) => PHONE_KINDS.has(c.kind!)).map((c) => c.value!.trim());
  const emails = points.filter((c) => c.kind === 'EMAIL').map((c) => c.value!.trim());
  return { kind: values.kind, name, phones: phones.length ? phones : undefined, emails: emails.length ? emails : undefined };
}

export interface Candidate {
  accountId: string;
  name: string;
  ownerId?: string | null;
  score: number;
  visible: boolean;
  reasons: { code: MatchReasonCode | string; weight: number }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The candidates a refused `createAccount` (DUPLICATE_SUSPECTED) names in `extensions.candidates`. */
export function duplicateCandidates(error: unknown): Candidate[] {
  const raw = errorExtension(error, 'candidates');
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).flatMap((c) =>
    typeof c.accountId === 'string' && typeof c.name === 'string'
      ? [
          {
            accountId: c.accountId,
            name: c.name,
            ownerId: typeof c.ownerId === 'string' ? c.ownerId : null,
            score: typeof c.score === 'number' ? c.score : 0,
            visible: c.visible === true,
            reasons: Array.isArray(c.reasons)
              ? c.reasons.filter(isRecord).map((r) => ({ code: String(r.code), weight: typeof r.weight === 'number' ? r.weight : 0 }))
              : [],
          },
        ]
      : [],
  );
}
