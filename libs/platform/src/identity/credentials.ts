import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * The opaque credentials we hand out: `crmr_` refresh tokens and `crmk_` API keys. Both name the
 * tenant and the row (so one indexed lookup inside the right tenant finds them) and carry a random
 * secret of which only the SHA-256 is stored.
 */
export type CredentialKind = 'refresh' | 'api_key';

const PREFIX: Record<CredentialKind, string> = { refresh: 'crmr', api_key: 'crmk' };
const SHAPE = /^(crmr|crmk)_([0-9a-f]{32})_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;
const SECRET_BYTES = 32;

export interface ParsedCredential {
  kind: CredentialKind;
  tenantId: string;
  id: string;
  secret: string;
}

export interface IssuedCredential extends ParsedCredential {
  /** The whole string given to the client, once. */
  value: string;
  secretHash: string;
}

const hex = (uuid: string) => uuid.replace(/-/g, '').toLowerCase();
const uuidOf = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;

/** SHA-256 (hex): the secrets are 256 random bits, so a slow password hash would add nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function formatCredential(kind: CredentialKind, tenantId: string, id: string, secret: string): string {
  return `${PREFIX[kind]}_${hex(tenantId)}_${hex(id)}_${secret}`;
}

/** A fresh credential for a new row (the row id is chosen here, so it can be part of the string). */
export function issueCredential(kind: CredentialKind, tenantId: string, id: string = randomUUID()): IssuedCredential {
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { kind, tenantId, id, secret, secretHash: hashSecret(secret), value: formatCredential(kind, tenantId, id, secret) };
}

/** Null for anything that is not exactly one of our credentials (of the expected kind, when given). */
export function parseCredential(value: string, expected?: CredentialKind): ParsedCredential | null {
  const match = SHAPE.exec(value.trim());
  if (!match) return null;
  const kind: CredentialKind = match[1] === 'crmr' ? 'refresh' : 'api_key';
  if (expected && kind !== expected) return null;
  return { kind, tenantId: uuidOf(match[2]), id: uuidOf(match[3]), secret: match[4] };
}

/** Whether a bearer value looks like an API key rather than a JWT. */
export function isApiKey(value: string): boolean {
  return value.startsWith(`${PREFIX.api_key}_`);
}

/** How an API key is told apart in lists: its first 16 characters (kind and part of the tenant). */
export function displayPrefix(value: string): string {
  return value.slice(0, 16);
}

/** `<recordType|*>:<read|write|admin>`, e.g. `*:read`, `customer:write`. */
export const SCOPE_PATTERN = /^(\*|[a-z][a-z0-9_]*):(read|write|admin)$/;
