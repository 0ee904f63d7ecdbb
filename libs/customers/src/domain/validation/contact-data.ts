import { isEmail } from 'class-validator';
import type { FieldProblem } from '@crm/platform';
import { normalizeEmail, normalizePhone } from '../dedup/normalize';
import { isValidPostcode } from './postcode';

export interface ContactPointInput {
  kind: string;
  value: string;
}

export interface AddressInput {
  country?: string | null;
  street: string;
  postcode?: string | null;
}

export interface NormalizedContactPoint {
  kind: string;
  value: string;
  normalized: string;
}

const PHONE_KINDS = new Set(['phone', 'mobile', 'fax']);

/**
 * Checks and normalises contact points (DQ-01): e-mails must be addresses, phones must parse to
 * E.164 in the default region. Problems name the exact input path, e.g. `input.contactPoints.1.value`.
 */
export function normalizeContactPoints(
  points: ContactPointInput[],
  path: string,
  defaultRegion: 'CN' | string = 'CN',
): { points: NormalizedContactPoint[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const normalized: NormalizedContactPoint[] = [];
  points.forEach((point, i) => {
    const field = `${path}.${i}.value`;
    const value = point.value.trim();
    if (!value) {
      problems.push({ field, message: 'must not be empty' });
    } else if (point.kind === 'email') {
      if (isEmail(value)) normalized.push({ kind: point.kind, value, normalized: normalizeEmail(value) });
      else problems.push({ field, message: `"${value}" is not a valid e-mail address` });
    } else if (PHONE_KINDS.has(point.kind)) {
      const e164 = normalizePhone(value, defaultRegion as never);
      if (e164) normalized.push({ kind: point.kind, value, normalized: e164 });
      else problems.push({ field, message: `"${value}" is not a valid phone number` });
    } else {
      normalized.push({ kind: point.kind, value, normalized: value.toLowerCase() });
    }
  });
  return { points: normalized, problems };
}

export function addressProblems(addresses: AddressInput[], path: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  addresses.forEach((address, i) => {
    if (!address.street.trim()) problems.push({ field: `${path}.${i}.street`, message: 'must not be empty' });
    const country = address.country ?? 'CN';
    if (address.postcode && !isValidPostcode(country, address.postcode)) {
      problems.push({ field: `${path}.${i}.postcode`, message: `"${address.postcode}" is not a valid postcode for ${country}` });
    }
  });
  return problems;
}
