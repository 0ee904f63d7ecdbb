import { DataSource, EntityManager } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import { createDataSource, createTenantRow, RequestContext, systemPrincipal, TenantDb } from '@crm/platform';
import { accountNameKeys } from '../domain/account-keys';
import { nameSearchText } from '../domain/search/name-search';
import { contactNameKeys } from '../domain/contacts/contact-name';
import { applyAccountFilter } from './account-filter';
import { applyContactFilter } from './contact-filter';
import { visibleAccounts } from './visible-accounts';
import { visibleContacts } from './visible-contacts';

/**
 * CUS-03 (ADR 0020, ADR 0021): under row-level security the name part of the lists' search is served by the
 * name_search trigram index, not a scan of the tenant's accounts or contacts, and finds what a
 * row-by-row check finds.
 */
describe('indexable name search (CUS-03)', () => {
  const ROWS = 20_000;
  let db: TestDatabase;
  let admin: DataSource;
  let tenantDb: TenantDb;
  let tenant: string;

  const principal = () => systemPrincipal(tenant, { channel: 'web' });
  const inTenant = <T>(fn: (em: EntityManager) => Promise<T>) =>
    RequestContext.run({ requestId: 'medium-test', principal: principal() }, () => tenantDb.transaction(fn));
  /** The accounts list's page query for a search, as the list builds it (filter, order, limit). */
  const accountPage = (em: EntityManager, search: string) =>
    applyAccountFilter(visibleAccounts(em, principal()), { search }).orderBy('a.name').addOrderBy('a.id').limit(51);
  const contactPage = (em: EntityManager, search: string) =>
    applyContactFilter(visibleContacts(em, principal()), { search }).orderBy('c.displayName').addOrderBy('c.id').limit(51);
  const plan = async (em: EntityManager, [sql, params]: [string, unknown[]]) => {
    const [row] = await em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
    return JSON.stringify(row['QUERY PLAN']);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    tenantDb = new TenantDb(await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize());
    tenant = (await createTenantRow(admin)).id;
    // many accounts and people whose names are two pseudo-random CJK characters (never 宏达) and a Latin word
    await admin.query(
      `INSERT INTO customers.account (tenant_id, kind, name, name_key, lifecycle_stage, version)
       SELECT $1, 'company', n, n, 'customer', 1 FROM (
         SELECT chr(19968 + (i * 37) % 3000) || chr(19968 + (i * 101) % 3000) || '贸易 ' || md5(i::text) || ' Trading' AS n FROM generate_series(1, $2::int) i) s`,
      [tenant, ROWS],
    );
    await admin.query(
      `INSERT INTO customers.contact (tenant_id, display_name, name_key, version)
       SELECT $1, n, n, 1 FROM (SELECT chr(19968 + (i * 37) % 3000) || chr(19968 + (i * 101) % 3000) || md5(i::text) AS n FROM generate_series(1, $2::int) i) s`,
      [tenant, ROWS],
    );
    for (const name of ['上海宏達貿易有限公司', 'Acmeglobex Systems Ltd']) {
      const keys = accountNameKeys('company', name);
      await admin.query(`INSERT INTO customers.account (tenant_id, kind, name, name_key, name_pinyin, version) VALUES ($1, 'company', $2, $3, $4, 1)`, [tenant, name, keys.nameKey, keys.namePinyin]);
    }
    const zhang = contactNameKeys('张伟');
    await admin.query(`INSERT INTO customers.contact (tenant_id, display_name, name_key, name_pinyin, version) VALUES ($1, '张伟', $2, $3, 1)`, [tenant, zhang.nameKey, zhang.namePinyin]);
    // as autovacuum would after a bulk load: statistics, and the GIN indexes' pending lists merged (a long
    // pending list is read in full by every index scan, and the planner prices it so)
    await admin.query('VACUUM ANALYZE customers.account');
    await admin.query('VACUUM ANALYZE customers.contact');
  }, 300_000);

  afterAll(async () => {
    await tenantDb?.dataSource.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  it('CUS-03 the trigger writes the form the application searches: name, key and pinyin, then each character with the next as a word', async () => {
    const [row] = await admin.query(`SELECT name_search FROM customers.account WHERE tenant_id = $1 AND name = '上海宏達貿易有限公司'`, [tenant]);
    expect(row.name_search).toBe(nameSearchText('上海宏達貿易有限公司', accountNameKeys('company', '上海宏達貿易有限公司').nameKey, 'shanghaihongdamaoyi'));
    expect(row.name_search).toContain('\n 上海 海宏 宏達 ');
    const [zhang] = await admin.query(`SELECT name_search FROM customers.contact WHERE tenant_id = $1 AND display_name = '张伟'`, [tenant]);
    expect(zhang.name_search).toBe(nameSearchText('张伟', contactNameKeys('张伟').nameKey, contactNameKeys('张伟').namePinyin));
    expect(zhang.name_search).toBe('张伟 weizhang zhangwei\n 张伟 伟   w we ei iz zh ha an ng g   z zh ha an ng gw we ei i');
  });

  it('CUS-03 a one-character, a two-character, a Latin and a pinyin fragment are looked up in the name_search index under RLS, with no scan of the accounts', async () => {
    for (const search of ['宏', '宏达', '宏達', 'meglob', 'hongda']) {
      const [names, explained] = await inTenant(async (em) => [
        (await accountPage(em, search).getMany()).map((a) => a.name),
        await plan(em, accountPage(em, search).getQueryAndParameters() as [string, unknown[]]),
      ]);
      expect([search, names]).toEqual([search, [search === 'meglob' ? 'Acmeglobex Systems Ltd' : '上海宏達貿易有限公司']]);
      expect([search, explained]).toEqual([search, expect.stringContaining('"Index Name":"ix_account_name_search"')]);
      expect([search, explained]).not.toEqual([search, expect.stringMatching(/"Node Type":"Seq Scan","Parallel Aware":(true|false),"Async Capable":(true|false),"Relation Name":"account"/)]);
    }
  });

  it('CUS-03 a contact name fragment (as typed, Traditional, or as pinyin) is looked up in the contacts name_search index', async () => {
    for (const search of ['张伟', '張偉', 'zhangwei', 'angwe']) {
      const [names, explained] = await inTenant(async (em) => [
        (await contactPage(em, search).getMany()).map((c) => c.displayName),
        await plan(em, contactPage(em, search).getQueryAndParameters() as [string, unknown[]]),
      ]);
      expect([search, names]).toEqual([search, ['张伟']]);
      expect([search, explained]).toEqual([search, expect.stringContaining('"Index Name":"ix_contact_name_search"')]);
      expect([search, explained]).not.toEqual([search, expect.stringMatching(/"Node Type":"Seq Scan","Parallel Aware":(true|false),"Async Capable":(true|false),"Relation Name":"contact"/)]);
    }
  });

  it('CUS-03 the index finds what a row-by-row check finds, one character and punctuation included', async () => {
    const [sample] = await admin.query(`SELECT name FROM customers.account WHERE tenant_id = $1 AND name LIKE '%Trading' ORDER BY name LIMIT 1 OFFSET 777`, [tenant]);
    const cjk = Array.from(sample.name as string);
    for (const search of [cjk[0], cjk.slice(0, 2).join(''), `${cjk[1]}贸易`, 'ab1', '3f', 'e', '9', '贸', '.']) {
      const found = await inTenant(async (em) => (await accountPage(em, search).getMany()).map((a) => a.name));
      const expected = await admin.query(
        `SELECT name FROM customers.account WHERE tenant_id = $1 AND strpos(lower(replace(name, ' ', '')), $2) > 0 ORDER BY name, id LIMIT 51`,
        [tenant, search],
      );
      expect([search, found]).toEqual([search, expected.map((r: { name: string }) => r.name)]);
    }
  });
});
