import request from 'supertest';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { DEFAULT_PROTECTED_ACCOUNT_FIELDS } from '@crm/customers';
import { createTenantRow, createTestUser, UserEntity } from '@crm/platform';
import { ApiHarness } from '../testing/api-harness';
import { ImportHarness } from '../testing/import-harness';

jest.setTimeout(90_000);

const JOB = `query($id: ID!) { importJob(id: $id) {
  id status totalRows processedRows createdRows updatedRows skippedRows failedRows progress error errorReportPath
} }`;
const JOBS = `query { customerImportJobs(first: 50) { edges { node { id } } } }`;

interface JobView {
  id: string;
  status: string;
  totalRows: number | null;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  skippedRows: number;
  failedRows: number;
  progress: number;
  error: string | null;
  errorReportPath: string;
}

describe('customer CSV import (CUS-04, CUS-07, DQ-02, ACC-01, ACC-05)', () => {
  let imports: ImportHarness;
  let api: ApiHarness;
  let admin: string;

  const upload = (csv: string, fields: Record<string, string> = {}, token = admin, fileName = 'customers.csv') => imports.upload(token, csv, fields, fileName);
  const jobOf = async (id: string, token = admin) => api.gql<{ importJob: JobView }>(JOB, { id }, token);
  const finished = (id: string) => imports.finished<JobView>(JOB, id, admin);
  const report = (id: string, token = admin) => imports.report(id, token);
  const countByName = (name: string) => imports.countAccountsNamed(name);

  beforeAll(async () => {
    imports = await ImportHarness.start({ IMPORT_BATCH_SIZE: 2 });
    api = imports.api;
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
  });

  afterAll(async () => {
    await imports?.stop();
  });

  it('CUS-04 a CSV with Chinese headers imports its good rows through the queue; a bad row is reported by row number and field and nothing of it is saved', async () => {
    const csv = [
      '客户名称,联系人,手机,邮箱,邮编,备注',
      '杭州远山茶叶有限公司,王五,139 1234 0001,a@import-a.cn,310000,第一行',
      '宁夏枸杞贸易有限公司,赵六,12,b@import-b.cn,310000,坏手机号',
      '深圳光明电子有限公司,钱七,13912340003,c@import-c.cn,310000,第三行',
    ].join('\r\n');
    const res = await upload(csv);
    expect(res.status).toBe(201);
    expect(res.body.suggestedMapping).toEqual({ 0: 'name', 1: 'contactName', 2: 'mobile', 3: 'email', 4: 'postcode', 5: 'notes' });

    const job = await finished(res.body.id);
    expect(job).toMatchObject({ status: 'COMPLETED', totalRows: 3, processedRows: 3, createdRows: 2, failedRows: 1, skippedRows: 0, progress: 1 });

    expect(await countByName('杭州远山茶叶有限公司')).toBe(1);
    expect(await countByName('深圳光明电子有限公司')).toBe(1);
    expect(await countByName('宁夏枸杞贸易有限公司')).toBe(0);
    expect(await api.admin.query(`SELECT 1 FROM customers.contact_point WHERE normalized = 'b@import-b.cn'`)).toEqual([]);
    const [point] = await api.admin.query(
      `SELECT cp.normalized FROM customers.contact_point cp JOIN customers.account a ON a.id = cp.party_id WHERE a.name = '杭州远山茶叶有限公司' AND cp.kind = 'mobile'`,
    );
    expect(point.normalized).toBe('+8613912340001');
    const [audit] = await api.admin.query(
      `SELECT l.channel FROM platform.audit_log l JOIN customers.account a ON a.id::text = l.record_id WHERE a.name = '杭州远山茶叶有限公司' AND l.action = 'create'`,
    );
    expect(audit.channel).toBe('import');

    const errors = await report(job.id);
    expect(errors.status).toBe(200);
    expect(errors.type).toMatch(/^text\/csv/);
    expect(errors.rows[0]).toEqual(['row', 'outcome', 'field', 'message', '客户名称', '联系人', '手机', '邮箱', '邮编', '备注']);
    expect(errors.rows.slice(1)).toEqual([['2', 'failed', 'mobile', expect.any(String), '宁夏枸杞贸易有限公司', '赵六', '12', 'b@import-b.cn', '310000', '坏手机号']]);
  });

  it('DQ-02 a row duplicating an existing customer is skipped under skip, created under create, and fills empty fields under update', async () => {
    const existing = await api.gql<{ createAccount: { account: { id: string } } }>(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
      { input: { kind: 'COMPANY', name: '宁波重复测试有限公司', contactPoints: [{ kind: 'MOBILE', value: '13712345678' }] } },
      admin,
    );
    expect(existing.errors).toBeUndefined();
    const csv = '公司名称,手机,行业\n宁波重复测试有限公司,137-1234-5678,制造业\n';

    const skipped = await finished((await upload(csv, { duplicatePolicy: 'skip' })).body.id);
    expect(skipped).toMatchObject({ status: 'COMPLETED', skippedRows: 1, createdRows: 0 });
    expect(await countByName('宁波重复测试有限公司')).toBe(1);
    const note = await report(skipped.id);
    expect(note.rows[1].slice(0, 3)).toEqual(['1', 'skipped', 'name']);
    expect(note.rows[1][3]).toContain('宁波重复测试有限公司');

    const updated = await finished((await upload(csv, { duplicatePolicy: 'update' })).body.id);
    expect(updated).toMatchObject({ status: 'COMPLETED', updatedRows: 1, createdRows: 0 });
    const [row] = await api.admin.query('SELECT industry FROM customers.account WHERE id = $1', [existing.data!.createAccount.account.id]);
    expect(row.industry).toBe('制造业');
    expect(await countByName('宁波重复测试有限公司')).toBe(1);

    const created = await finished((await upload(csv, { duplicatePolicy: 'create' })).body.id);
    expect(created).toMatchObject({ status: 'COMPLETED', createdRows: 1, skippedRows: 0 });
    expect(await countByName('宁波重复测试有限公司')).toBe(2);
  });

  it('DQ-02 ACC-01 a rep’s skip report names a duplicate customer they may see and, as the duplicate check does, one they may not see flagged as hidden, with no id', async () => {
    const repOf = async () => {
      const user = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create'], dataScope: 'own' });
      return api.signIn(DEMO_TENANT.slug, user.user.email, user.password);
    };
    const [rep, otherRep] = [await repOf(), await repOf()];
    const create = async (name: string, mobile: string, token: string) => {
      const res = await api.gql<{ createAccount: { account: { id: string } } }>(
        `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
        { input: { kind: 'COMPANY', name, contactPoints: [{ kind: 'MOBILE', value: mobile }] } },
        token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.createAccount.account.id;
    };
    const visibleId = await create('报告可见重复有限公司', '13712340011', rep);
    const hiddenId = await create('报告隐藏重复有限公司', '13712340012', otherRep);

    // rows named otherwise, each a duplicate only by its mobile: the names in the report are the existing records'
    const csv = '客户名称,手机\n报告甲行有限公司,13712340011\n报告乙行有限公司,13712340012\n';
    const job = await imports.finished<JobView>(JOB, (await upload(csv, { duplicatePolicy: 'skip' }, rep)).body.id, rep);
    expect(job).toMatchObject({ status: 'COMPLETED', skippedRows: 2, createdRows: 0 });
    const { rows } = await report(job.id, rep);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['1', 'skipped', 'name', 'duplicates existing customer "报告可见重复有限公司" (SAME_PHONE); skipped'],
      ['2', 'skipped', 'name', 'duplicates "报告隐藏重复有限公司" (SAME_PHONE), a customer you may not see (ask its owner); skipped'],
    ]);
    const text = JSON.stringify(rows);
    expect(text).not.toContain(hiddenId);
    expect(text).not.toContain(visibleId);
    expect(await countByName('报告甲行有限公司')).toBe(0);
    expect(await countByName('报告乙行有限公司')).toBe(0);
  });

  it('CUS-07 CUS-04 DQ-05 value columns: amounts stored as Money with the tier the tenant rules give (as createAccount), "未知" as unknown, a bad value row refused naming its field; update fills a missing value and its tier', async () => {
    // rules written straight to the settings, so no recompute job runs: each tier below is the import's own
    const rules = { currency: 'CNY', thresholds: [{ tier: 'Gold', minMinor: '100000000' }, { tier: 'Silver', minMinor: '10000000' }, { tier: 'Bronze', minMinor: '0' }] };
    await api.admin.query(
      `INSERT INTO customers.settings (tenant_id, protected_account_fields, tier_rules) VALUES ($1, $2, $3::jsonb) ON CONFLICT (tenant_id) DO UPDATE SET tier_rules = EXCLUDED.tier_rules`,
      [api.demoTenantId, [...DEFAULT_PROTECTED_ACCOUNT_FIELDS], JSON.stringify(rules)],
    );
    const csv = [
      '客户名称,客户价值,币种',
      '价值甲有限公司,"1,500,000",',
      '价值乙有限公司,50000,usd',
      '价值丙有限公司,很多,',
      '价值丁有限公司,,USD',
      '价值戊有限公司,未知,',
      '价值己有限公司,200000.5,人民币',
      '价值庚有限公司,-5,CNY',
    ].join('\n');
    const res = await upload(csv);
    expect(res.status).toBe(201);
    expect(res.body.suggestedMapping).toEqual({ 0: 'name', 1: 'valueAmount', 2: 'valueCurrency' });
    const job = await finished(res.body.id);
    expect(job).toMatchObject({ status: 'COMPLETED', createdRows: 4, failedRows: 3 });

    const stored = async (name: string) =>
      (await api.admin.query(`SELECT id, value_minor, value_currency, tier, unknown_fields FROM customers.account WHERE name = $1`, [name]))[0] as
        | { id: string; value_minor: string | null; value_currency: string | null; tier: string | null; unknown_fields: string[] }
        | undefined;
    expect(await stored('价值甲有限公司')).toMatchObject({ value_minor: '150000000', value_currency: 'CNY', tier: 'Gold', unknown_fields: [] });
    // no exchange rates: a value in another currency than the rules' earns no tier, as on createAccount
    expect(await stored('价值乙有限公司')).toMatchObject({ value_minor: '5000000', value_currency: 'USD', tier: null });
    expect(await stored('价值戊有限公司')).toMatchObject({ value_minor: null, value_currency: null, tier: null, unknown_fields: ['value'] });
    expect(await stored('价值己有限公司')).toMatchObject({ value_minor: '20000050', value_currency: 'CNY', tier: 'Silver' });
    for (const name of ['价值丙有限公司', '价值丁有限公司', '价值庚有限公司']) expect(await countByName(name)).toBe(0);

    // the same value through the form gives the same tier
    const viaForm = await api.gql<{ createAccount: { account: { tier: string | null } } }>(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { tier } } }`,
      { input: { kind: 'COMPANY', name: '价值表单对照有限公司', value: { amountMinor: '20000050', currency: 'CNY' } } },
      admin,
    );
    expect(viaForm.data!.createAccount.account.tier).toBe('Silver');

    const { rows } = await report(job.id);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['3', 'failed', 'valueAmount'],
      ['4', 'failed', 'valueCurrency'],
      ['7', 'failed', 'valueAmount'],
    ]);
    expect(rows[3][3]).toContain('negative');

    // audited as the account form audits a value (createAccount's snapshot: minor units as text, currency, tier)
    const afterOf = (changes: Record<string, { before: unknown; after: unknown }>) => Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.after]));
    const beforeOf = (changes: Record<string, { before: unknown; after: unknown }>) => Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.before]));
    const [created] = await api.admin.query(`SELECT changes FROM platform.audit_log WHERE record_id = $1 AND action = 'create'`, [(await stored('价值甲有限公司'))!.id]);
    expect(afterOf(created.changes)).toMatchObject({ valueMinor: '150000000', valueCurrency: 'CNY', tier: 'Gold' });
    const [unknown] = await api.admin.query(`SELECT changes FROM platform.audit_log WHERE record_id = $1 AND action = 'create'`, [(await stored('价值戊有限公司'))!.id]);
    expect(afterOf(unknown.changes)).toMatchObject({ unknownFields: ['value'] });

    // update: a customer without a value takes the row's and its tier; one with a value keeps it
    const create = async (name: string, mobile: string, value?: { amountMinor: string; currency: string }) =>
      (
        await api.gql<{ createAccount: { account: { id: string } } }>(
          `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
          { input: { kind: 'COMPANY', name, value, contactPoints: [{ kind: 'MOBILE', value: mobile }] } },
          admin,
        )
      ).data!.createAccount.account.id;
    const empty = await create('价值待补有限公司', '13712349001');
    const valued = await create('价值已有有限公司', '13712349002', { amountMinor: '30000', currency: 'CNY' });
    const fill = await finished(
      (await upload('客户名称,手机,客户价值\n价值待补有限公司,13712349001,2000000\n价值已有有限公司,13712349002,2000000\n', { duplicatePolicy: 'update' })).body.id,
    );
    expect(fill).toMatchObject({ status: 'COMPLETED', updatedRows: 2, createdRows: 0, failedRows: 0 });
    const valueOf = async (id: string) => (await api.admin.query(`SELECT value_minor, value_currency, tier FROM customers.account WHERE id = $1`, [id]))[0];
    expect(await valueOf(empty)).toEqual({ value_minor: '200000000', value_currency: 'CNY', tier: 'Gold' });
    expect(await valueOf(valued)).toEqual({ value_minor: '30000', value_currency: 'CNY', tier: 'Bronze' });
    const [filled] = await api.admin.query(`SELECT changes FROM platform.audit_log WHERE record_id = $1 AND action = 'update'`, [empty]);
    expect(beforeOf(filled.changes)).toEqual({ valueMinor: null, valueCurrency: null, tier: null });
    expect(afterOf(filled.changes)).toEqual({ valueMinor: '200000000', valueCurrency: 'CNY', tier: 'Gold' });
  });

  it('CUS-04 a job interrupted after some rows and run again resumes after the last committed row and duplicates nothing', async () => {
    const names = ['北京长城软件有限公司', '厦门鼓浪屿食品有限公司', '成都熊猫物流有限公司', '西安古都建材有限公司', '青岛海风啤酒有限公司'];
    const csv = `客户名称\n${names.join('\n')}\n`;
    const [user] = await api.admin.getRepository(UserEntity).findBy({ tenantId: api.demoTenantId, email: DEMO_ADMIN.email });
    // a job row and its stored file, not enqueued: this test drives the handler itself
    const job = await imports.storeJob(csv, { createdById: user.id, fileName: 'resume.csv', headers: ['客户名称'], mapping: { 0: 'name' }, duplicatePolicy: 'skip' });

    // the process "dies" while writing row 4 (second row of the second batch of two)
    await api.admin.query(`
      CREATE FUNCTION public.test_import_crash() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = '西安古都建材有限公司' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_import_crash BEFORE INSERT ON customers.account FOR EACH ROW EXECUTE FUNCTION public.test_import_crash();`);
    const { handler } = imports;
    await expect(handler.run(api.demoTenantId, job.id)).rejects.toThrow(/simulated crash/);

    const [midway] = await api.admin.query('SELECT status, processed_rows, created_rows FROM customers.import_job WHERE id = $1', [job.id]);
    expect(midway).toEqual({ status: 'running', processed_rows: 2, created_rows: 2 });
    expect(await Promise.all(names.map(countByName))).toEqual([1, 1, 0, 0, 0]); // row 3 went back with its batch

    await api.admin.query('DROP TRIGGER test_import_crash ON customers.account; DROP FUNCTION public.test_import_crash();');
    await expect(handler.run(api.demoTenantId, job.id)).resolves.toBe('completed');
    expect(await Promise.all(names.map(countByName))).toEqual([1, 1, 1, 1, 1]);
    const [done] = await api.admin.query('SELECT status, processed_rows, created_rows, skipped_rows FROM customers.import_job WHERE id = $1', [job.id]);
    expect(done).toEqual({ status: 'completed', processed_rows: 5, created_rows: 5, skipped_rows: 0 });
    await expect(handler.run(api.demoTenantId, job.id)).resolves.toBe('already-finished');
  });

  it('ACC-05 ACC-01 another tenant, or another user without customer admin, cannot read an import job or its error report (404)', async () => {
    const res = await upload('客户名称,手机\n隔离测试有限公司,12\n');
    const job = await finished(res.body.id);

    const other = await createTenantRow(api.admin);
    const otherAdmin = await createTestUser(api.appDs, other.id, { permissions: ['*:*'] });
    const otherToken = await api.signIn(other.slug, otherAdmin.user.email, otherAdmin.password);
    const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create'], dataScope: 'own' });
    const repToken = await api.signIn(DEMO_TENANT.slug, rep.user.email, rep.password);

    for (const token of [otherToken, repToken]) {
      const read = await jobOf(job.id, token);
      expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await report(job.id, token)).status).toBe(404);
      const list = await api.gql<{ customerImportJobs: { edges: { node: { id: string } }[] } }>(JOBS, {}, token);
      expect(list.data!.customerImportJobs.edges.map((e) => e.node.id)).not.toContain(job.id);
    }
    expect((await report(job.id)).rows).toHaveLength(2);
  });

  it('CUS-04 an upload is refused without customer:create (403), with update policy but no customer:edit (403), and with a bad mapping naming the field', async () => {
    const viewer = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view'] });
    const viewerToken = await api.signIn(DEMO_TENANT.slug, viewer.user.email, viewer.password);
    const creator = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create'] });
    const creatorToken = await api.signIn(DEMO_TENANT.slug, creator.user.email, creator.password);
    const before = Number((await api.admin.query('SELECT count(*) AS n FROM customers.import_job'))[0].n);

    expect((await upload('客户名称\n甲\n', {}, viewerToken)).status).toBe(403);
    expect((await upload('客户名称\n甲\n', { duplicatePolicy: 'update' }, creatorToken)).status).toBe(403);
    const bad = await upload('客户名称,电话\n甲,1\n', { mapping: JSON.stringify({ 1: 'phone' }) });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('mapping');
    const noFile = await request(api.app.getHttpServer()).post('/api/customers/imports').set('authorization', `Bearer ${admin}`).field('duplicatePolicy', 'skip');
    expect(noFile.status).toBe(400);
    expect(noFile.body.field).toBe('file');
    const anonymous = await request(api.app.getHttpServer()).post('/api/customers/imports').attach('file', Buffer.from('客户名称\n甲\n'), 'a.csv');
    expect(anonymous.status).toBe(401);
    expect(Number((await api.admin.query('SELECT count(*) AS n FROM customers.import_job'))[0].n)).toBe(before);
  });
});
