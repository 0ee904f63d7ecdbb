import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import {
  AppError,
  AuditEntryType,
  AuditLogEntity,
  AuditTrailService,
  createDataSource,
  LoaderRegistry,
  Principal,
  RecordVisibilityRegistry,
  RequestContext,
  TenantDb,
  UserEntity,
  userLoader,
} from '@crm/platform';
import { getRawAndPlainEntities } from '../database/plain-entities';
import { createTenantRow, systemPrincipal } from '../testing/factories';

const OWNER = '00000000-0000-4000-8000-000000000001';

describe('audit trail (read side)', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: DataSource;
  let tenantDb: TenantDb;
  let service: AuditTrailService;
  let tenantA: string;
  let tenantB: string;
  let actors: UserEntity[];
  const queries: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    app = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    // Count the statements the application connection sends (the N+1 check below).
    const logger = app.logger;
    Object.assign(app, { logger: Object.assign(Object.create(logger), { logQuery: (query: string) => queries.push(query) }) });
    tenantDb = new TenantDb(app);
    const visibility = new RecordVisibilityRegistry();
    // a context's rule: only the record's owner sees it (here: the principal whose user id is 'owner-of-shared-id')
    visibility.register('customer', async (_em, principal, recordId) => recordId !== 'shared-id' || principal.userId === OWNER);
    service = new AuditTrailService(tenantDb, db.config, visibility);
    tenantA = (await createTenantRow(admin)).id;
    tenantB = (await createTenantRow(admin)).id;
    actors = await admin
      .getRepository(UserEntity)
      .save([1, 2, 3, 4, 5].map((n) => ({ tenantId: tenantA, email: `user${n}@example.com`, displayName: `User ${n}`, passwordHash: 'x' })));
    for (const [tenant, count] of [
      [tenantA, 60],
      [tenantB, 7],
    ] as const) {
      await admin.query(
        `INSERT INTO platform.audit_log (tenant_id, occurred_at, actor_user_id, channel, record_type, record_id, action, changes)
         SELECT $1, '2026-03-01'::timestamptz + (i % 20) * interval '1 second', ($3::uuid[])[1 + i % 5], 'web', 'customer', 'shared-id', 'edit', '{}'
         FROM generate_series(1, $2::int) AS i`,
        [tenant, count, actors.map((a) => a.id)],
      );
    }
  });

  afterAll(async () => {
    await app?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  const as = <T>(principal: Principal | undefined, fn: () => Promise<T>) => RequestContext.run({ requestId: 'test', principal }, fn);

  it('PLT-04 a record’s trail is newest first and holds only the reader’s tenant rows', async () => {
    const page = await as(systemPrincipal(tenantA), () => service.page('customer', 'shared-id', { first: 100 }));
    expect(page.totalCount).toBe(60);
    const times = page.edges.map((e) => e.node.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(page.edges.map((e) => e.node.tenantId))).toEqual(new Set([tenantA]));
    const other = await as(systemPrincipal(tenantB), () => service.page('customer', 'shared-id', {}));
    expect(other.totalCount).toBe(7);
  });

  it('PLT-04 without audit:view or the record type’s view permission the trail is refused', async () => {
    const refused = as(systemPrincipal(tenantA, { permissions: new Set(['opportunity:view']) }), () => service.page('customer', 'shared-id', {}));
    await expect(refused).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(undefined, () => service.page('customer', 'shared-id', {}))).rejects.toBeInstanceOf(AppError);
    const viaAudit = await as(systemPrincipal(tenantA, { permissions: new Set(['audit:view']) }), () => service.page('customer', 'shared-id', { first: 1 }));
    expect(viaAudit.edges).toHaveLength(1);
  });

  it('ACC-01 PLT-04 a record’s trail is read only by those who see the record (its context’s rule) or by auditors', async () => {
    const viewer = systemPrincipal(tenantA, { permissions: new Set(['customer:view']), dataScope: 'own' });
    await expect(as({ ...viewer, userId: '00000000-0000-4000-8000-000000000002' }, () => service.page('customer', 'shared-id', {}))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'recordId',
    });
    const owner = await as({ ...viewer, userId: OWNER }, () => service.page('customer', 'shared-id', { first: 1 }));
    expect(owner.edges).toHaveLength(1);
    const auditor = await as({ ...viewer, permissions: new Set(['audit:view']) }, () => service.page('customer', 'shared-id', { first: 1 }));
    expect(auditor.edges).toHaveLength(1);
  });

  it('PLT-05 resolving the actor of 50 entries reads users once per request (DataLoader, no N+1), in input order', async () => {
    const principal = systemPrincipal(tenantA);
    const page = await as(principal, () => service.page('customer', 'shared-id', { first: 50 }));
    const entries = page.edges.map((e) => AuditEntryType.from(e.node));
    const loaders = new LoaderRegistry();
    queries.length = 0;
    const users = await as(principal, () => Promise.all(entries.map((entry) => userLoader(loaders, tenantDb).load(entry.actorUserId!))));
    expect(queries.filter((q) => /FROM "platform"\."user"/.test(q))).toHaveLength(1);
    expect(users.map((u) => u?.id)).toEqual(entries.map((e) => e.actorUserId));
    expect(userLoader(loaders, tenantDb)).toBe(userLoader(loaders, tenantDb));
  });

  it('PLT-05 actors loaded alongside the page are read in the page’s transaction; the actor fields then send nothing', async () => {
    const principal = systemPrincipal(tenantA);
    const loaders = new LoaderRegistry();
    const loader = userLoader(loaders, tenantDb);
    queries.length = 0;
    const page = await as(principal, () =>
      service.page('customer', 'shared-id', {
        first: 50,
        alongside: (p) => loader.loadMany([...new Set(p.edges.map((e) => e.node.actorUserId!))]),
      }),
    );
    expect(queries.filter((q) => /START TRANSACTION/.test(q))).toHaveLength(1);
    expect(queries.filter((q) => /FROM "platform"\."user"/.test(q))).toHaveLength(1);
    queries.length = 0;
    const users = await as(principal, () => Promise.all(page.edges.map((e) => loader.load(e.node.actorUserId!))));
    expect(queries).toEqual([]);
    expect(users.map((u) => u?.id)).toEqual(page.edges.map((e) => e.node.actorUserId));
  });

  it('PLT-05 the lean hydration of one-entity queries gives the same entities as TypeORM', async () => {
    for (const entity of [AuditLogEntity, UserEntity] as const) {
      const [lean, typeorm] = await as(systemPrincipal(tenantA), () =>
        tenantDb.transaction(async (em) => {
          const qb = () => em.createQueryBuilder(entity as typeof AuditLogEntity, 'e').orderBy('e.id').limit(10);
          return [(await getRawAndPlainEntities(qb())).entities, await qb().getMany()];
        }),
      );
      expect(lean.length).toBeGreaterThan(0);
      expect(lean).toEqual(typeorm);
      expect(lean[0]).toBeInstanceOf(entity);
    }
  });

  it('PLT-05 a user id that does not exist (or belongs to another tenant) loads as null', async () => {
    const loaders = new LoaderRegistry();
    const [missing, found] = await as(systemPrincipal(tenantB), () =>
      userLoader(loaders, tenantDb).loadMany(['00000000-0000-4000-8000-000000000000', actors[0].id]),
    );
    expect(missing).toBeNull();
    expect(found).toBeNull();
  });
});
