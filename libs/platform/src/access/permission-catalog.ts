import { Injectable } from '@nestjs/common';
import { ACTIONS, Action } from './permissions';

export interface PermissionCatalogEntry {
  recordType: string;
  actions: Action[];
}

/** What the platform itself guards; each business context registers its own record types the same way. */
export const PLATFORM_PERMISSIONS: PermissionCatalogEntry[] = [
  { recordType: 'user', actions: ['view', 'create', 'edit', 'export'] },
  { recordType: 'role', actions: ['view', 'create', 'edit', 'delete'] },
  { recordType: 'org_unit', actions: ['view', 'create', 'edit', 'delete'] },
  { recordType: 'api_key', actions: ['view', 'create', 'edit', 'delete'] },
  { recordType: 'audit', actions: ['view', 'export'] },
  { recordType: 'queue', actions: ['view', 'admin'] },
];

/**
 * The record types and actions a role may be granted. Contexts call `register` when their module
 * starts (`onModuleInit`), so a role can only hold permissions that something actually checks.
 */
@Injectable()
export class PermissionCatalog {
  private readonly entries = new Map<string, Set<Action>>();

  constructor() {
    for (const entry of PLATFORM_PERMISSIONS) this.register(entry.recordType, entry.actions);
  }

  register(recordType: string, actions: readonly Action[]): void {
    if (!/^[a-z][a-z0-9_]*$/.test(recordType)) throw new Error(`Bad record type name "${recordType}"`);
    const known = this.entries.get(recordType) ?? new Set<Action>();
    for (const action of actions) known.add(action);
    this.entries.set(recordType, known);
  }

  list(): PermissionCatalogEntry[] {
    return [...this.entries.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([recordType, actions]) => ({ recordType, actions: ACTIONS.filter((a) => actions.has(a)) }));
  }

  /** `recordType:action`, `recordType:*`, `*:action` or `*:*`, naming only registered types and actions. */
  isValid(permission: string): boolean {
    const [recordType, action, ...rest] = permission.split(':');
    if (rest.length > 0 || !recordType || !action) return false;
    const actionOk = action === '*' || (ACTIONS as readonly string[]).includes(action);
    if (!actionOk) return false;
    if (recordType === '*') return true;
    const known = this.entries.get(recordType);
    return !!known && (action === '*' || known.has(action as Action));
  }

  /** The permissions of the list that are not valid, in their order. */
  invalid(permissions: readonly string[]): string[] {
    return permissions.filter((p) => !this.isValid(p));
  }
}
