import { DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser, type EventMap } from '@crm/platform';
import { ApiHarness } from '../testing/api-harness';
import { ImportHarness } from '../testing/import-harness';

jest.setTimeout(120_000);

const JOB = `query($id: ID!) { importJob(id: $id) { id target status totalRows processedRows createdRows updatedRows skippedRows failedRows progress error } }`;
const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`;
const REP_PERMISSIONS = ['customer:view', 'customer:create', 'contact:view', 'contact:create', 'contact:edit'];

interface JobView {
  id: string;
  target: string;
  status: string;
  totalRows: number | null;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  skippedRows: number;
  failedRows: number;
  error: string | null;
}

/* The contacts import (CUS-04) over HTTP with a worker running the jobs through the real queue. */
describe('contacts CSV import (CUS-04, DQ-01, DQ-02, ACC-01, ACC-05)', () => {
  let imports: ImportHarness;
  let api: ApiHarness;
  let rep: string;
  let otherRep: string;
  const ids: Record<string, string> = {};

  const upload = (csv: string, fields: Record<string, string>, token = rep) => imports.upload(token, csv, { target: 'contacts', ...fields }, 'contacts.csv');
  const finished = (id: string, token = rep) => imports.finished<JobView>(JOB, id, token);
  const report = (id: string, token = rep) => imports.report(id, token);
  const contactsNamed = (name: string): Promise<{ id: string; account_id: string; job_title: string | null; tenant_id: string }[]> =>
    api.admin.query('SELECT id, account_id, job_title, tenant_id FROM customers.contact WHERE display_name = $1', [name]);
  const account = async (name: string, token: string) => {
    const res = await api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { kind: 'COMPANY', name, allowDuplicate: true } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account.id;
  };

  beforeAll(async () => {
    imports = await ImportHarness.start({ IMPORT_BATCH_SIZE: 2 }, 'crm-contact-import-');
    api = imports.api;

    // two reps of one tenant, each seeing only their own customers
    const a = await createTestUser(api.appDs, api.demoTenantId, { permissions: REP_PERMISSIONS, dataScope: 'own' });
    rep = await api.signIn(DEMO_TENANT.slug, a.user.email, a.password);
    const b = await createTestUser(api.appDs, api.demoTenantId, { permissions: REP_PERMISSIONS, dataScope: 'own' });
    otherRep = await api.signIn(DEMO_TENANT.slug, b.user.email, b.password);
    ids.mine = await account('联系人导入甲有限公司', rep);
    ids.mine2 = await account('联系人导入乙有限公司', rep);
    ids.others = await account('联系人导入别人有限公司', otherRep);
    // an existing person of the rep's, and one of the other rep's, each with an e-mail a row repeats
    const existing = await api.gql<{ createContact: { contact: { id: string } } }>(
      CREATE_CONTACT,
      { input: { accountId: ids.mine, displayName: '已有联系人', contactPoints: [{ kind: 'EMAIL', value: 'dup@contact-import.cn' }], allowDuplicate: true } },
      rep,
    );
    ids.existing = existing.data!.createContact.contact.id;
    const hidden = await api.gql<{ createContact: { contact: { id: string } } }>(
      CREATE_CONTACT,
      { input: { accountId: ids.others, displayName: '别人的联系人', contactPoints: [{ kind: 'EMAIL', value: 'hidden@contact-import.cn' }], allowDuplicate: true } },
      otherRep,
    );
    ids.hidden = hidden.data!.createContact.contact.id;

    // another tenant has a customer of the same name as the rep's, and one only it has
    const other = await createTenantRow(api.admin);
    const otherAdmin = await createTestUser(api.appDs, other.id, { permissions: ['*:*'] });
    const otherToken = await api.signIn(other.slug, otherAdmin.user.email, otherAdmin.password);
    ids.otherTenantSame = await account('联系人导入甲有限公司', otherToken);
    ids.otherTenantOnly = await account('联系人导入外租户有限公司', otherToken);
  });

  afterAll(async () => {
    await imports?.stop();
  });

  it('CUS-04 ACC-01 ACC-05 a contacts CSV: good rows attach to the right customers; a bad e-mail, a customer of another rep or of another tenant, and duplicates are reported per row and nothing of them is saved', async () => {
    const csv = [
      '姓名,所属客户,职位,手机,邮箱',
      '导入王芳,联系人导入甲有限公司,采购经理,138 0013 8101,wangfang@contact-import.cn',
      '导入坏邮箱,联系人导入甲有限公司,,13800138102,not-an-email',
      '导入越权,联系人导入别人有限公司,,13800138103,over@contact-import.cn',
      '导入重复,联系人导入甲有限公司,,13800138104,DUP@contact-import.cn',
      `导入李雷,,工程师,13800138105,lilei@contact-import.cn`,
      '导入王芳二,联系人导入甲公司,,13800138106,wangfang@contact-import.cn',
      '导入外租户,联系人导入外租户有限公司,,13800138107,outside@contact-import.cn',
    ].join('\r\n');
    // row 5 names its customer by id (a second column mapped to customerId)
    const withId = csv
      .split('\r\n')
      .map((line, i) => `${line},${i === 0 ? '客户ID' : i === 5 ? ids.mine2 : ''}`)
      .join('\r\n');
    const preview = await imports.preview(rep, withId, { target: 'contacts' }, 'contacts.csv');
    expect(preview.status).toBe(200);
    expect(preview.body.suggestedMapping).toEqual({ 0: 'displayName', 1: 'customerName', 2: 'jobTitle', 3: 'mobile', 4: 'email', 5: 'customerId' });

    const res = await upload(withId, { duplicatePolicy: 'skip' });
    expect(res.status).toBe(201);
    expect(res.body.target).toBe('contacts');
    const job = await finished(res.body.id);
    expect(job).toMatchObject({ target: 'CONTACTS', status: 'COMPLETED', totalRows: 7, processedRows: 7, createdRows: 2, skippedRows: 2, failedRows: 3, updatedRows: 0 });

    const [wang] = await contactsNamed('导入王芳');
    expect(wang).toMatchObject({ account_id: ids.mine, job_title: '采购经理', tenant_id: api.demoTenantId });
    const [li] = await contactsNamed('导入李雷');
    expect(li.account_id).toBe(ids.mine2);
    for (const name of ['导入坏邮箱', '导入越权', '导入重复', '导入王芳二', '导入外租户']) expect(await contactsNamed(name)).toEqual([]);
    // nothing of a refused row is saved, not even its phone
    for (const phone of ['+8613800138102', '+8613800138103', '+8613800138104', '+8613800138106', '+8613800138107']) {
      expect(await api.admin.query('SELECT 1 FROM customers.contact_point WHERE normalized = $1', [phone])).toEqual([]);
    }
    const points = await api.admin.query(`SELECT kind, normalized FROM customers.contact_point WHERE party_type = 'contact' AND party_id = $1 ORDER BY kind`, [wang.id]);
    expect(points).toEqual([
      { kind: 'email', normalized: 'wangfang@contact-import.cn' },
      { kind: 'mobile', normalized: '+8613800138101' },
    ]);
    // the other tenant's customers got no one, and the other rep's customer neither
    expect(Number((await api.admin.query('SELECT count(*) AS n FROM customers.contact WHERE account_id = ANY($1::uuid[])', [[ids.otherTenantSame, ids.otherTenantOnly, ids.others]]))[0].n)).toBe(1);

    // audit rows and events as the contact form writes them
    const audit = await api.admin.query(`SELECT record_type, action, channel FROM platform.audit_log WHERE record_id = ANY($1::text[]) ORDER BY record_type, action`, [[wang.id, ids.mine]]);
    expect(audit).toEqual(
      expect.arrayContaining([
        { record_type: 'contact', action: 'create', channel: 'import' },
        { record_type: 'customer', action: 'contact_added', channel: 'import' },
      ]),
    );
    // one `customer.contacts.imported` event per batch that saved someone (batches of 2 rows here), none per person
    expect(await api.admin.query(`SELECT 1 FROM platform.outbox_event WHERE aggregate_id = ANY($1::text[])`, [[wang.id, li.id]])).toEqual([]);
    const events: { payload: EventMap['customer.contacts.imported'] }[] = await api.admin.query(
      `SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.contacts.imported' AND aggregate_id = $1 ORDER BY occurred_at, id`,
      [job.id],
    );
    expect(events.map((e) => e.payload)).toEqual([
      { importJobId: job.id, contacts: [{ contactId: wang.id, accountId: ids.mine, ownerId: expect.any(String) }], updated: [] },
      { importJobId: job.id, contacts: [{ contactId: li.id, accountId: ids.mine2, ownerId: expect.any(String) }], updated: [] },
    ]);

    const errors = await report(job.id);
    expect(errors.rows[0]).toEqual(['row', 'outcome', 'field', 'message', '姓名', '所属客户', '职位', '手机', '邮箱', '客户ID']);
    expect(errors.rows.slice(1).map((r) => r.slice(0, 3))).toEqual([
      ['2', 'failed', 'email'],
      ['3', 'failed', 'customerName'],
      ['4', 'skipped', 'email'],
      ['6', 'skipped', 'email'],
      ['7', 'failed', 'customerName'],
    ]);
    // the refused customer of another rep reads exactly like one that does not exist: nothing leaks
    expect(errors.rows[2][3]).toBe('no customer you may see is called "联系人导入别人有限公司"');
    expect(errors.rows[3][3]).toContain('已有联系人');
    // row 1 was committed with the batch before: its repeat is found as an existing contact
    expect(errors.rows[4][3]).toContain('导入王芳');
    expect(errors.rows[1].slice(4)).toEqual(['导入坏邮箱', '联系人导入甲有限公司', '', '13800138102', 'not-an-email', '']);

    // the job and its report (cells of a row about the other rep's customer) are the uploader's: not another
    // rep's, even with contact:* (every sales rep holds it), nor another tenant's admin
    const contactsAll = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'contact:*'], dataScope: 'own' });
    const contactsAllToken = await api.signIn(DEMO_TENANT.slug, contactsAll.user.email, contactsAll.password);
    const other = await createTenantRow(api.admin);
    const otherAdmin = await createTestUser(api.appDs, other.id, { permissions: ['*:*'] });
    const otherToken = await api.signIn(other.slug, otherAdmin.user.email, otherAdmin.password);
    for (const token of [otherRep, contactsAllToken, otherToken]) {
      expect((await api.gql(JOB, { id: job.id }, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await report(job.id, token)).status).toBe(404);
      const list = await api.gql<{ customerImportJobs: { edges: { node: { id: string } }[] } }>(`query { customerImportJobs(first: 50) { edges { node { id } } } }`, {}, token);
      expect(list.data!.customerImportJobs.edges.map((e) => e.node.id)).not.toContain(job.id);
    }
  });

  it('DQ-02 ACC-01 a rep’s skip report names a duplicate person they may see and, as the duplicate check does, one they may not see flagged as hidden, never their customer or id', async () => {
    const csv = ['name,customer,email', '报告可见行,联系人导入甲有限公司,dup@contact-import.cn', '报告隐藏行,联系人导入甲有限公司,HIDDEN@contact-import.cn'].join('\n');
    const skipped = await finished((await upload(csv, { duplicatePolicy: 'skip' })).body.id);
    expect(skipped).toMatchObject({ status: 'COMPLETED', skippedRows: 2, createdRows: 0 });
    const { rows } = await report(skipped.id);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['1', 'skipped', 'email', 'duplicates existing contact "已有联系人" (SAME_EMAIL); skipped'],
      ['2', 'skipped', 'email', 'duplicates "别人的联系人" (SAME_EMAIL), a contact you may not see (ask its owner); skipped'],
    ]);
    const text = JSON.stringify(rows);
    for (const secret of [ids.hidden, ids.others, '联系人导入别人有限公司', ids.existing]) expect(text).not.toContain(secret);
    expect(await contactsNamed('报告隐藏行')).toEqual([]);
  });

  it('DQ-02 policy update fills the visible duplicate person (never moving them) and skips one the importer may not see; policy create adds anyway', async () => {
    const csv = ['name,customer,job title,email,department', '已有联系人新名,联系人导入乙有限公司,销售总监,dup@contact-import.cn,销售部', '越权更新,联系人导入甲有限公司,总经理,hidden@contact-import.cn,'].join('\n');
    const updated = await finished((await upload(csv, { duplicatePolicy: 'update' })).body.id);
    expect(updated).toMatchObject({ status: 'COMPLETED', updatedRows: 1, skippedRows: 1, createdRows: 0 });
    const [existing] = await api.admin.query('SELECT display_name, account_id, job_title, department, version FROM customers.contact WHERE id = $1', [ids.existing]);
    expect(existing).toEqual({ display_name: '已有联系人', account_id: ids.mine, job_title: '销售总监', department: '销售部', version: 2 });
    const [hidden] = await api.admin.query('SELECT job_title FROM customers.contact WHERE id = $1', [ids.hidden]);
    expect(hidden.job_title).toBeNull();
    const note = await report(updated.id);
    expect(note.rows.slice(1).map((r) => r.slice(0, 3))).toEqual([['2', 'skipped', 'email']]);
    expect(note.rows[1][3]).toBe('duplicates "别人的联系人" (SAME_EMAIL), a contact you may not see (ask its owner); skipped');
    const [event] = await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE aggregate_id = $1 AND event_type = 'customer.contacts.imported'`, [updated.id]);
    expect(event.payload).toEqual({ importJobId: updated.id, contacts: [], updated: [{ contactId: ids.existing, accountId: ids.mine, changed: expect.arrayContaining(['department', 'jobTitle']) }] });
    expect(event.payload.updated[0].changed).toHaveLength(2);


    const created = await finished((await upload('name,customer,email\n再建一个,联系人导入甲有限公司,dup@contact-import.cn\n', { duplicatePolicy: 'create' })).body.id);
    expect(created).toMatchObject({ status: 'COMPLETED', createdRows: 1, skippedRows: 0 });
    expect(await contactsNamed('再建一个')).toEqual([expect.objectContaining({ account_id: ids.mine })]);
  });

  it('CUS-04 a contacts upload needs contact:create (403) and contact:edit for update (403); a mapping without the customer column is refused naming mapping', async () => {
    const noContacts = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create'] });
    const noContactsToken = await api.signIn(DEMO_TENANT.slug, noContacts.user.email, noContacts.password);
    const creator = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'contact:view', 'contact:create'], dataScope: 'own' });
    const creatorToken = await api.signIn(DEMO_TENANT.slug, creator.user.email, creator.password);
    const before = Number((await api.admin.query('SELECT count(*) AS n FROM customers.import_job'))[0].n);

    expect((await upload('name,customer\n甲,乙\n', {}, noContactsToken)).status).toBe(403);
    expect((await upload('name,customer\n甲,乙\n', { duplicatePolicy: 'update' }, creatorToken)).status).toBe(403);
    const noCustomer = await upload('name,customer\n甲,乙\n', { mapping: JSON.stringify({ 0: 'displayName' }) });
    expect(noCustomer.status).toBe(400);
    expect(noCustomer.body.field).toBe('mapping');
    const badTarget = await upload('name,customer\n甲,乙\n', { target: 'deals' });
    expect(badTarget.status).toBe(400);
    expect(badTarget.body.field).toBe('target');
    expect(Number((await api.admin.query('SELECT count(*) AS n FROM customers.import_job'))[0].n)).toBe(before);

    // someone who imports only contacts sees their contacts imports
    const ok = await upload('name,customer\n只导联系人,联系人导入甲有限公司\n', {}, creatorToken);
    expect(ok.status).toBe(201);
    const job = await finished(ok.body.id, creatorToken);
    expect(job).toMatchObject({ status: 'COMPLETED', failedRows: 1 }); // the rep's customer is not theirs to see
    const list = await api.gql<{ customerImportJobs: { edges: { node: { id: string } }[] } }>(
      `query { customerImportJobs(first: 10, target: CONTACTS) { edges { node { id } } } }`,
      {},
      creatorToken,
    );
    expect(list.data!.customerImportJobs.edges.map((e) => e.node.id)).toEqual([job.id]);
  });
});
