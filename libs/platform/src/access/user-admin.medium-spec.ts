import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import {
  AuditLogEntity,
  AuditService,
  createDataSource,
  createTenantRow,
  ensureBuiltInRoles,
  LoaderRegistry,
  OrgUnitEntity,
  OrgUnitService,
  PermissionCatalog,
  Principal,
  RequestContext,
  RoleEntity,
  RoleService,
  systemPrincipal,
  TenantDb,
  UserAdminService,
  UserEntity,
  UserRoleEntity,
  verifyPassword,
} from '@crm/platform';
import { DataScopeValue, SortDirection, UserOrderField } from './graphql/access.enums';
import { UserAccessResolver } from './graphql/user-access.resolver';
import { AccessEpochService } from '../identity/access-epoch.service';
import { appErrorOf, assignRoles, createUserRow, userPrincipal } from './testing/access-factories';

const as = <T>(principal: Principal, fn: () => Promise<T>) => RequestContext.run({ requestId: 't', principal }, fn);

describe('users and roles administration', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: DataSource;
  let tenantDb: TenantDb;
  let redis: Redis;
  let users: UserAdminService;
  let roles: RoleService;
  let tenantId: string;
  let otherTenantId: string;
  let builtIn: Record<'administrator' | 'manager' | 'rep', RoleEntity>;
  let unit: OrgUnitEntity;
  let administrator: Principal;
  let rep: Principal;

  const count = (entity: typeof UserEntity | typeof AuditLogEntity | typeof RoleEntity) =>
    tenantDb.transaction((em) => em.count(entity), systemPrincipal(tenantId));

  const validInput = () => ({
    email: `New.Person.${Math.random().toString(36).slice(2, 8)}@Example.COM`,
    displayName: 'New Person',
    password: 'correct horse battery',
    roleIds: [builtIn.rep.id],
    unitId: unit.id,
  });

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    app = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    tenantId = (await createTenantRow(admin)).id;
    otherTenantId = (await createTenantRow(admin)).id;
    tenantDb = new TenantDb(app);
    const audit = new AuditService(tenantDb);
    redis = new Redis(db.config.REDIS_URL);
    const epochs = new AccessEpochService(redis, tenantDb, db.config);
    users = new UserAdminService(tenantDb, audit, db.config, epochs);
    roles = new RoleService(tenantDb, audit, new PermissionCatalog(), epochs);
    const system = systemPrincipal(tenantId, { dataScope: 'all' });

    const [a, m, r] = await tenantDb.transaction((em) => ensureBuiltInRoles(em, tenantId), system);
    builtIn = { administrator: a, manager: m, rep: r };
    unit = await as(system, () => new OrgUnitService(tenantDb, audit, epochs).create({ name: 'Sales' }));
    const [adminUser, repUser] = await tenantDb.transaction(async (em) => {
      const adminRow = await createUserRow(em, tenantId, { email: 'admin@example.com', displayName: 'Admin', unitId: unit.id });
      const repRow = await createUserRow(em, tenantId, { email: 'rep@example.com', displayName: 'Rep', unitId: unit.id });
      await assignRoles(em, adminRow, [builtIn.administrator]);
      await assignRoles(em, repRow, [builtIn.rep]);
      return [adminRow, repRow];
    }, system);
    administrator = userPrincipal(adminUser, unit, 'all', ['*:*']);
    rep = userPrincipal(repUser, unit, 'own', builtIn.rep.permissions);
  });

  afterAll(async () => {
    await redis?.quit();
    await app?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  describe('built-in roles', () => {
    it('ACC-03 every tenant gets Administrator, Sales manager and Sales representative, once however often it runs', async () => {
      await tenantDb.transaction((em) => ensureBuiltInRoles(em, tenantId), systemPrincipal(tenantId));
      const list = await as(administrator, () => roles.list());
      expect(list.map((r) => [r.name, r.dataScope, r.isSystem])).toEqual([
        ['Administrator', 'all', true],
        ['Sales manager', 'subtree', true],
        ['Sales representative', 'own', true],
      ]);
      expect(list[0].permissions).toEqual(['*:*']);
      expect(list[1].permissions).toContain('user:view');
    });

    it('ACC-03 deleting a built-in role is refused and it stays', async () => {
      const error = await appErrorOf(as(administrator, () => roles.delete({ id: builtIn.manager.id })));
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
      expect(error.message).toMatch(/built-in/);
      expect(await tenantDb.transaction((em) => em.existsBy(RoleEntity, { id: builtIn.manager.id }), administrator)).toBe(true);
    });

    it('ACC-03 renaming a built-in role is refused', async () => {
      const error = await appErrorOf(as(administrator, () => roles.update({ id: builtIn.rep.id, name: 'Seller' })));
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.name' });
    });
  });

  describe('custom roles', () => {
    it('ACC-03 a role is created with catalogued permissions, audited, and deleted once nobody holds it', async () => {
      const role = await as(administrator, () =>
        roles.create({ name: 'Auditor', dataScope: DataScopeValue.ALL, permissions: ['audit:view', 'user:*', 'audit:view'] }),
      );
      expect(role.permissions).toEqual(['audit:view', 'user:*']);
      const holder = await tenantDb.transaction(async (em) => {
        const u = await createUserRow(em, tenantId);
        await assignRoles(em, u, [role]);
        return u;
      }, administrator);

      const stillAssigned = await appErrorOf(as(administrator, () => roles.delete({ id: role.id })));
      expect(stillAssigned).toMatchObject({ code: 'CONFLICT', field: 'input.id' });

      await tenantDb.transaction((em) => em.delete(UserRoleEntity, { tenantId, userId: holder.id }), administrator);
      await as(administrator, () => roles.delete({ id: role.id }));
      const trail = await as(administrator, () => new AuditService(tenantDb).trail('role', role.id));
      expect(trail.map((t) => t.action)).toEqual(['delete', 'create']);
    });

    it('ACC-03 unknown permissions and duplicate names are refused with the field', async () => {
      const unknown = await appErrorOf(
        as(administrator, () => roles.create({ name: 'Odd', dataScope: DataScopeValue.OWN, permissions: ['customer:fly'] })),
      );
      expect(unknown).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.permissions' });
      const duplicate = await appErrorOf(
        as(administrator, () => roles.create({ name: 'Administrator', dataScope: DataScopeValue.OWN, permissions: [] })),
      );
      expect(duplicate).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
    });

    it('ACC-03 nobody builds a role granting more than they hold', async () => {
      const roleMaker = { ...rep, permissions: new Set(['role:create', 'user:view']) };
      const error = await appErrorOf(as(roleMaker, () => roles.create({ name: 'Super', dataScope: DataScopeValue.OWN, permissions: ['*:*'] })));
      expect(error.code).toBe('FORBIDDEN');
      const wider = await appErrorOf(as(roleMaker, () => roles.create({ name: 'Wide', dataScope: DataScopeValue.ALL, permissions: ['user:view'] })));
      expect(wider.code).toBe('FORBIDDEN');
      expect(await tenantDb.transaction((em) => em.existsBy(RoleEntity, { name: 'Super' }), administrator)).toBe(false);
    });
  });

  describe('createUser', () => {
    it('ACC-03 a rep without user:create gets FORBIDDEN and nothing is saved', async () => {
      const [usersBefore, auditBefore] = [await count(UserEntity), await count(AuditLogEntity)];
      const error = await appErrorOf(as(rep, () => users.createUser(validInput())));
      expect(error.code).toBe('FORBIDDEN');
      expect([await count(UserEntity), await count(AuditLogEntity)]).toEqual([usersBefore, auditBefore]);
    });

    // Malformed input (a bad email, a short password, a malformed id) is refused by the global
    // validation pipe before the service is called: access.e2e-spec.ts proves it through GraphQL.
    it.each([
      ['an unknown role id', { roleIds: ['00000000-0000-4000-8000-000000000000'] }, 'input.roleIds'],
      ['an unknown unit', { unitId: '00000000-0000-4000-8000-000000000000' }, 'input.unitId'],
    ])('ACC-03 %s is VALIDATION_FAILED naming the field, and nothing is saved', async (_what, change, field) => {
      const [usersBefore, auditBefore] = [await count(UserEntity), await count(AuditLogEntity)];
      const error = await appErrorOf(as(administrator, () => users.createUser({ ...validInput(), ...change })));
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field });
      expect([await count(UserEntity), await count(AuditLogEntity)]).toEqual([usersBefore, auditBefore]);
    });

    it('ACC-03 a user is created with a lower-cased email, an argon2 hash, roles and unit, and audited without the hash', async () => {
      const input = validInput();
      const created = await as(administrator, () => users.createUser(input));
      expect(created.email).toBe(input.email.toLowerCase());
      expect(created.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(created.passwordHash, input.password)).toBe(true);
      expect(created.unitId).toBe(unit.id);
      const held = await tenantDb.transaction((em) => em.findBy(UserRoleEntity, { userId: created.id }), administrator);
      expect(held.map((h) => h.roleId)).toEqual([builtIn.rep.id]);
      const [entry] = await as(administrator, () => new AuditService(tenantDb).trail('user', created.id));
      expect(entry.action).toBe('create');
      expect(entry.actorUserId).toBe(administrator.userId);
      expect(Object.keys(entry.changes)).not.toContain('passwordHash');
      expect(entry.changes.roleIds).toEqual({ before: null, after: [builtIn.rep.id] });
    });

    it('ACC-03 an email taken in the tenant (in any case) is a CONFLICT on input.email; another tenant may use it', async () => {
      const error = await appErrorOf(as(administrator, () => users.createUser({ ...validInput(), email: 'ADMIN@example.com' })));
      expect(error).toMatchObject({ code: 'CONFLICT', field: 'input.email' });

      const otherAdmin: Principal = { ...systemPrincipal(otherTenantId), dataScope: 'all' };
      const elsewhere = await as(otherAdmin, () => users.createUser({ ...validInput(), email: 'admin@example.com', roleIds: [], unitId: null }));
      expect(elsewhere.tenantId).toBe(otherTenantId);
    });

    it('ACC-03 a user administrator cannot hand out a role granting more than they hold', async () => {
      const hr: Principal = { ...rep, dataScope: 'own', permissions: new Set(['user:create', 'user:view']) };
      const error = await appErrorOf(as(hr, () => users.createUser({ ...validInput(), roleIds: [builtIn.administrator.id] })));
      expect(error.code).toBe('FORBIDDEN');
    });

    it('ACC-03 without a principal the call is UNAUTHENTICATED', async () => {
      expect((await appErrorOf(users.createUser(validInput()))).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('updateUser', () => {
    it('ACC-03 display name, unit, roles, activity and locale change together and the audit row has before and after', async () => {
      const user = await as(administrator, () => users.createUser(validInput()));
      const updated = await as(administrator, () =>
        users.updateUser({ id: user.id, displayName: 'Renamed', unitId: null, roleIds: [builtIn.manager.id], isActive: false, locale: 'en' }),
      );
      expect(updated).toMatchObject({ displayName: 'Renamed', unitId: null, isActive: false, locale: 'en' });
      const [entry] = await as(administrator, () => new AuditService(tenantDb).trail('user', user.id));
      expect(entry.action).toBe('update');
      expect(entry.changes).toMatchObject({
        displayName: { before: 'New Person', after: 'Renamed' },
        isActive: { before: true, after: false },
        roleIds: { before: [builtIn.rep.id], after: [builtIn.manager.id] },
      });
    });

    it('ACC-03 an unknown user is NOT_FOUND; a rep may not edit users', async () => {
      const missing = await appErrorOf(as(administrator, () => users.updateUser({ id: '00000000-0000-4000-8000-000000000000', displayName: 'x' })));
      expect(missing).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
      const forbidden = await appErrorOf(as(rep, () => users.updateUser({ id: rep.userId!, displayName: 'Me' })));
      expect(forbidden.code).toBe('FORBIDDEN');
    });
  });

  describe('users connection', () => {
    let listTenant: string;
    let listAdmin: Principal;
    let roleId: string;
    let unitId: string;

    beforeAll(async () => {
      listTenant = (await createTenantRow(admin)).id;
      const system = systemPrincipal(listTenant, { dataScope: 'all' });
      await tenantDb.transaction(async (em) => {
        const [adminRole] = await ensureBuiltInRoles(em, listTenant);
        roleId = adminRole.id;
        unitId = (await em.save(OrgUnitEntity, { tenantId: listTenant, name: 'U', path: '/pending/' })).id;
        for (let i = 0; i < 25; i++) {
          const u = await createUserRow(em, listTenant, {
            email: `person${String(i).padStart(2, '0')}@example.com`,
            displayName: i % 2 === 0 ? `Zhang ${i}` : `Li ${i}`,
            unitId: i < 5 ? unitId : null,
            isActive: i % 5 !== 4,
          });
          if (i < 3) await assignRoles(em, u, [adminRole]);
        }
      }, system);
      listAdmin = { ...system, userId: undefined, permissions: new Set(['user:view']) };
    });

    const page = (query: Parameters<UserAdminService['list']>[0]) => as(listAdmin, () => users.list(query));

    it('ACC-03 pages forward and backward with opaque cursors, never repeating or skipping a user', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let more = true;
      while (more) {
        const p = await page({ first: 10, after });
        expect(p.totalCount).toBe(25);
        seen.push(...p.edges.map((e) => e.node.email));
        more = p.pageInfo.hasNextPage;
        after = p.pageInfo.endCursor;
      }
      expect(seen).toEqual([...seen].sort());
      expect(new Set(seen).size).toBe(25);

      const last = await page({ last: 10 });
      expect(last.edges.map((e) => e.node.email)).toEqual(seen.slice(15));
      expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      const before = await page({ last: 10, before: last.pageInfo.startCursor });
      expect(before.edges.map((e) => e.node.email)).toEqual(seen.slice(5, 15));
    });

    it('ACC-03 orders by creation time (full precision) and by display name, either direction', async () => {
      const all = await page({ first: 100, orderBy: { field: UserOrderField.CREATED_AT, direction: SortDirection.DESC } });
      const byCreated: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const p = await page({ first: 5, after, orderBy: { field: UserOrderField.CREATED_AT, direction: SortDirection.DESC } });
        byCreated.push(...p.edges.map((e) => e.node.id));
        after = p.pageInfo.endCursor;
      }
      expect(byCreated).toEqual(all.edges.map((e) => e.node.id));
      const names = await page({ first: 100, orderBy: { field: UserOrderField.DISPLAY_NAME, direction: SortDirection.ASC } });
      expect(names.edges[0].node.displayName.startsWith('Li')).toBe(true);
    });

    it('ACC-03 filters by search, unit, activity and role', async () => {
      expect((await page({ filter: { search: 'ZHANG' } })).totalCount).toBe(13);
      expect((await page({ filter: { search: 'person0' } })).totalCount).toBe(10);
      expect((await page({ filter: { search: '%' } })).totalCount).toBe(0);
      expect((await page({ filter: { unitId } })).totalCount).toBe(5);
      expect((await page({ filter: { isActive: false } })).totalCount).toBe(5);
      expect((await page({ filter: { roleId } })).totalCount).toBe(3);
    });

    it('ACC-03 page sizes beyond the maximum and forged cursors are refused with the argument named', async () => {
      expect(await appErrorOf(page({ first: 1000 }))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'first' });
      expect(await appErrorOf(page({ after: 'garbage' }))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'after' });
    });

    it('ACC-03 the unit, roles and permissions of a page of users take one query each (DataLoader, no N+1)', async () => {
      const resolver = new UserAccessResolver(users, tenantDb);
      const statements: string[] = [];
      const originalQuery = PostgresQueryRunner.prototype.query;
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query').mockImplementation(function (this: PostgresQueryRunner, ...args) {
        statements.push(String(args[0]));
        return originalQuery.apply(this, args);
      });
      const request = new LoaderRegistry();
      try {
        const connection = await as(listAdmin, () => resolver.users({ first: 25 }));
        statements.length = 0;
        // As GraphQL does: every field of every node is resolved before any of them is awaited.
        const resolved = await as(listAdmin, () =>
          Promise.all(
            connection.edges.map(({ node }) =>
              Promise.all([resolver.unit(node, request), resolver.roles(node, request), resolver.permissions(node, request)]),
            ),
          ),
        );
        expect(resolved.filter(([u]) => u?.id === unitId)).toHaveLength(5);
        expect(resolved.filter(([, r]) => r.length === 1)).toHaveLength(3);
        expect(resolved.filter(([, , p]) => p.includes('*:*'))).toHaveLength(3);
      } finally {
        spy.mockRestore();
      }
      expect(statements.filter((s) => /platform"?\."?user_role/.test(s))).toHaveLength(1);
      expect(statements.filter((s) => /FROM "platform"\."org_unit"/.test(s))).toHaveLength(1);
    });
  });
});

