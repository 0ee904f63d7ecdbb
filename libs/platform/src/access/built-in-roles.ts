import { EntityManager } from 'typeorm';
import { DataScope, RoleEntity } from './role.entity';

export interface BuiltInRole {
  name: string;
  description: string;
  dataScope: DataScope;
  permissions: string[];
}

const ALL_ACTIONS_ON_CUSTOMERS = ['customer:*', 'contact:*', 'interaction:*'];

export const BUILT_IN_ROLES: BuiltInRole[] = [
  { name: 'Administrator', description: 'Everything in the tenant', dataScope: 'all', permissions: ['*:*'] },
  {
    name: 'Sales manager',
    description: 'Customers, contacts and interactions of the whole team below',
    dataScope: 'subtree',
    permissions: [...ALL_ACTIONS_ON_CUSTOMERS, 'library_document:*', 'user:view'],
  },
  {
    name: 'Sales representative',
    description: 'Own and shared customers, contacts and interactions',
    dataScope: 'own',
    permissions: ['customer:view', 'customer:create', 'customer:edit', 'contact:*', 'interaction:*', 'library_document:view'],
  },
];

/**
 * Creates the built-in roles a tenant lacks; roles that exist (found by name) are left as the tenant
 * edited them. Safe to run again. `em` must be in the tenant's transaction (or the owner connection).
 */
export async function ensureBuiltInRoles(em: EntityManager, tenantId: string): Promise<RoleEntity[]> {
  const roles: RoleEntity[] = [];
  for (const role of BUILT_IN_ROLES) {
    await em
      .createQueryBuilder()
      .insert()
      .into(RoleEntity)
      .values({ tenantId, ...role, isSystem: true })
      .orIgnore()
      .execute();
    roles.push(await em.findOneByOrFail(RoleEntity, { tenantId, name: role.name }));
  }
  return roles;
}
