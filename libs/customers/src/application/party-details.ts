import { EntityManager } from 'typeorm';
import type { FieldProblem } from '@crm/platform';
import { addressProblems, normalizeContactPoints, type NormalizedContactPoint } from '../domain/validation/contact-data';
import { AddressEntity, AddressKind } from '../infrastructure/address.entity';
import { ContactPointEntity, ContactPointKind, PartyType } from '../infrastructure/contact-point.entity';

export interface NewContactPoint {
  kind: ContactPointKind;
  value: string;
  label?: string | null;
  isPrimary?: boolean | null;
}

export interface NewAddress {
  kind: AddressKind;
  country?: string | null;
  province?: string | null;
  city?: string | null;
  district?: string | null;
  street: string;
  postcode?: string | null;
  isPrimary?: boolean | null;
}

/** Phones, e-mails, handles and addresses of an account or contact, checked (DQ-01) before anything is written. */
export interface CheckedPartyDetails {
  points: NormalizedContactPoint[];
  problems: FieldProblem[];
  emails: string[];
  phones: string[];
}

export function checkPartyDetails(points: NewContactPoint[] | null | undefined, addresses: NewAddress[] | null | undefined): CheckedPartyDetails {
  const checked = normalizeContactPoints(points ?? [], 'input.contactPoints');
  return {
    points: checked.points,
    problems: [...checked.problems, ...addressProblems(addresses ?? [], 'input.addresses')],
    emails: checked.points.filter((p) => p.kind === 'email').map((p) => p.normalized),
    phones: checked.points.filter((p) => p.kind !== 'email').map((p) => p.normalized),
  };
}

/** Writes the (already checked) contact points and addresses of one party; returns the points as `kind:normalized` for the audit. */
export async function insertPartyDetails(
  em: EntityManager,
  party: { tenantId: string; type: PartyType; id: string },
  checked: NormalizedContactPoint[],
  inputs: NewContactPoint[] | null | undefined,
  addresses: NewAddress[] | null | undefined,
): Promise<string[]> {
  const points = checked.map((p, i) => ({
    tenantId: party.tenantId,
    partyType: party.type,
    partyId: party.id,
    kind: p.kind as ContactPointKind,
    value: p.value,
    normalized: p.normalized,
    label: inputs?.[i]?.label ?? null,
    isPrimary: inputs?.[i]?.isPrimary ?? false,
  }));
  if (points.length) await em.insert(ContactPointEntity, points);
  const rows = (addresses ?? []).map((a) => ({
    tenantId: party.tenantId,
    partyType: party.type,
    partyId: party.id,
    kind: a.kind,
    country: (a.country ?? 'CN').toUpperCase(),
    province: a.province ?? null,
    city: a.city ?? null,
    district: a.district ?? null,
    street: a.street.trim(),
    postcode: a.postcode?.trim() || null,
    isPrimary: a.isPrimary ?? false,
  }));
  if (rows.length) await em.insert(AddressEntity, rows);
  return points.map((p) => `${p.kind}:${p.normalized}`);
}

export function addressSummary(a: { kind: string; street: string; city?: string | null; postcode?: string | null }): string {
  return [a.kind, a.street, a.city, a.postcode].filter(Boolean).join(' ');
}
