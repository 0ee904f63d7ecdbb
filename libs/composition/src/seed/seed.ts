import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import {
  AppConfig,
  createDataSource,
  ensureBuiltInRoles,
  hashPassword,
  LocalDiskStorage,
  OrgUnitEntity,
  RoleEntity,
  systemPrincipal,
  TenantDb,
  TenantEntity,
  UserEntity,
  UserRoleEntity,
} from '@crm/platform';
import { computeDuplicateClusters, seedDemoCustomers, seedDemoLibrary, seedDemoTimeline } from '@crm/customers';
import { ALL_DATABASE_PARTS } from '../database-parts';

export const DEMO_TENANT = { slug: 'demo', name: 'Demo Trading Co. 演示贸易有限公司' };
export const DEMO_ADMIN = { email: 'admin@demo.local', password: 'demo-admin-2026', displayName: '系统管理员 Administrator' };
const ROOT_UNIT_NAME = '总部 Headquarters';
const ADMIN_ROLE = { name: 'Administrator', description: 'Everything, in every unit', permissions: ['*:*'], dataScope: 'all' as const };

/** Demo data for a fresh installation; safe to run again (finds what exists, adds what is missing). */
export async function seedDemo(config: AppConfig): Promise<{ tenantId: string }> {
  const admin = await createDataSource(config, ALL_DATABASE_PARTS, 'admin').initialize();
  let tenantId: string;
  try {
    const tenants = admin.getRepository(TenantEntity);
    const tenant = (await tenants.findOneBy({ slug: DEMO_TENANT.slug })) ?? (await tenants.save(DEMO_TENANT));
    tenantId = tenant.id;
  } finally {
    await admin.destroy();
  }
  // Tenant rows go in as the application role with the tenant set, like every other write.
  const app = await createDataSource(config, ALL_DATABASE_PARTS, 'app').initialize();
  try {
    const storage = new LocalDiskStorage(config.FILE_STORAGE_DIR);
    await new TenantDb(app).asTenant(systemPrincipal(tenantId), async (em) => {
      const adminId = await seedAdministrator(em, tenantId);
      // Interactions, reviews and documents on the demo customers, with a sales rep (INT-01, INT-02, CUS-08).
      await seedDemoTimeline(em, tenantId, adminId, storage);
      // The shared document library: product sheets, price lists, templates (CUS-08).
      await seedDemoLibrary(em, tenantId, adminId, storage);
      // DQ-05: the report reads clusters the worker computes ahead; the demo shows them at once.
      await computeDuplicateClusters(em, tenantId);
    });
  } finally {
    await app.destroy();
  }
  return { tenantId };
}

async function seedAdministrator(em: EntityManager, tenantId: string): Promise<string> {
  // Access: the built-in roles (Administrator, Sales manager, Sales representative).
  await ensureBuiltInRoles(em, tenantId);
  let unit = await em.findOneBy(OrgUnitEntity, { tenantId, name: ROOT_UNIT_NAME });
  if (!unit) {
    const id = randomUUID();
    await em.insert(OrgUnitEntity, { tenantId, id, parentId: null, name: ROOT_UNIT_NAME, path: `/${id}/` });
    unit = await em.findOneByOrFail(OrgUnitEntity, { tenantId, id });
  }
  let role = await em.findOneBy(RoleEntity, { tenantId, name: ADMIN_ROLE.name });
  if (!role) {
    await em.insert(RoleEntity, { tenantId, ...ADMIN_ROLE, isSystem: true });
    role = await em.findOneByOrFail(RoleEntity, { tenantId, name: ADMIN_ROLE.name });
  }
  let user = await em.findOneBy(UserEntity, { tenantId, email: DEMO_ADMIN.email });
  if (!user) {
    await em.insert(UserEntity, {
      tenantId,
      email: DEMO_ADMIN.email,
      displayName: DEMO_ADMIN.displayName,
      passwordHash: await hashPassword(DEMO_ADMIN.password),
      unitId: unit.id,
    });
    user = await em.findOneByOrFail(UserEntity, { tenantId, email: DEMO_ADMIN.email });
  }
  await em.createQueryBuilder().insert().into(UserRoleEntity).values({ tenantId, userId: user.id, roleId: role.id }).orIgnore().execute();
  // Customers: a few accounts owned by the administrator.
  await seedDemoCustomers(em, tenantId, user.id);
  return user.id;
}
