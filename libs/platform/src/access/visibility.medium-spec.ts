import Redis from 'ioredis';
import { DataSource, EntityManager } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import {
  AuditLogEntity,
  AuditService,
  createContextSchema,
  createDataSource,
  createTenantRow,
  enableTenantRls,
  OrgUnitEntity,
  OrgUnitService,
  Principal,
  RecordShareService,
  RequestContext,
  systemPrincipal,
  TenantDb,
  UserEntity,
  visibilityCondition,
  VisibilityService,
} from '@crm/platform';
import { AccessEpochService } from '../identity/access-epoch.service';
import { appErrorOf, createUserRow, userPrincipal } from './testing/access-factories';

const as = <T>(principal: Principal, fn: () => Promise<T>) => RequestContext.run({ requestId: 't', principal }, fn);

/**
 * Tenant A:  Sales ─┬─ East (manager) ── East-1 (rep1, rep2)
 *                   └─ West (westRep)
 * Tenant B: one user with one record. Every user owns one record named after them.
 */
describe('record visibility (the predicate every read path uses)', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: DataSource;
  let tenantDb: TenantDb;
  let redis: Redis;
  let units: OrgUnitService;
  let shares: RecordShareService;
  let visibility: VisibilityService;
  let tenantA: string;
  let tenantB: string;
  const unit: Record<string, OrgUnitEntity> = {};
  const user: Record<string, UserEntity> = {};
  const record: Record<string, string> = {};
  let system: Principal;

  async function addRecord(em: EntityManager, tenantId: string, owner: UserEntity, name: string) {
    const [row] = await em.query(`INSERT INTO test_visibility.record (tenant_id, owner_id, name) VALUES ($1, $2, $3) RETURNING id`, [
      tenantId,
      owner.id,
      name,
    ]);
    record[name] = row.id;
  }

  function visibleNames(principal: Principal): Promise<string[]> {
    const condition = visibilityCondition(principal, { recordType: 'test_record', alias: 'r' });
    return tenantDb.transaction(async (em) => {
      const rows = await em
        .createQueryBuilder()
        .select('r.name', 'name')
        .from('test_visibility.record', 'r')
        .where(condition.sql, condition.params)
        .orderBy('r.name')
        .getRawMany<{ name: string }>();
      return rows.map((r) => r.name);
    }, principal);
  }

  const manager = () => userPrincipal(user.manager, unit.east, 'subtree', ['test_record:view']);
  const rep1 = () => userPrincipal(user.rep1, unit.east1, 'own', ['test_record:view', 'test_record:edit']);
  const rep2 = () => userPrincipal(user.rep2, unit.east1, 'own', ['test_record:view', 'test_record:edit']);

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    app = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    const runner = admin.createQueryRunner();
    await createContextSchema(runner, 'test_visibility');
    await runner.query(`CREATE TABLE test_visibility.record (
      tenant_id uuid NOT NULL, id uuid NOT NULL DEFAULT gen_random_uuid(), owner_id uuid, name text NOT NULL,
      PRIMARY KEY (tenant_id, id))`);
    await enableTenantRls(runner, 'test_visibility.record');
    await runner.release();

    tenantA = (await createTenantRow(admin)).id;
    tenantB = (await createTenantRow(admin)).id;
    tenantDb = new TenantDb(app);
    const audit = new AuditService(tenantDb);
    redis = new Redis(db.config.REDIS_URL);
    units = new OrgUnitService(tenantDb, audit, new AccessEpochService(redis, tenantDb, db.config));
    visibility = new VisibilityService(tenantDb);
    shares = new RecordShareService(tenantDb, audit, visibility);
    system = systemPrincipal(tenantA, { dataScope: 'all' });

    await as(system, async () => {
      unit.sales = await units.create({ name: 'Sales' });
      unit.east = await units.create({ name: 'East', parentId: unit.sales.id });
      unit.east1 = await units.create({ name: 'East-1', parentId: unit.east.id });
      unit.west = await units.create({ name: 'West', parentId: unit.sales.id });
    });
    await tenantDb.transaction(async (em) => {
      user.manager = await createUserRow(em, tenantA, { unitId: unit.east.id });
      user.rep1 = await createUserRow(em, tenantA, { unitId: unit.east1.id });
      user.rep2 = await createUserRow(em, tenantA, { unitId: unit.east1.id });
      user.westRep = await createUserRow(em, tenantA, { unitId: unit.west.id });
      for (const name of ['manager', 'rep1', 'rep2', 'westRep']) await addRecord(em, tenantA, user[name], name);
      await addRecord(em, tenantA, user.rep2, 'rep2-second');
      await addRecord(em, tenantA, user.rep2, 'rep2-third');
    }, system);
    await tenantDb.transaction(async (em) => {
      user.other = await createUserRow(em, tenantB);
      await addRecord(em, tenantB, user.other, 'other-tenant');
    }, systemPrincipal(tenantB));
  });

  afterAll(async () => {
    await redis?.quit();
    await app?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  it('ACC-01 unit paths are materialised from the top unit down', () => {
    expect(unit.sales.path).toBe(`/${unit.sales.id}/`);
    expect(unit.east1.path).toBe(`/${unit.sales.id}/${unit.east.id}/${unit.east1.id}/`);
  });

  it('ACC-01 a manager sees the records of the whole unit subtree below, and not those of a sibling unit', async () => {
    expect(await visibleNames(manager())).toEqual(['manager', 'rep1', 'rep2', 'rep2-second', 'rep2-third']);
  });

  it('ACC-01 a rep sees only their own records, not a peer’s', async () => {
    expect(await visibleNames(rep1())).toEqual(['rep1']);
    expect(await visibleNames(rep2())).toEqual(['rep2', 'rep2-second', 'rep2-third']);
  });

  it('ACC-01 a record shared with the rep, or with the rep’s unit, becomes visible to the rep; a share elsewhere does not', async () => {
    await as(rep2(), () => shares.share({ recordType: 'test_record', recordId: record['rep2-second'], ownerId: user.rep2.id, userId: user.rep1.id }));
    expect(await visibleNames(rep1())).toEqual(['rep1', 'rep2-second']);

    await as(system, () => shares.share({ recordType: 'test_record', recordId: record['rep2-third'], unitId: unit.east1.id }));
    await as(system, () => shares.share({ recordType: 'test_record', recordId: record.westRep, unitId: unit.west.id }));
    expect(await visibleNames(rep1())).toEqual(['rep1', 'rep2-second', 'rep2-third']);

    const trail = await tenantDb.transaction(
      (em) => em.findBy(AuditLogEntity, { recordType: 'test_record', recordId: record['rep2-second'], action: 'share' }),
      system,
    );
    expect(trail).toHaveLength(1);
    expect(trail[0].actorUserId).toBe(user.rep2.id);
  });

  it('ACC-01 a share of another record type does not reveal a record with the same id', async () => {
    await as(system, () => shares.share({ recordType: 'other_type', recordId: record.westRep, userId: user.rep1.id }));
    expect(await visibleNames(rep1())).not.toContain('westRep');
  });

  it('ACC-01 a rep cannot share a record they cannot see', async () => {
    const error = await appErrorOf(
      as(rep1(), () => shares.share({ recordType: 'test_record', recordId: record.westRep, ownerId: user.westRep.id, userId: user.rep1.id })),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(await visibleNames(rep1())).not.toContain('westRep');
  });

  it('ACC-01 canSee agrees with the list predicate for single records', async () => {
    expect(await visibility.canSee(rep1(), 'test_record', record['rep2-second'], user.rep2.id)).toBe(true);
    expect(await visibility.canSee(rep1(), 'test_record', record.rep2, user.rep2.id)).toBe(false);
    expect(await visibility.canSee(manager(), 'test_record', record.rep2, user.rep2.id)).toBe(true);
    expect(await visibility.canSee(manager(), 'test_record', record.westRep, user.westRep.id)).toBe(false);
    expect(await visibility.canSee(rep1(), 'test_record', record.rep1, user.rep1.id)).toBe(true);
  });

  it('ACC-01 the predicate can appear twice in one query without its parameters colliding', async () => {
    const a = visibilityCondition(rep1(), { recordType: 'test_record', alias: 'r' });
    const b = visibilityCondition(manager(), { recordType: 'test_record', alias: 'r2' });
    const rows = await tenantDb.transaction(
      (em) =>
        em
          .createQueryBuilder()
          .select('r.name', 'name')
          .from('test_visibility.record', 'r')
          .where(a.sql, a.params)
          .andWhere(`EXISTS (SELECT 1 FROM test_visibility.record r2 WHERE r2.id = r.id AND ${b.sql})`, b.params)
          .orderBy('r.name')
          .getRawMany<{ name: string }>(),
      rep1(),
    );
    expect(rows.map((r) => r.name)).toEqual(['rep1', 'rep2-second', 'rep2-third']);
  });

  it('ACC-05 an ALL-scope role sees every record of its tenant and none of another tenant', async () => {
    const tenantAdmin = userPrincipal(user.manager, unit.east, 'all', ['*:*']);
    expect(await visibleNames(tenantAdmin)).toEqual(['manager', 'rep1', 'rep2', 'rep2-second', 'rep2-third', 'westRep']);
    expect(await visibleNames(systemPrincipal(tenantA, { dataScope: 'all' }))).not.toContain('other-tenant');
    expect(await visibleNames(systemPrincipal(tenantB, { dataScope: 'all' }))).toEqual(['other-tenant']);
  });

  it('ACC-01 a system job without a user sees nothing unless its scope is all', async () => {
    expect(await visibleNames(systemPrincipal(tenantA, { dataScope: 'own' }))).toEqual([]);
  });

  it('ACC-01 moving a unit changes what its manager sees; the subtree is re-pathed', async () => {
    // West moves under East: the East manager now sees West's records.
    await as(system, () => units.update({ id: unit.west.id, parentId: unit.east.id }));
    expect(await visibleNames(manager())).toContain('westRep');
    // East-1 moves to the top: its reps drop out of the East manager's view.
    await as(system, () => units.update({ id: unit.east1.id, parentId: null }));
    expect(await visibleNames(manager())).toEqual(['manager', 'westRep']);

    const tree = await as(system, () => units.list());
    const byId = new Map(tree.map((u) => [u.id, u]));
    expect(byId.get(unit.west.id)?.path).toBe(`${unit.east.path}${unit.west.id}/`);
    expect(byId.get(unit.east1.id)).toMatchObject({ path: `/${unit.east1.id}/`, parentId: null, memberCount: 2 });
    // parents before children
    const seen = new Set<string>();
    for (const u of tree) {
      if (u.parentId) expect(seen.has(u.parentId)).toBe(true);
      seen.add(u.id);
    }
    // move back for the tests below
    await as(system, () => units.update({ id: unit.east1.id, parentId: unit.east.id }));
    await as(system, () => units.update({ id: unit.west.id, parentId: unit.sales.id }));
    expect(await visibleNames(manager())).toEqual(['manager', 'rep1', 'rep2', 'rep2-second', 'rep2-third']);
  });

  it('ACC-01 a unit cannot move under its own descendant; nothing changes', async () => {
    const error = await appErrorOf(as(system, () => units.update({ id: unit.sales.id, parentId: unit.east1.id })));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'input.parentId' });
    const self = await appErrorOf(as(system, () => units.update({ id: unit.east.id, parentId: unit.east.id })));
    expect(self.field).toBe('input.parentId');
    const tree = await as(system, () => units.list());
    expect(tree.find((u) => u.id === unit.sales.id)?.path).toBe(`/${unit.sales.id}/`);
  });

  it('ACC-03 a unit with child units or members cannot be deleted; an empty one can', async () => {
    const withChildren = await appErrorOf(as(system, () => units.delete({ id: unit.sales.id })));
    expect(withChildren).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
    expect(withChildren.message).toMatch(/child unit/);
    const withMembers = await appErrorOf(as(system, () => units.delete({ id: unit.west.id })));
    expect(withMembers.code).toBe('CONFLICT');
    expect(withMembers.message).toMatch(/member/);

    const empty = await as(system, () => units.create({ name: 'Empty', parentId: unit.west.id }));
    await as(system, () => units.delete({ id: empty.id }));
    expect((await as(system, () => units.list())).map((u) => u.id)).not.toContain(empty.id);
  });

  it('ACC-03 renaming a unit is audited with before and after', async () => {
    await as(system, () => units.update({ id: unit.west.id, name: 'West Coast' }));
    const trail = await as(system, () => new AuditService(tenantDb).trail('org_unit', unit.west.id));
    expect(trail[0]).toMatchObject({ action: 'update', changes: { name: { before: 'West', after: 'West Coast' } } });
  });

  it('ACC-03 without org_unit permissions units cannot be changed', async () => {
    const error = await appErrorOf(as(rep1(), () => units.create({ name: 'Mine' })));
    expect(error.code).toBe('FORBIDDEN');
    const unauthenticated = await appErrorOf(units.list());
    expect(unauthenticated.code).toBe('UNAUTHENTICATED');
  });
});
