import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { ImportJobEntity, ImportSweeper, MAX_IMPORT_RUNS } from '@crm/customers';
import { createTenantRow, createTestUser, JobQueue, UserEntity } from '@crm/platform';
import { ApiHarness } from '../testing/api-harness';
import { ImportHarness } from '../testing/import-harness';

jest.setTimeout(120_000);

const JOB = `query($id: ID!) { importJob(id: $id) { id status totalRows processedRows createdRows skippedRows failedRows error } }`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;

interface JobView {
  id: string;
  status: string;
  totalRows: number | null;
  processedRows: number;
  createdRows: number;
  skippedRows: number;
  failedRows: number;
  error: string | null;
}

async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('客户');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('customer import preview, remembered mapping, XLSX, failure sweep and export (CUS-04, DQ-02, ACC-01, ACC-05)', () => {
  let imports: ImportHarness;
  let api: ApiHarness;
  let worker: INestApplication;
  let admin: string;

  const server = () => api.app.getHttpServer();
  const upload = (body: Buffer | string, fields: Record<string, string> = {}, fileName = 'customers.csv', token = admin) => imports.upload(token, body, fields, fileName);
  const preview = (body: Buffer | string, fileName = 'customers.csv', token = admin) => imports.preview(token, body, {}, fileName);
  const finished = (id: string) => imports.finished<JobView>(JOB, id, admin);
  const countByName = (name: string) => imports.countAccountsNamed(name);
  const jobCount = async () => Number((await api.admin.query('SELECT count(*) AS n FROM customers.import_job'))[0].n);
  const exportCsv = async (query: string, token = admin) => {
    const res = await request(server()).get(`/api/customers/export?${query}`).set('authorization', `Bearer ${token}`);
    return { res, rows: res.status === 200 ? (parse(res.text, { bom: true }) as string[][]) : [] };
  };
  const adminUserId = async () => (await api.admin.getRepository(UserEntity).findOneByOrFail({ tenantId: api.demoTenantId, email: DEMO_ADMIN.email })).id;
  /** A job row and (optionally) its stored file, as the API leaves them, for the worker-side failure tests. */
  const storedJob = async (csv: string, values: Partial<ImportJobEntity>, storeFile = true) =>
    imports.storeJob(csv, { createdById: await adminUserId(), fileName: 'stalled.csv', headers: ['客户名称'], mapping: { 0: 'name' }, duplicatePolicy: 'skip', ...values }, storeFile);

  beforeAll(async () => {
    imports = await ImportHarness.start({ IMPORT_BATCH_SIZE: 2, IMPORT_STALL_SECONDS: 3600 }, 'crm-import-export-');
    ({ api, worker } = imports);
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
  });

  afterAll(async () => {
    await imports?.stop();
  });

  it('CUS-04 a preview reads the headers and first rows and suggests a mapping, storing nothing', async () => {
    const before = await jobCount();
    const res = await preview('客户名称,手机,Unrelated\n预览甲有限公司,13800000001,x\n预览乙有限公司,13800000002,y\n');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      format: 'csv',
      headers: ['客户名称', '手机', 'Unrelated'],
      sampleRows: [
        ['预览甲有限公司', '13800000001', 'x'],
        ['预览乙有限公司', '13800000002', 'y'],
      ],
      suggestedMapping: { 0: 'name', 1: 'mobile' },
      remembered: false,
      target: 'accounts',
      fields: expect.any(Array),
    });
    expect(await jobCount()).toBe(before);
    expect(await countByName('预览甲有限公司')).toBe(0);

    const empty = await preview('');
    expect(empty.status).toBe(400);
    expect(empty.body.field).toBe('file');
    const viewer = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view'] });
    expect((await preview('a\n', 'a.csv', await api.signIn(DEMO_TENANT.slug, viewer.user.email, viewer.password))).status).toBe(403);
  });

  it('CUS-04 the preview describes the fields of each target for the mapping screen, needed ones first, each with a label in en and zh-CN', async () => {
    const fieldsOf = async (target: string) => {
      const res = await imports.preview(admin, '姓名,客户名称\n甲,乙\n', { target }, 'fields.csv');
      expect(res.status).toBe(200);
      expect(res.body.target).toBe(target);
      return res.body.fields as { key: string; required: boolean; requiredGroup: string | null; labelKey: string }[];
    };
    const accounts = await fieldsOf('accounts');
    expect(accounts.map((f) => f.key)).toEqual([
      'name', 'kind', 'contactName', 'jobTitle', 'email', 'phone', 'mobile', 'wechat', 'country', 'province', 'city', 'street', 'postcode',
      'industry', 'source', 'website', 'taxId', 'lifecycleStage', 'valueAmount', 'valueCurrency', 'tags', 'ownerEmail', 'notes',
    ]);
    expect(accounts[0]).toEqual({ key: 'name', required: true, requiredGroup: 'name', labelKey: 'importExport.fields.name' });
    expect(accounts.slice(1).every((f) => !f.required && f.requiredGroup === null)).toBe(true);

    const contacts = await fieldsOf('contacts');
    expect(contacts.map((f) => f.key)).toEqual(['displayName', 'familyName', 'givenName', 'customerName', 'customerId', 'jobTitle', 'department', 'email', 'phone', 'mobile', 'wechat', 'tags', 'notes']);
    expect(contacts.filter((f) => f.required).map((f) => `${f.key}:${f.requiredGroup}`)).toEqual([
      'displayName:contactName',
      'familyName:contactName',
      'givenName:contactName',
      'customerName:customer',
      'customerId:customer',
    ]);

    // every field the server offers has a label in the web's translations (the screen keeps no list of its own)
    const locales = join(__dirname, '../../../web/src/modules/import-export/locales');
    for (const locale of ['en', 'zh-CN']) {
      const messages = JSON.parse(await readFile(join(locales, `${locale}.json`), 'utf8')) as Record<string, unknown>;
      const labelOf = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
      for (const field of [...accounts, ...contacts]) expect([locale, field.labelKey, typeof labelOf(field.labelKey)]).toEqual([locale, field.labelKey, 'string']);
      const mapping = (messages.importExport as { mapping: Record<string, unknown> }).mapping;
      for (const group of new Set([...accounts, ...contacts].map((f) => f.requiredGroup).filter(Boolean))) expect([locale, typeof mapping[`${group}Required`]]).toEqual([locale, 'string']);
    }
  });

  it('CUS-04 the mapping confirmed with an import is suggested for the next file with the same headers, in this tenant only', async () => {
    const headers = 'Firma,Telefonnummer,Bemerkung';
    expect((await preview(`${headers}\n甲,1,2\n`)).body).toMatchObject({ suggestedMapping: {}, remembered: false });

    const job = await finished((await upload(`${headers}\n记忆映射有限公司,13800000003,德国客户\n`, { mapping: JSON.stringify({ 0: 'name', 1: 'mobile', 2: 'notes' }) })).body.id);
    expect(job).toMatchObject({ status: 'COMPLETED', createdRows: 1 });

    // the same headers in other case and spacing: the remembered mapping comes back
    const again = await preview('FIRMA , telefonnummer,bemerkung\n乙,1,2\n');
    expect(again.body).toMatchObject({ suggestedMapping: { 0: 'name', 1: 'mobile', 2: 'notes' }, remembered: true });
    // an upload without a mapping uses it
    const reused = await upload('Firma,Telefonnummer,Bemerkung\n记忆映射二有限公司,13800000004,x\n');
    expect(reused.body.mapping).toEqual({ 0: 'name', 1: 'mobile', 2: 'notes' });
    expect(await finished(reused.body.id)).toMatchObject({ status: 'COMPLETED', createdRows: 1 });

    const other = await createTenantRow(api.admin);
    const otherAdmin = await createTestUser(api.appDs, other.id, { permissions: ['*:*'] });
    const otherToken = await api.signIn(other.slug, otherAdmin.user.email, otherAdmin.password);
    expect((await preview(`${headers}\n甲,1,2\n`, 'x.csv', otherToken)).body).toMatchObject({ suggestedMapping: {}, remembered: false });
  });

  it('CUS-04 an XLSX file imports like a CSV: numbers and dates as text, a bad row reported by row and field, the stored file removed when done', async () => {
    const file = await xlsxOf([
      ['客户名称', '手机', '邮箱', '备注'],
      ['表格导入甲有限公司', 13912340101, 'a@xlsx-a.cn', new Date(Date.UTC(2026, 0, 2))],
      [],
      ['表格导入乙有限公司', 12, 'b@xlsx-b.cn', '坏手机号'],
      ['表格导入丙有限公司', '139-1234-0103', { text: 'c@xlsx-c.cn', hyperlink: 'mailto:c@xlsx-c.cn' }, { formula: '1+1', result: 2 }],
    ]);
    const seen = await preview(file, '客户.xlsx');
    expect(seen.body).toMatchObject({
      format: 'xlsx',
      headers: ['客户名称', '手机', '邮箱', '备注'],
      sampleRows: [
        ['表格导入甲有限公司', '13912340101', 'a@xlsx-a.cn', '2026-01-02'],
        ['表格导入乙有限公司', '12', 'b@xlsx-b.cn', '坏手机号'],
        ['表格导入丙有限公司', '139-1234-0103', 'c@xlsx-c.cn', '2'],
      ],
      suggestedMapping: { 0: 'name', 1: 'mobile', 2: 'email', 3: 'notes' },
    });

    const res = await upload(file, {}, '客户.xlsx');
    expect(res.status).toBe(201);
    const job = await finished(res.body.id);
    expect(job).toMatchObject({ status: 'COMPLETED', totalRows: 3, processedRows: 3, createdRows: 2, failedRows: 1 });
    const [row] = await api.admin.query('SELECT file_name FROM customers.import_job WHERE id = $1', [job.id]);
    expect(row.file_name).toBe('客户.xlsx'); // a Chinese file name as the browser sent it
    const [notes] = await api.admin.query(`SELECT notes FROM customers.account WHERE name = '表格导入甲有限公司'`);
    expect(notes.notes).toBe('2026-01-02');
    expect(await countByName('表格导入乙有限公司')).toBe(0);
    const report = await imports.report(job.id, admin);
    expect(report.rows.slice(1)).toEqual([['2', 'failed', 'mobile', expect.any(String), '表格导入乙有限公司', '12', 'b@xlsx-b.cn', '坏手机号']]);
    const stored = await readdir(join(imports.storageDir, api.demoTenantId, 'imports'));
    expect(stored.filter((f) => f.startsWith(job.id))).toEqual([]);

    const broken = await upload(Buffer.from('not a zip at all'), {}, 'broken.xlsx');
    expect(broken.status).toBe(400);
    expect(broken.body.field).toBe('file');
  });

  it('CUS-04 DQ-02 a bulk import skips only strong duplicates: a merely similar company name is imported as a new customer', async () => {
    expect((await api.gql(CREATE, { input: { kind: 'COMPANY', name: '杭州导入甲有限公司' } }, admin)).errors).toBeUndefined();
    const job = await finished((await upload('客户名称\n杭州导入丙有限公司\n杭州导入甲公司\n', { duplicatePolicy: 'skip' })).body.id);
    expect(job).toMatchObject({ status: 'COMPLETED', createdRows: 1, skippedRows: 1 });
    expect(await countByName('杭州导入丙有限公司')).toBe(1);
    expect(await countByName('杭州导入甲公司')).toBe(0);
  });

  it('CUS-04 a queued job whose file is missing fails with a clear reason', async () => {
    const job = await storedJob('客户名称\n丢失文件有限公司\n', {}, false);
    await worker.get(JobQueue).enqueue('customers.import', { tenantId: api.demoTenantId, importJobId: job.id });
    const done = await finished(job.id);
    expect(done.status).toBe('FAILED');
    expect(done.error).toMatch(/missing/);
  });

  it('CUS-04 the worker sweep resumes a job left running by a dead worker after its last committed row, and fails one that keeps dying', async () => {
    const names = ['清扫一有限公司', '清扫二有限公司', '清扫三有限公司', '清扫四有限公司'];
    // rows 1-2 were committed by the worker that died (their accounts are not made here, so re-applying them would show)
    const stalled = await storedJob(`客户名称\n${names.join('\n')}\n`, { status: 'running', totalRows: 4, processedRows: 2, createdRows: 2, attempts: 1 });
    const dying = await storedJob('客户名称\n总是崩溃有限公司\n', { status: 'running', totalRows: 1, attempts: MAX_IMPORT_RUNS });
    const fresh = await storedJob('客户名称\n刚刚开始有限公司\n', { status: 'running', totalRows: 1, attempts: 1 });
    await api.admin.query(`UPDATE customers.import_job SET updated_at = now() - interval '2 hours' WHERE id = ANY($1)`, [[stalled.id, dying.id]]);

    expect(await worker.get(ImportSweeper).sweep()).toBe(2);
    expect(await finished(stalled.id)).toMatchObject({ status: 'COMPLETED', processedRows: 4, createdRows: 4 });
    expect(await Promise.all(names.map(countByName))).toEqual([0, 0, 1, 1]);
    const gaveUp = await finished(dying.id);
    expect(gaveUp.status).toBe('FAILED');
    expect(gaveUp.error).toContain(`stopped after ${MAX_IMPORT_RUNS} runs`);
    expect(await countByName('总是崩溃有限公司')).toBe(0);
    const [untouched] = await api.admin.query('SELECT status FROM customers.import_job WHERE id = $1', [fresh.id]);
    expect(untouched.status).toBe('running');
    expect(await worker.get(ImportSweeper).sweep()).toBe(0);
  });

  it('CUS-04 ACC-01 ACC-05 an export holds every customer the caller may see under the list filters, and nothing of a peer or another tenant; it is audited', async () => {
    const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'customer:export'], dataScope: 'own' });
    const repToken = await api.signIn(DEMO_TENANT.slug, rep.user.email, rep.password);
    const peer = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create'], dataScope: 'own' });
    const peerToken = await api.signIn(DEMO_TENANT.slug, peer.user.email, peer.password);
    const other = await createTenantRow(api.admin);
    const otherAdmin = await createTestUser(api.appDs, other.id, { permissions: ['*:*'] });
    const otherToken = await api.signIn(other.slug, otherAdmin.user.email, otherAdmin.password);
    const make = async (token: string, input: Record<string, unknown>) => expect((await api.gql(CREATE, { input: { kind: 'COMPANY', allowDuplicate: true, ...input } }, token)).errors).toBeUndefined();
    await make(repToken, { name: '导出代表甲有限公司', lifecycleStage: 'CUSTOMER', tags: ['导出'], contactPoints: [{ kind: 'EMAIL', value: 'rep@export-a.cn' }, { kind: 'MOBILE', value: '13800001111' }] });
    await make(repToken, { name: '导出代表乙有限公司', lifecycleStage: 'PROSPECT', tags: ['导出'] });
    await make(peerToken, { name: '导出同事有限公司', tags: ['导出'] });
    await make(otherToken, { name: '导出他租户有限公司', tags: ['导出'] });

    const mine = await exportCsv('format=csv&tag=导出&orderBy=NAME&direction=ASC', repToken);
    expect(mine.res.status).toBe(200);
    expect(mine.res.headers['content-disposition']).toMatch(/customers-\d{4}-\d{2}-\d{2}\.csv/);
    const header = mine.rows[0];
    expect(header.slice(0, 6)).toEqual(['name', 'kind', 'stage', 'email', 'phone', 'mobile']);
    expect(mine.rows.slice(1).map((r) => r[0])).toEqual(['导出代表乙有限公司', '导出代表甲有限公司'].sort());
    const first = mine.rows.find((r) => r[0] === '导出代表甲有限公司')!;
    expect([first[header.indexOf('stage')], first[header.indexOf('email')], first[header.indexOf('mobile')], first[header.indexOf('tags')]]).toEqual(['customer', 'rep@export-a.cn', '13800001111', '导出']);
    // the list's filters apply: stage
    expect((await exportCsv('tag=导出&stage=CUSTOMER', repToken)).rows.slice(1).map((r) => r[0])).toEqual(['导出代表甲有限公司']);

    const all = await exportCsv('tag=导出');
    expect(all.rows.slice(1).map((r) => r[0]).sort()).toEqual(['导出代表乙有限公司', '导出代表甲有限公司', '导出同事有限公司'].sort());
    expect((await exportCsv('tag=导出', otherToken)).rows.slice(1).map((r) => r[0])).toEqual(['导出他租户有限公司']);

    const xlsx = await request(server()).get('/api/customers/export?format=xlsx&tag=导出').set('authorization', `Bearer ${repToken}`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const names: string[] = [];
    workbook.worksheets[0].eachRow((row, n) => n > 1 && names.push(String(row.getCell(1).value)));
    expect(names.sort()).toEqual(['导出代表乙有限公司', '导出代表甲有限公司'].sort());

    expect((await exportCsv('tag=导出', peerToken)).res.status).toBe(403);
    const badFormat = await exportCsv('format=pdf', repToken);
    expect(badFormat.res.status).toBe(400);
    expect(badFormat.res.body.field).toBe('format');
    expect((await request(server()).get('/api/customers/export')).status).toBe(401);

    const audits = await api.admin.query(
      `SELECT changes FROM platform.audit_log WHERE record_type = 'customer' AND action = 'export' AND actor_user_id = $1 ORDER BY occurred_at`,
      [rep.user.id],
    );
    expect(audits).toHaveLength(3);
    expect(audits[0].changes).toMatchObject({ format: { after: 'csv' }, filter: { after: { tag: '导出' } }, count: { after: 2 }, complete: { after: true } });
    expect(audits[1].changes).toMatchObject({ filter: { after: { tag: '导出', lifecycleStage: 'customer' } }, count: { after: 1 } });
  });
});
