/**
 * The effective grants of the signed-in user (`me.permissions`, "recordType:action" with "*" wildcards),
 * read the same way the server reads them. The web app only hides what the server would refuse anyway.
 */
export function can(permissions: readonly string[], recordType: string, action: string): boolean {
  const grants = new Set(permissions);
  return grants.has(`${recordType}:${action}`) || grants.has(`${recordType}:*`) || grants.has(`*:${action}`) || grants.has('*:*');
}

/** Record types of the administration area as the access context names them. */
export const ADMIN_AREAS = {
  users: 'user',
  roles: 'role',
  orgUnits: 'org_unit',
  apiKeys: 'api_key',
} as const;
export type AdminArea = keyof typeof ADMIN_AREAS;

export function canSeeAdminArea(permissions: readonly string[], area: AdminArea): boolean {
  return can(permissions, ADMIN_AREAS[area], 'view') || can(permissions, ADMIN_AREAS[area], 'admin');
}

/** Grants grouped by record type, for showing a person what they may do: { customer: ['view', 'edit'], '*': ['*'] }. */
export function groupPermissions(permissions: readonly string[]): { recordType: string; actions: string[] }[] {
  const groups = new Map<string, Set<string>>();
  for (const p of permissions) {
    const sep = p.indexOf(':');
    if (sep <= 0) continue;
    const recordType = p.slice(0, sep);
    const actions = groups.get(recordType) ?? new Set<string>();
    actions.add(p.slice(sep + 1));
    groups.set(recordType, actions);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '*' ? -1 : b === '*' ? 1 : a.localeCompare(b)))
    .map(([recordType, actions]) => ({ recordType, actions: [...actions].sort() }));
}
