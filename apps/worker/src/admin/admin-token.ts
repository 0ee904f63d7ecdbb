import { JwtService } from '@nestjs/jwt';

/** The claims of an access token, as identity issues them. */
export interface AccessClaims {
  sub: string;
  tid: string;
  perms: string[];
  unit: string | null;
  upath: string | null;
  scope: string;
  typ: 'access';
}

export const ADMIN_COOKIE = 'crm_admin';
const QUEUE_ADMIN_GRANTS = ['*:*', 'queue:admin'];

export type AdminCheck = { ok: true; claims: AccessClaims } | { ok: false; status: 401 | 403; message: string };

/** Whether a bearer of this token may use the queue dashboard: a valid access token with `queue:admin` or `*:*`. */
export async function checkAdminToken(jwt: JwtService, token: string | undefined): Promise<AdminCheck> {
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
