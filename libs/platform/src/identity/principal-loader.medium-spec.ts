import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import {
  createDataSource,
  createTenantRow,
  createTestUser,
  OrgUnitEntity,
  PrincipalLoader,
  RoleEntity,
  systemPrincipal,
  TenantDb,
  UserRoleEntity,
} from '@crm/platform';

describe('PrincipalLoader', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: DataSource;
  let tenantId: string;
  let tenantDb: TenantDb;
  const loader = new PrincipalLoader();

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    app = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    tenantId = (await createTenantRow(admin)).id;
    tenantDb = new TenantDb(app);
  });

  afterAll(async () => {
    await app?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  const load = (userId: string, tenant = tenantId) => tenantDb.asTenant(systemPrincipal(tenant), (em) => loader.load(em, tenant, userId));

  it('ACC-03 a user’s permissions are the union of their roles’ grants and the widest data scope wins', async () => {
    const { user, unit } = await createTestUser(app, tenantId, { permissions: ['customer:view'], dataScope: 'own' });
    await tenantDb.asTenant(systemPrincipal(tenantId), async (em) => {
      const roleId = randomUUID();
      await em.insert(RoleEntity, { tenantId, id: roleId, name: `Manager ${roleId}`, permissions: ['customer:edit', 'customer:view'], dataScope: 'subtree' });
      await em.insert(UserRoleEntity, { tenantId, userId: user.id, roleId });
    });
    const principal = await load(user.id);
    expect(principal).toMatchObject({ tenantId, userId: user.id, channel: 'web', dataScope: 'subtree', unitId: unit!.id, unitPath: unit!.path });
    expect([...principal!.permissions].sort()).toEqual(['customer:edit', 'customer:view']);
  });

  it('ACC-01 the unit path comes from the user’s organisation unit', async () => {
    const { unit: root } = await createTestUser(app, tenantId);
    const childId = randomUUID();
    await tenantDb.asTenant(systemPrincipal(tenantId), (em) =>
      em.insert(OrgUnitEntity, { tenantId, id: childId, parentId: root!.id, name: 'Sales East', path: `${root!.path}${childId}/` }),
    );
    const { user } = await createTestUser(app, tenantId, { unitId: childId });
    expect(await load(user.id)).toMatchObject({ unitId: childId, unitPath: `/${root!.id}/${childId}/` });
  });

  it('ACC-04 an inactive user gets no principal at all', async () => {
    const { user } = await createTestUser(app, tenantId, { isActive: false });
    expect(await load(user.id)).toBeNull();
  });
});
