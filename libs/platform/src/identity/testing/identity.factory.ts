import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OrgUnitEntity } from '../../access/org-unit.entity';
import { DataScope, RoleEntity, UserRoleEntity } from '../../access/role.entity';
import { TenantDb } from '../../tenancy/tenant-db';
import { systemPrincipal } from '../../testing/factories';
import { hashPassword } from '../password';
import { UserEntity } from '../user.entity';

export interface TestUserOptions {
  email?: string;
  password?: string;
  permissions?: string[];
  dataScope?: DataScope;
  isActive?: boolean;
  /** Put the user in this unit; by default a new root unit is made. */
  unitId?: string | null;
}

export interface TestUser {
  user: UserEntity;
  password: string;
  role: RoleEntity;
  unit: OrgUnitEntity | null;
}

/** A user with one role of the given grants, written as the application role with the tenant set. */
export async function createTestUser(app: DataSource, tenantId: string, options: TestUserOptions = {}): Promise<TestUser> {
  const suffix = randomBytes(4).toString('hex');
  const password = options.password ?? `pw-${suffix}-secret`;
  const passwordHash = await hashPassword(password);
  return new TenantDb(app).asTenant(systemPrincipal(tenantId), async (em) => {
    let unit: OrgUnitEntity | null = null;
    if (options.unitId === undefined) {
      const id = randomUUID();
      await em.insert(OrgUnitEntity, { tenantId, id, name: `Unit ${suffix}`, parentId: null, path: `/${id}/` });
      unit = await em.findOneByOrFail(OrgUnitEntity, { tenantId, id });
    } else if (options.unitId) {
      unit = await em.findOneByOrFail(OrgUnitEntity, { tenantId, id: options.unitId });
    }
    const roleId = randomUUID();
    await em.insert(RoleEntity, {
      tenantId,
      id: roleId,
      name: `Role ${suffix}`,
      permissions: options.permissions ?? ['*:*'],
      dataScope: options.dataScope ?? 'all',
    });
    const userId = randomUUID();
    await em.insert(UserEntity, {
      tenantId,
      id: userId,
      email: options.email ?? `user-${suffix}@example.test`,
      displayName: `User ${suffix}`,
      passwordHash,
      unitId: unit?.id ?? null,
      isActive: options.isActive ?? true,
    });
    await em.insert(UserRoleEntity, { tenantId, userId, roleId });
    return {
      user: await em.findOneByOrFail(UserEntity, { tenantId, id: userId }),
      password,
      role: await em.findOneByOrFail(RoleEntity, { tenantId, id: roleId }),
      unit,
    };
  });
}
