import { DataSource, EntityManager } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import { createDataSource, createTenantRow, RequestContext, systemPrincipal, TenantDb } from '@crm/platform';
import { filteredLibrary } from './library.service';

/**
 * CUS-08 (ADR 0016): under row-level security the library's search words are looked up in the
 * search_text trigram index, not a scan of the tenant's documents, and find what a row-by-row ILIKE finds.
 */
describe('indexable library search (CUS-08)', () => {
  const ROWS = 20_000;
  let db: TestDatabase;
  let admin: DataSource;
  let tenantDb: TenantDb;
  let tenant: string;
  let other: string;

  const inTenant = <T>(tenantId: string, fn: (em: EntityManager) => Promise<T>) =>
    RequestContext.run({ requestId: 'medium-test', principal: systemPrincipal(tenantId, { channel: 'web' }) }, () => tenantDb.transaction(fn));
  /** The library list's query for a search, as the list builds it, by title. */
  const page = (em: EntityManager, search: string) => filteredLibrary(em, { search }).orderBy('l.title').addOrderBy('l.id').limit(51);
  const plan = async (em: EntityManager, search: string) => {
    const [sql, params] = page(em, search).getQueryAndParameters();
    const [row] = await em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return JSON.stringify(row['QUERY PLAN']);
  };
  const insert = (tenantId: string, title: string, fileName: string, description: string | null, tags: string[]) =>
    admin.query(
      `INSERT INTO customers.library_document (tenant_id, title, tags, description, file_name, content_type, size_bytes, checksum, storage_key)
       VALUES ($1, $2, $3, $4, $5, 'application/pdf', 1, 'x', 'k')`,
      [tenantId, title, tags, description, fileName],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    tenantDb = new TenantDb(await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize());
    tenant = (await createTenantRow(admin)).id;
    other = (await createTenantRow(admin)).id;
    // many documents whose title, file name, description and tags are pseudo-random (never 价格 nor "pricelist")
    await admin.query(
      `INSERT INTO customers.library_document (tenant_id, title, tags, description, file_name, content_type, size_bytes, checksum, storage_key)
       SELECT $1, chr(19968 + (i * 37) % 3000) || chr(19968 + (i * 101) % 3000) || '资料 ' || md5(i::text), ARRAY['t' || (i % 50)],
              CASE WHEN i % 3 = 0 THEN NULL ELSE 'Sheet ' || md5((i * 7)::text) END, md5((i * 13)::text) || '.pdf', 'application/pdf', 1, 'x', 'k'
         FROM generate_series(1, $2::int) i`,
      [tenant, ROWS],
    );
    await insert(tenant, '2026 产品价格表', 'Pricelist-2026.xlsx', 'Dealer prices, all regions', ['报价']);
    await insert(tenant, 'Installation guide', 'install.pdf', null, ['Service Manual']);
    await insert(other, '他租户价格表', 'pricelist-other.xlsx', null, []);
    // as autovacuum would after a bulk load: statistics, and the GIN index's pending list merged
    await admin.query('VACUUM ANALYZE customers.library_document');
  }, 300_000);

  afterAll(async () => {
    await tenantDb?.dataSource.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  it('CUS-08 the trigger keeps every field in the search form, one per line, and the backfill filled the rows', async () => {
    const [row] = await admin.query(`SELECT search_text FROM customers.library_document WHERE tenant_id = $1 AND title = 'Installation guide'`, [tenant]);
    expect(row.search_text).toBe('iinnssttaallllaattiioonngguuiiddee\niinnssttaallll..ppddff\n\nsseerrvviicceemmaannuuaall');
    await admin.query(`UPDATE customers.library_document SET tags = '{Manual}' WHERE tenant_id = $1 AND title = 'Installation guide'`, [tenant]);
    const [updated] = await admin.query(`SELECT search_text FROM customers.library_document WHERE tenant_id = $1 AND title = 'Installation guide'`, [tenant]);
    expect(updated.search_text.split('\n').at(-1)).toBe('mmaannuuaall');
    const [{ missing }] = await admin.query(`SELECT count(*)::int AS missing FROM customers.library_document WHERE search_text IS NULL OR search_text = ''`);
    expect(missing).toBe(0);
  });

  it('CUS-08 a two-character, a Latin, a file-name and a tag word are looked up in the library search index under RLS, with no scan of the documents', async () => {
    for (const [search, titles] of [
      ['价格', ['2026 产品价格表']],
      ['pricelist', ['2026 产品价格表']],
      ['dealer PRICES', ['2026 产品价格表']],
      ['报价', ['2026 产品价格表']],
      ['guide install.pdf', ['Installation guide']],
    ] as const) {
      const [found, explained] = await inTenant(tenant, async (em) => [(await page(em, search).getMany()).map((d) => d.title), await plan(em, search)]);
      expect([search, found]).toEqual([search, titles]);
      expect([search, explained]).toEqual([search, expect.stringContaining('"Index Name":"ix_library_document_search"')]);
      expect([search, explained]).not.toEqual([search, expect.stringMatching(/"Node Type":"Seq Scan","Parallel Aware":(true|false),"Async Capable":(true|false),"Relation Name":"library_document"/)]);
    }
    // the other tenant's price list is its own
    expect(await inTenant(other, async (em) => (await page(em, '价格').getMany()).map((d) => d.title))).toEqual(['他租户价格表']);
  });

  it('CUS-08 the index finds what a row-by-row ILIKE of each field finds; words never match across a space or two fields', async () => {
    const [sample] = await admin.query(`SELECT title FROM customers.library_document WHERE tenant_id = $1 AND title LIKE '%资料 %' ORDER BY title LIMIT 1 OFFSET 777`, [tenant]);
    const cjk = Array.from(sample.title as string);
    for (const search of [cjk[0], cjk.slice(0, 2).join(''), `${cjk[1]}资料`, 'ab1', '3f', 'e', 'sheet 9', 't4', '料 ', '资料a', 'guideinstall', 'idein']) {
      const found = await inTenant(tenant, async (em) => (await page(em, search).getMany()).map((d) => d.id));
      const words = search.trim().split(/\s+/).filter(Boolean);
      const expected = await admin.query(
        `SELECT id FROM customers.library_document d WHERE tenant_id = $1
            AND (SELECT bool_and(title ILIKE '%' || w || '%' OR file_name ILIKE '%' || w || '%' OR coalesce(description, '') ILIKE '%' || w || '%'
                                 OR EXISTS (SELECT 1 FROM unnest(d.tags) t WHERE t ILIKE '%' || w || '%')) FROM unnest($2::text[]) w)
          ORDER BY title, id LIMIT 51`,
        [tenant, words],
      );
      expect([search, found]).toEqual([search, expected.map((r: { id: string }) => r.id)]);
    }
  });
});
