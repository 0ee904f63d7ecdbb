import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { type DuplicatePolicy, type ImportJobHandler } from '@crm/customers';
import { createTestUser, UserEntity, type EventMap } from '@crm/platform';
import { ApiHarness } from '../testing/api-harness';
import { ImportHarness } from '../testing/import-harness';

jest.setTimeout(90_000);

/** Rows per batch in these tests: small, so a few rows span several batches. */
const BATCH = 3;

/**
 * The set-wise write path of CUS-04 imports (ADR 0009): each batch of rows is looked up and written with
 * one statement per table, yet a row stays all-or-nothing, duplicates inside the file are found, the
 * update policy fills only what the importer may see, and a killed job resumes after its last batch.
 */
describe('customer import batches (CUS-04, DQ-02, ACC-01, ACC-02)', () => {
  let imports: ImportHarness;
  let api: ApiHarness;
  let admin: string;
  let adminId: string;
  let handler: ImportJobHandler;

  const countByName = (name: string) => imports.countAccountsNamed(name);
  const jobRow = async (id: string) =>
    (
      await api.admin.query(
        'SELECT status, processed_rows, created_rows, updated_rows, skipped_rows, failed_rows FROM customers.import_job WHERE id = $1',
        [id],
      )
    )[0];
  const rowErrors = async (id: string): Promise<{ row_number: number; outcome: string; problems: { field: string; message: string }[] }[]> =>
    api.admin.query('SELECT row_number, outcome, problems FROM customers.import_row_error WHERE job_id = $1 ORDER BY row_number', [id]);

  /** A job row and its stored file, not enqueued: the test drives the handler itself. */
  const storeJob = (csv: string, mapping: Record<number, string>, policy: DuplicatePolicy = 'skip', createdById = adminId) =>
    imports.storeJob(csv, { createdById, fileName: 'batch.csv', mapping: mapping as never, duplicatePolicy: policy });
  /** The `customer.accounts.imported` events of a job, in the order written (one per batch that created something). */
  const importedEvents = async (jobId: string): Promise<EventMap['customer.accounts.imported'][]> =>
    (
      await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.accounts.imported' AND aggregate_id = $1 ORDER BY occurred_at, id`, [jobId])
    ).map((r: { payload: EventMap['customer.accounts.imported'] }) => r.payload);
  const createAccount = async (token: string, name: string, mobile: string) => {
    const res = await api.gql<{ createAccount: { account: { id: string } } }>(
      `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
      { input: { kind: 'COMPANY', name, contactPoints: [{ kind: 'MOBILE', value: mobile }] } },
      token,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account.id;
  };

  beforeAll(async () => {
    imports = await ImportHarness.start({ IMPORT_BATCH_SIZE: BATCH }, 'crm-import-batch-');
    api = imports.api;
    handler = imports.handler;
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    [{ id: adminId }] = await api.admin.getRepository(UserEntity).findBy({ tenantId: api.demoTenantId, email: DEMO_ADMIN.email });
  });

  afterAll(async () => {
    await imports?.stop();
  });

  it('CUS-04 a bad row among good ones in one batch is reported by field and nothing of it is saved; the others are saved with contact points, audit and event', async () => {
    const csv = ['名称,手机,邮编', '批量甲贸易有限公司,13900000101,310000', '批量乙贸易有限公司,13900000102,12', '批量丙贸易有限公司,13900000103,310000', ''].join('\n');
    const job = await storeJob(csv, { 0: 'name', 1: 'mobile', 2: 'postcode' });
    await expect(handler.run(api.demoTenantId, job.id)).resolves.toBe('completed');

    expect(await jobRow(job.id)).toEqual({ status: 'completed', processed_rows: 3, created_rows: 2, updated_rows: 0, skipped_rows: 0, failed_rows: 1 });
    expect(await Promise.all(['批量甲贸易有限公司', '批量乙贸易有限公司', '批量丙贸易有限公司'].map(countByName))).toEqual([1, 0, 1]);
    expect(await api.admin.query(`SELECT 1 FROM customers.contact_point WHERE normalized = '+8613900000102'`)).toEqual([]);
    expect(await rowErrors(job.id)).toEqual([{ row_number: 2, outcome: 'failed', problems: [{ field: 'postcode', message: expect.stringContaining('postcode') }] }]);

    const [saved] = await api.admin.query(
      `SELECT a.id, a.owner_id, a.created_by_id, a.version, cp.normalized, cp.kind
       FROM customers.account a JOIN customers.contact_point cp ON cp.party_type = 'account' AND cp.party_id = a.id WHERE a.name = '批量甲贸易有限公司'`,
    );
    expect(saved).toMatchObject({ owner_id: adminId, created_by_id: adminId, version: 1, normalized: '+8613900000101', kind: 'mobile' });
    const audit = await api.admin.query(`SELECT action, channel, actor_user_id, changes FROM platform.audit_log WHERE record_type = 'customer' AND record_id = $1`, [saved.id]);
    expect(audit).toEqual([
      { action: 'create', channel: 'import', actor_user_id: adminId, changes: expect.objectContaining({ name: { before: null, after: '批量甲贸易有限公司' }, contactPoints: { before: null, after: ['mobile:+8613900000101'] } }) },
    ]);
    // one event for the batch (ADR 0009), carrying each customer it created
    expect(await importedEvents(job.id)).toEqual([{ importJobId: job.id, accounts: expect.arrayContaining([{ accountId: saved.id, kind: 'company', ownerId: adminId }]), contacts: [] }]);
    expect((await importedEvents(job.id))[0].accounts).toHaveLength(2);
    expect(await api.admin.query(`SELECT 1 FROM platform.outbox_event WHERE aggregate_id = $1`, [saved.id])).toEqual([]);
  });

  it('CUS-04 DQ-02 a file repeating its own customers (same mobile, e-mail or company name, in one batch and across batches) creates each once and reports the repeats by the first row', async () => {
    const csv = [
      '名称,手机,邮箱',
      '文件内甲有限公司,13900000201,',
      '另一个名字有限公司,139 0000 0201,', // same mobile as row 1, same batch
      '文件内乙有限公司,,dup-b@file.example.cn',
      '文件内乙股份有限公司,,', // same company name key as row 3 (legal suffix differs), next batch
      '王小明,,DUP-B@file.example.cn', // same e-mail as row 3, other batch
      '文件内丙有限公司,13900000203,',
      '',
    ].join('\n');
    const job = await storeJob(csv, { 0: 'name', 1: 'mobile', 2: 'email' });
    await expect(handler.run(api.demoTenantId, job.id)).resolves.toBe('completed');
    expect(await jobRow(job.id)).toMatchObject({ processed_rows: 6, created_rows: 3, skipped_rows: 3, failed_rows: 0 });
    expect(await Promise.all(['文件内甲有限公司', '另一个名字有限公司', '文件内乙有限公司', '文件内乙股份有限公司', '王小明', '文件内丙有限公司'].map(countByName))).toEqual([1, 0, 1, 0, 0, 1]);
    const skipped = await rowErrors(job.id);
    expect(skipped.map((r) => [r.row_number, r.outcome, r.problems[0].field])).toEqual([
      [2, 'skipped', 'name'],
      [4, 'skipped', 'name'],
      [5, 'skipped', 'name'],
    ]);
    // in the same batch the first row is named as a row of this file; in a later batch it is an existing customer
    expect(skipped[0].problems[0].message).toMatch(/row 1 of this file.*文件内甲有限公司.*SAME_PHONE/);
    expect(skipped[1].problems[0].message).toMatch(/文件内乙有限公司.*SAME_COMPANY_NAME/);
    expect(skipped[2].problems[0].message).toMatch(/文件内乙有限公司.*SAME_EMAIL/);
  });

  it('DQ-02 ACC-01 under the update policy a rep fills empty fields of their own customer (and of a customer created earlier in the same batch), and skips, never changes, a customer they may not see', async () => {
    const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'customer:edit'], dataScope: 'own' });
    const repToken = await api.signIn(DEMO_TENANT.slug, rep.user.email, rep.password);
    const own = await createAccount(repToken, '更新自己的有限公司', '13900000301');
    const foreign = await createAccount(admin, '别人的客户有限公司', '13900000302');
    const csv = [
      '名称,手机,行业,邮箱',
      '同批新建有限公司,13900000303,,',
      '同批新建有限公司,,物流,new@update.example.cn', // fills the customer row 1 creates, same batch
      '更新自己的有限公司,13900000301,制造业,own@update.example.cn',
      '别人的客户有限公司,13900000302,零售,',
      '',
    ].join('\n');
    const job = await storeJob(csv, { 0: 'name', 1: 'mobile', 2: 'industry', 3: 'email' }, 'update', rep.user.id);
    await expect(handler.run(api.demoTenantId, job.id)).resolves.toBe('completed');
    expect(await jobRow(job.id)).toMatchObject({ processed_rows: 4, created_rows: 1, updated_rows: 2, skipped_rows: 1 });

    const [mine] = await api.admin.query('SELECT industry, version FROM customers.account WHERE id = $1', [own]);
    expect(mine).toEqual({ industry: '制造业', version: 2 });
    const points = await api.admin.query(`SELECT kind, normalized FROM customers.contact_point WHERE party_id = $1 ORDER BY kind`, [own]);
    expect(points).toEqual([
      { kind: 'email', normalized: 'own@update.example.cn' },
      { kind: 'mobile', normalized: '+8613900000301' },
    ]);
    const [update] = await api.admin.query(`SELECT changes FROM platform.audit_log WHERE record_id = $1 AND action = 'update'`, [own]);
    expect(update.changes).toMatchObject({ industry: { before: null, after: '制造业' }, contactPoints: { after: ['email:own@update.example.cn'] } });

    const [theirs] = await api.admin.query('SELECT industry, version FROM customers.account WHERE id = $1', [foreign]);
    expect(theirs).toEqual({ industry: null, version: 1 });
    const [skipped] = await rowErrors(job.id);
    expect(skipped).toMatchObject({ row_number: 4, outcome: 'skipped' });
    expect(skipped.problems[0].message).toMatch(/may not see/);

    const [created] = await api.admin.query(`SELECT id, industry, owner_id FROM customers.account WHERE name = '同批新建有限公司'`);
    expect(created).toMatchObject({ industry: '物流', owner_id: rep.user.id });
    expect(await api.admin.query(`SELECT normalized FROM customers.contact_point WHERE party_id = $1 ORDER BY normalized`, [created.id])).toEqual([
      { normalized: '+8613900000303' },
      { normalized: 'new@update.example.cn' },
    ]);
    expect(await countByName('同批新建有限公司')).toBe(1);
  });

  it('CUS-04 ACC-02 a row’s contact name and job title become a contact of the new customer, and its owner e-mail gives the customer to a user the importer may assign to; a rep may not give customers to others', async () => {
    const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'contact:create'], dataScope: 'own' });
    const csv = [
      '名称,联系人,职位,负责人邮箱',
      `联系人甲有限公司,张三,采购经理,${rep.user.email.toUpperCase()}`,
      '联系人乙有限公司,李四,,nobody@import.example.test',
      '联系人丙有限公司,,,',
      '',
    ].join('\n');
    const job = await storeJob(csv, { 0: 'name', 1: 'contactName', 2: 'jobTitle', 3: 'ownerEmail' });
    await expect(handler.run(api.demoTenantId, job.id)).resolves.toBe('completed');
    expect(await jobRow(job.id)).toMatchObject({ processed_rows: 3, created_rows: 2, failed_rows: 1 });

    const [account] = await api.admin.query(`SELECT id, owner_id, created_by_id FROM customers.account WHERE name = '联系人甲有限公司'`);
    expect(account).toEqual({ id: expect.any(String), owner_id: rep.user.id, created_by_id: adminId });
    const contacts = await api.admin.query('SELECT id, display_name, job_title, owner_id, name_key FROM customers.contact WHERE account_id = $1', [account.id]);
    expect(contacts).toEqual([{ id: expect.any(String), display_name: '张三', job_title: '采购经理', owner_id: rep.user.id, name_key: expect.any(String) }]);
    const contactAudit = await api.admin.query(`SELECT action FROM platform.audit_log WHERE record_type = 'contact' AND record_id = $1`, [contacts[0].id]);
    expect(contactAudit).toEqual([{ action: 'create' }]);
    const accountAudit = await api.admin.query(`SELECT action FROM platform.audit_log WHERE record_type = 'customer' AND record_id = $1 ORDER BY action`, [account.id]);
    expect(accountAudit).toEqual([{ action: 'contact_added' }, { action: 'create' }]);
    const [event] = await importedEvents(job.id);
    expect(event.accounts).toContainEqual({ accountId: account.id, kind: 'company', ownerId: rep.user.id });
    expect(event.contacts).toEqual([{ contactId: contacts[0].id, accountId: account.id, ownerId: rep.user.id }]);
    // a row without a contact name adds no contact; an unknown owner refuses the row
    const [plain] = await api.admin.query(`SELECT id, owner_id FROM customers.account WHERE name = '联系人丙有限公司'`);
    expect(plain.owner_id).toBe(adminId);
    expect(await api.admin.query('SELECT 1 FROM customers.contact WHERE account_id = $1', [plain.id])).toEqual([]);
    expect(await countByName('联系人乙有限公司')).toBe(0);
    expect(await rowErrors(job.id)).toEqual([{ row_number: 2, outcome: 'failed', problems: [{ field: 'ownerEmail', message: expect.stringContaining('nobody@import.example.test') }] }]);

    // the rep (own data scope) may name themselves as owner, not the administrator; without contact:create no contact
    const other = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create'], dataScope: 'own' });
    const repJob = await storeJob(
      ['名称,联系人,负责人邮箱', `代表自己有限公司,,${rep.user.email}`, `代表给管理员有限公司,,${DEMO_ADMIN.email}`, ''].join('\n'),
      { 0: 'name', 1: 'contactName', 2: 'ownerEmail' },
      'skip',
      rep.user.id,
    );
    await expect(handler.run(api.demoTenantId, repJob.id)).resolves.toBe('completed');
    expect(await jobRow(repJob.id)).toMatchObject({ created_rows: 1, failed_rows: 1 });
    const [own] = await api.admin.query(`SELECT owner_id FROM customers.account WHERE name = '代表自己有限公司'`);
    expect(own.owner_id).toBe(rep.user.id);
    expect(await countByName('代表给管理员有限公司')).toBe(0);
    expect((await rowErrors(repJob.id))[0]).toMatchObject({ row_number: 2, problems: [{ field: 'ownerEmail', message: expect.stringContaining('your own team') }] });
    const noContactJob = await storeJob(['名称,联系人', '无联系人权限有限公司,王五', ''].join('\n'), { 0: 'name', 1: 'contactName' }, 'skip', other.user.id);
    await expect(handler.run(api.demoTenantId, noContactJob.id)).resolves.toBe('completed');
    expect(await countByName('无联系人权限有限公司')).toBe(0);
    expect((await rowErrors(noContactJob.id))[0]).toMatchObject({ row_number: 1, problems: [{ field: 'contactName', message: expect.stringContaining('contact:create') }] });
  });

  it('CUS-04 a row the database refuses (a constraint) is reported failed and the other rows of its batch are saved', async () => {
    await api.admin.query(`ALTER TABLE customers.account ADD CONSTRAINT test_import_refused CHECK (name <> '数据库拒绝有限公司') NOT VALID`);
    try {
      const csv = ['名称', '约束前有限公司', '数据库拒绝有限公司', '约束后有限公司', '下一批有限公司', ''].join('\n');
      const job = await storeJob(csv, { 0: 'name' });
      await expect(handler.run(api.demoTenantId, job.id)).resolves.toBe('completed');
      expect(await jobRow(job.id)).toMatchObject({ status: 'completed', processed_rows: 4, created_rows: 3, failed_rows: 1 });
      expect(await Promise.all(['约束前有限公司', '数据库拒绝有限公司', '约束后有限公司', '下一批有限公司'].map(countByName))).toEqual([1, 0, 1, 1]);
      const [refused] = await rowErrors(job.id);
      expect(refused).toMatchObject({ row_number: 2, outcome: 'failed', problems: [{ field: 'row', message: expect.stringContaining('test_import_refused') }] });
    } finally {
      await api.admin.query('ALTER TABLE customers.account DROP CONSTRAINT test_import_refused');
    }
  });

  it('CUS-04 a job killed between batches resumes after the last committed batch: nothing is lost, nothing doubled', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `断点续传${i + 1}号有限公司`);
    const job = await storeJob(`名称\n${names.join('\n')}\n`, { 0: 'name' });
    // the worker "dies" in the second batch (a raised exception, not a row's data: the run fails), so that
    // batch's transaction never commits; the first one has
    await api.admin.query(`
      CREATE FUNCTION public.test_import_kill() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = '${names[BATCH]}' THEN RAISE EXCEPTION 'worker killed'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_import_kill BEFORE INSERT ON customers.account FOR EACH ROW EXECUTE FUNCTION public.test_import_kill();`);
    await expect(handler.run(api.demoTenantId, job.id)).rejects.toThrow('worker killed');
    await api.admin.query('DROP TRIGGER test_import_kill ON customers.account; DROP FUNCTION public.test_import_kill();');
    expect(await jobRow(job.id)).toMatchObject({ status: 'running', processed_rows: BATCH, created_rows: BATCH });
    expect(await Promise.all(names.map(countByName))).toEqual([1, 1, 1, 0, 0, 0, 0, 0]);

    await expect(handler.run(api.demoTenantId, job.id)).resolves.toBe('completed');
    expect(await Promise.all(names.map(countByName))).toEqual(names.map(() => 1));
    expect(await jobRow(job.id)).toMatchObject({ status: 'completed', processed_rows: 8, created_rows: 8, skipped_rows: 0 });
    const audits = await api.admin.query(
      `SELECT count(*)::int AS n FROM platform.audit_log l JOIN customers.account a ON a.id::text = l.record_id WHERE a.name = ANY($1) AND l.action = 'create'`,
      [names],
    );
    expect(audits[0].n).toBe(8);
    // one event per committed batch (the killed batch's rolled back with it), each customer in exactly one
    const events = await importedEvents(job.id);
    expect(events).toHaveLength(3);
    const ids = await api.admin.query(`SELECT id FROM customers.account WHERE name = ANY($1)`, [names]);
    expect(events.flatMap((e) => e.accounts.map((a) => a.accountId)).sort()).toEqual(ids.map((r: { id: string }) => r.id).sort());
  });
});
