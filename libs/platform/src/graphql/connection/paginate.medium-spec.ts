import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import { AppError, applyFilter, AuditLogEntity, createDataSource, paginate, SortColumn, SortDirection, TenantDb } from '@crm/platform';
import { createTenantRow, systemPrincipal } from '../../testing/factories';

const MAX = 50;

describe('keyset pagination over a real table', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: DataSource;
  let tenantDb: TenantDb;
  let tenantId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    app = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    tenantDb = new TenantDb(app);
    tenantId = (await createTenantRow(admin)).id;
    // 41 rows; only 4 distinct instants (two a microsecond apart) and 3 distinct actions: ties everywhere.
    await admin.query(
      `INSERT INTO platform.audit_log (tenant_id, occurred_at, channel, record_type, record_id, action, changes)
       SELECT $1, (ARRAY['2026-01-01 00:00:00.000001+00', '2026-01-01 00:00:00.000002+00', '2026-01-02 00:00:00+00', '2026-01-03 00:00:00+00'])[1 + i % 4]::timestamptz,
              'system', CASE WHEN i % 5 = 0 THEN 'other' ELSE 'probe' END, 'r1', (ARRAY['create', 'edit', 'delete'])[1 + i % 3], '{}'
       FROM generate_series(1, 41) AS i`,
      [tenantId],
    );
  });

  afterAll(async () => {
    await app?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  const principal = () => systemPrincipal(tenantId);
  const query = () => tenantDb.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a');

  async function expectedOrder(orderSql: string, where = ''): Promise<string[]> {
    const rows = await admin.query(`SELECT id FROM platform.audit_log WHERE tenant_id = $1 ${where} ORDER BY ${orderSql}`, [tenantId]);
    return rows.map((r: { id: string }) => r.id);
  }

  async function walk(orderBy: SortColumn[], direction: 'forward' | 'backward', size: number, build = query) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const page = await tenantDb.asTenant(principal(), (em) =>
        paginate(build().setQueryRunner(em.queryRunner!), {
          orderBy,
          maxPageSize: MAX,
          ...(direction === 'forward' ? { first: size, after: cursor } : { last: size, before: cursor }),
        }),
      );
      const ids = page.edges.map((e) => e.node.id);
      if (direction === 'forward') seen.push(...ids);
      else seen.unshift(...ids);
      const more = direction === 'forward' ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
      if (!more) return { seen, total: page.totalCount };
      cursor = direction === 'forward' ? page.pageInfo.endCursor : page.pageInfo.startCursor;
    }
    throw new Error('paging never ended');
  }

  it('PLT-05 paging forwards over duplicate sort values visits every row exactly once, in order', async () => {
    const { seen, total } = await walk([{ column: 'occurredAt', direction: SortDirection.DESC }], 'forward', 4);
    expect(seen).toEqual(await expectedOrder('occurred_at DESC, id DESC'));
    expect(total).toBe(41);
  });

  it('PLT-05 paging backwards from the end visits every row exactly once, in the same order', async () => {
    const { seen } = await walk([{ column: 'occurredAt', direction: SortDirection.DESC }], 'backward', 3);
    expect(seen).toEqual(await expectedOrder('occurred_at DESC, id DESC'));
  });

  it('PLT-05 mixed directions over two tied columns page correctly both ways', async () => {
    const orderBy = [
      { column: 'action', direction: SortDirection.ASC },
      { column: 'occurredAt', direction: SortDirection.DESC },
    ];
    const expected = await expectedOrder('action ASC, occurred_at DESC, id DESC');
    expect((await walk(orderBy, 'forward', 5)).seen).toEqual(expected);
    expect((await walk(orderBy, 'backward', 7)).seen).toEqual(expected);
  });

  it('PLT-05 the caller’s OR conditions stay bracketed when the cursor condition is added', async () => {
    const filtered = () => query().where(`a.recordType = 'other' OR a.recordType = 'none'`);
    const { seen, total } = await walk([{ column: 'occurredAt', direction: SortDirection.ASC }], 'forward', 2, filtered);
    expect(seen).toEqual(await expectedOrder('occurred_at ASC, id ASC', `AND record_type = 'other'`));
    expect(total).toBe(8);
  });

  it('PLT-05 pageInfo of a middle page says there are rows on both sides', async () => {
    const orderBy = [{ column: 'occurredAt', direction: SortDirection.DESC }];
    const first = await tenantDb.asTenant(principal(), (em) => paginate(query().setQueryRunner(em.queryRunner!), { orderBy, maxPageSize: MAX, first: 10 }));
    const second = await tenantDb.asTenant(principal(), (em) =>
      paginate(query().setQueryRunner(em.queryRunner!), { orderBy, maxPageSize: MAX, first: 10, after: first.pageInfo.endCursor }),
    );
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(second.edges).toHaveLength(10);
  });

  it('PLT-05 a filter input narrows the list through its declared rules, skipping unset fields', async () => {
    const filter = { recordType: 'other', action: null, search: 'del' };
    const filtered = () =>
      applyFilter(query(), filter, {
        recordType: 'recordType',
        action: 'action',
        search: (qb, value, alias) => qb.andWhere(`${alias}.action LIKE :search`, { search: `${value}%` }),
      });
    const { seen } = await walk([{ column: 'occurredAt', direction: SortDirection.ASC }], 'forward', 50, filtered);
    expect(seen).toEqual(await expectedOrder('occurred_at ASC, id ASC', `AND record_type = 'other' AND action LIKE 'del%'`));
    expect(seen.length).toBeGreaterThan(0);
  });

  async function pagingError(options: Parameters<typeof paginate>[1]): Promise<unknown> {
    return tenantDb.asTenant(principal(), (em) => paginate(query().setQueryRunner(em.queryRunner!), options)).catch((e: unknown) => e);
  }

  it('PLT-05 asking for more than the maximum page size is refused naming first', async () => {
    const error = await pagingError({ orderBy: [], maxPageSize: MAX, first: MAX + 1 });
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'first' });
  });

  it('PLT-05 first and last together are refused', async () => {
    expect(await pagingError({ orderBy: [], maxPageSize: MAX, first: 2, last: 2 })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'last' });
  });

  it('PLT-05 a malformed or foreign cursor is refused naming after', async () => {
    expect(await pagingError({ orderBy: [], maxPageSize: MAX, first: 2, after: 'bm9wZQ' })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'after' });
    const byDate = await tenantDb.asTenant(principal(), (em) =>
      paginate(query().setQueryRunner(em.queryRunner!), { orderBy: [{ column: 'occurredAt', direction: SortDirection.ASC }], maxPageSize: MAX, first: 1 }),
    );
    const foreign = await pagingError({ orderBy: [{ column: 'action', direction: SortDirection.ASC }], maxPageSize: MAX, first: 2, after: byDate.pageInfo.endCursor });
    expect(foreign).toMatchObject({ code: 'VALIDATION_FAILED', field: 'after' });
  });

  it('PLT-05 sorting by a nullable column is refused rather than silently skipping rows', async () => {
    const error = await pagingError({ orderBy: [{ column: 'actorUserId', direction: SortDirection.ASC }], maxPageSize: MAX, first: 2 });
    expect(String(error)).toMatch(/nullable/);
  });
});
