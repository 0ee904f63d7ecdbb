import { AppError } from '../errors/app-error';
import { Principal, RequestContext } from '../tenancy/request-context';

export const ACTIONS = ['view', 'create', 'edit', 'delete', 'export', 'admin'] as const;
export type Action = (typeof ACTIONS)[number];

/** Reading actions need an API key's `read` scope; everything else needs `write` (or `admin` for admin). */
const SCOPE_OF: Record<Action, 'read' | 'write' | 'admin'> = {
  view: 'read',
  export: 'read',
  create: 'write',
  edit: 'write',
  delete: 'write',
  admin: 'admin',
};

function granted(grants: ReadonlySet<string>, recordType: string, action: string): boolean {
  return grants.has(`${recordType}:${action}`) || grants.has(`${recordType}:*`) || grants.has(`*:${action}`) || grants.has('*:*');
}

/** Whether the principal may perform `action` on records of `recordType` (role grants and, for API keys, scopes). */
export function can(principal: Principal, recordType: string, action: Action): boolean {
  if (!granted(principal.permissions, recordType, action)) return false;
  if (!principal.scopes) return true;
  const needed = SCOPE_OF[action];
  if (granted(principal.scopes, recordType, needed)) return true;
  // a write scope includes reading
  return needed === 'read' && granted(principal.scopes, recordType, 'write');
}

export function assertCan(principal: Principal | undefined, recordType: string, action: Action): asserts principal is Principal {
  // a refused credential (expired token, revoked key) explains itself better than "sign in first"
  if (!principal) throw RequestContext.current()?.authError ?? AppError.unauthenticated();
  if (!can(principal, recordType, action)) {
    throw AppError.forbidden(`You may not ${action} ${recordType} records`);
  }
}
