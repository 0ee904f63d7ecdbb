import type {
  ConsentChannel,
  ContactCardFieldsFragment,
  ContactPointKind,
  CreateContactInput,
  RelationshipRole,
  UpdateContactInput,
} from '../../gql/graphql';
import { errorExtension } from '../../shared/lib/graphql-errors';

export const CONSENT_CHANNELS: readonly ConsentChannel[] = ['PHONE', 'EMAIL', 'SMS', 'WECHAT', 'MAIL', 'VISIT'];
export const RELATIONSHIP_ROLES: readonly RelationshipRole[] = ['DECISION_MAKER', 'INFLUENCER', 'PARTNER', 'REFERRED_BY', 'PARENT_COMPANY', 'EMPLOYEE', 'OTHER'];
export const PERSON_POINT_KINDS: readonly ContactPointKind[] = ['MOBILE', 'PHONE', 'EMAIL', 'WECHAT', 'QQ', 'WEIBO', 'LINKEDIN', 'OTHER'];

/** What the contact form holds. */
export interface ContactFormValues {
  familyName?: string;
  givenName?: string;
  displayName?: string;
  jobTitle?: string;
  department?: string;
  contactPoints?: { kind?: ContactPointKind; value?: string }[];
}

const text = (value: string | undefined | null): string | null => value?.trim() || null;

/** Rows keep their positions, so a server error such as `input.contactPoints.1.value` points at the row on screen. */
const points = (values: ContactFormValues) => (values.contactPoints ?? []).map((c) => ({ kind: c.kind ?? 'OTHER', value: c.value?.trim() ?? '' }));

export function toCreateContactInput(accountId: string, values: ContactFormValues, allowDuplicate = false): CreateContactInput {
  return {
    accountId,
    familyName: text(values.familyName),
    givenName: text(values.givenName),
    displayName: text(values.displayName),
    jobTitle: text(values.jobTitle),
    department: text(values.department),
    contactPoints: points(values),
    ...(allowDuplicate ? { allowDuplicate: true } : {}),
  };
}

/** Every field is sent (the form shows them all); the server records only what changed. */
export function toUpdateContactInput(contact: Pick<ContactCardFieldsFragment, 'id' | 'version' | 'displayName' | 'familyName' | 'givenName'>, values: ContactFormValues, allowDuplicate = false): UpdateContactInput {
  const composedBefore = contact.displayName === composeName(contact.familyName, contact.givenName);
  return {
    id: contact.id,
    version: contact.version,
    familyName: text(values.familyName) ?? '',
    givenName: text(values.givenName) ?? '',
    // a display name that only repeated the parts is left to the server to recompose
    displayName: composedBefore && text(values.displayName) === contact.displayName ? null : text(values.displayName),
    jobTitle: text(values.jobTitle),
    department: text(values.department),
    contactPoints: points(values),
    ...(allowDuplicate ? { allowDuplicate: true } : {}),
  };
}

export function toContactFormValues(contact: ContactCardFieldsFragment): ContactFormValues {
  return {
    familyName: contact.familyName,
    givenName: contact.givenName,
    displayName: contact.displayName,
    jobTitle: contact.jobTitle ?? undefined,
    department: contact.department ?? undefined,
    contactPoints: contact.contactPoints.map((p) => ({ kind: p.kind, value: p.value })),
  };
}

/** As the server composes it: Chinese family name first without a space, others given name first. */
export function composeName(familyName: string, givenName: string): string {
  const f = familyName.trim();
  const g = givenName.trim();
  return /[\u3400-\u9fff]/.test(f + g) ? `${f}${g}` : [g, f].filter(Boolean).join(' ');
}

export interface ContactCandidate {
  contactId: string;
  name: string;
  accountName: string | null;
  score: number;
  visible: boolean;
  reasons: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The people a refused createContact/updateContact (DUPLICATE_SUSPECTED) names in `extensions.candidates`. */
export function contactCandidates(error: unknown): ContactCandidate[] {
  const raw = errorExtension(error, 'candidates');
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).flatMap((c) =>
    typeof c.contactId === 'string' && typeof c.name === 'string'
      ? [
          {
            contactId: c.contactId,
            name: c.name,
            accountName: typeof c.accountName === 'string' ? c.accountName : null,
            score: typeof c.score === 'number' ? c.score : 0,
            visible: c.visible === true,
            reasons: Array.isArray(c.reasons) ? c.reasons.filter(isRecord).map((r) => String(r.code)) : [],
          },
        ]
      : [],
  );
}
