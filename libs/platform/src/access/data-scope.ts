import type { DataScope } from './role.entity';

const RANK: Record<DataScope, number> = { own: 0, subtree: 1, all: 2 };

/** The widest data scope among a user's roles; a user without roles sees only their own records. */
export function widestDataScope(scopes: readonly DataScope[]): DataScope {
  return scopes.reduce<DataScope>((widest, s) => (RANK[s] > RANK[widest] ? s : widest), 'own');
}

export function scopeCovers(held: DataScope | undefined, wanted: DataScope): boolean {
  return RANK[held ?? 'own'] >= RANK[wanted];
}

/** The union of the roles' grants, sorted: what the web app uses to show or hide actions. */
export function effectivePermissions(roles: readonly { permissions: readonly string[] }[]): string[] {
  return [...new Set(roles.flatMap((r) => r.permissions))].sort();
}

/**
 * Whether holding `grants` includes the grant `permission` (itself possibly a wildcard), so nobody
 * hands out through a role more than they hold themselves.
 */
export function grantCovers(grants: ReadonlySet<string>, permission: string): boolean {
  if (grants.has('*:*') || grants.has(permission)) return true;
  const [recordType, action] = permission.split(':');
  if (recordType === '*' || action === '*') return false;
  return grants.has(`${recordType}:*`) || grants.has(`*:${action}`);
}
