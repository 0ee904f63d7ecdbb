import { JwtService } from '@nestjs/jwt';

/** The claims of an access token, as identity issues them. */
export interface AccessClaims {
  sub: string;
  tid: string;
  perms: string[];
  unit: string | null;
  upath: string | null;
  scope: string;
  /** The tenant's access epoch the grants were read at (ADR 0022). */
  aev?: number;
  typ: 'access';
}

export const ADMIN_COOKIE = 'crm_admin';
const QUEUE_ADMIN_GRANTS = ['*:*', 'queue:admin'];

export type AdminCheck = { ok: true; claims: AccessClaims } | { ok: false; status: 401 | 403; message: string };

/** The tenant's current access epoch (AccessEpochService): a token below it carries grants since changed. */
export interface AccessEpochs {
  current(tenantId: string): Promise<number>;
}

/**
 * Whether a bearer of this token may use the queue dashboard: a valid access token with `queue:admin` or
 * `*:*`, issued since the tenant's last change of grants (ADR 0022).
 */
export async function checkAdminToken(jwt: JwtService, epochs: AccessEpochs, token: string | undefined): Promise<AdminCheck> {
  if (!token) return { ok: false, status: 401, message: 'Sign in: send an access token' };
  let claims: Partial<AccessClaims>;
  try {
    claims = await jwt.verifyAsync<Partial<AccessClaims>>(token, { algorithms: ['HS256'] });
  } catch {
    return { ok: false, status: 401, message: 'The access token is invalid or expired' };
  }
  if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.tid !== 'string' || !Array.isArray(claims.perms)) {
    return { ok: false, status: 401, message: 'Not an access token' };
  }
  if ((claims.aev ?? 0) < (await epochs.current(claims.tid))) {
    return { ok: false, status: 401, message: 'Your access has changed since this token was issued; sign in again' };
  }
  if (!claims.perms.some((p) => QUEUE_ADMIN_GRANTS.includes(p))) {
    return { ok: false, status: 403, message: 'The queue dashboard needs the queue:admin permission' };
  }
  return { ok: true, claims: claims as AccessClaims };
}

/** The token from `Authorization: Bearer …`, else from the dashboard's session cookie. */
export function tokenOf(headers: { authorization?: string }, cookies: Record<string, string> | undefined): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  return bearer ?? cookies?.[ADMIN_COOKIE] ?? undefined;
}
