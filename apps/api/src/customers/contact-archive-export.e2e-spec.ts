import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';

jest.setTimeout(90_000);

const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { contact { id version } } }`;
const ARCHIVE = `mutation($input: ArchiveContactInput!) { archiveContact(input: $input) { contact { id version archivedAt archivedBy { email } } } }`;
const RESTORE = `mutation($input: RestoreContactInput!) { restoreContact(input: $input) { contact { id version archivedAt archivedBy { email } } } }`;
const CONTACTS = `query($filter: ContactFilter, $first: Int, $after: String, $orderBy: ContactOrderBy) {
  contacts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName archivedAt account { name } } } }
}`;
const ACCOUNT_PEOPLE = `query($id: ID!, $all: Boolean!) { account(id: $id) { contacts(includeArchived: $all) { displayName archivedAt } } }`;
const LOG = `mutation($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id contactId contact { displayName } } } }`;
const UPDATE_INTERACTION = `mutation($input: UpdateInteractionInput!) { updateInteraction(input: $input) { interaction { id contactId subject } } }`;
const CONTACT_TIMELINE = `query($contactId: ID!, $first: Int, $after: String) {
  contactInteractions(contactId: $contactId, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id subject contact { displayName } } } }
}`;

type Connection = { contacts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; displayName: string; archivedAt: string | null; account: { name: string } | null } }[] } };
type Archived = { id: string; version: number; archivedAt: string | null; archivedBy: { email: string } | null };

describe('contacts list, archive and restore, export and a person’s own timeline (CUS-02, CUS-03, CUS-04, INT-01, ACC-01, ACC-05)', () => {
  let api: ApiHarness;
  let admin: string;
  let rep: { id: string; email: string; token: string };
  let peerToken: string;
  let otherToken: string;
  let repAccountId: string;
  const people: Record<string, { id: string; version: number }> = {};

  const server = () => api.app.getHttpServer();
  const names = (res: { data?: Connection | null }) => res.data!.contacts.edges.map((e) => e.node.displayName);
  const list = (filter: Record<string, unknown>, token: string, extra: Record<string, unknown> = {}) => api.gql<Connection>(CONTACTS, { filter, ...extra }, token);
  const archive = ({ id, version }: { id: string; version: number }, token: string) => api.gql<{ archiveContact: { contact: Archived } }>(ARCHIVE, { input: { id, version } }, token);
  const restore = ({ id, version }: { id: string; version: number }, token: string) => api.gql<{ restoreContact: { contact: Archived } }>(RESTORE, { input: { id, version } }, token);
  const exportCsv = async (query: string, token: string) => {
    const res = await request(server()).get(`/api/customers/contacts/export?${query}`).set('authorization', `Bearer ${token}`);
    return { res, rows: res.status === 200 ? (parse(res.text, { bom: true }) as string[][]) : [] };
  };
  const user = async (permissions: string[]) => {
    const made = await createTestUser(api.appDs, api.demoTenantId, { permissions, dataScope: 'own' });
    return { id: made.user.id, email: made.user.email, token: await api.signIn(DEMO_TENANT.slug, made.user.email, made.password) };
  };
  const makeAccount = async (name: string, token: string) => {
    const res = await api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { kind: 'COMPANY', name, allowDuplicate: true } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account.id;
  };
  const makeContact = async (input: Record<string, unknown>, token: string) => {
    const res = await api.gql<{ createContact: { contact: { id: string; version: number } } }>(CREATE, { input: { allowDuplicate: true, tags: ['名录'], ...input } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createContact.contact;
  };

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const perms = ['customer:view', 'customer:create', 'customer:edit', 'customer:export', 'contact:*', 'interaction:*'];
    rep = await user(perms);
    peerToken = (await user(perms)).token;
    const other = await createTenantRow(api.admin);
    const otherAdmin = await createTestUser(api.appDs, other.id, { permissions: ['*:*'] });
    otherToken = await api.signIn(other.slug, otherAdmin.user.email, otherAdmin.password);

    repAccountId = await makeAccount('名录代表贸易有限公司', rep.token);
    people.zhang = await makeContact({ accountId: repAccountId, familyName: '張', givenName: '偉明', contactPoints: [{ kind: 'EMAIL', value: 'zhang@minglu.cn' }, { kind: 'MOBILE', value: '13900001001' }] }, rep.token);
    people.li = await makeContact({ accountId: repAccountId, familyName: '李', givenName: '娜', contactPoints: [{ kind: 'PHONE', value: '021 6000 1002' }] }, rep.token);
    people.wang = await makeContact({ accountId: repAccountId, familyName: '王', givenName: '芳' }, rep.token);
    const peerAccount = await makeAccount('名录同事贸易有限公司', peerToken);
    people.peer = await makeContact({ accountId: peerAccount, familyName: '周', givenName: '杰' }, peerToken);
    const otherAccount = await makeAccount('名录他租户有限公司', otherToken);
    people.other = await makeContact({ accountId: otherAccount, familyName: '吴', givenName: '磊' }, otherToken);
  });

  afterAll(() => api?.stop());

  it('CUS-02 CUS-03 the list finds a person in any spelling and filters by customer, e-mail, phone and tag, sorted and paged by cursor', async () => {
    // Simplified and pinyin find the person saved in Traditional characters
    expect(names(await list({ search: '张伟明' }, rep.token))).toEqual(['張偉明']);
    expect(names(await list({ search: 'zhangweiming' }, rep.token))).toEqual(['張偉明']);
    expect(names(await list({ search: '13900001001' }, rep.token))).toEqual(['張偉明']);
    const tagged = await list({ tag: '名录', accountId: repAccountId }, rep.token);
    expect(tagged.data!.contacts.totalCount).toBe(3);
    expect(tagged.data!.contacts.edges[0].node.account).toEqual({ name: '名录代表贸易有限公司' });
    expect(names(await list({ tag: '名录', hasEmail: true }, rep.token))).toEqual(['張偉明']);
    expect(names(await list({ tag: '名录', hasPhone: true }, rep.token, { orderBy: { field: 'NAME', direction: 'ASC' } })).sort()).toEqual(['張偉明', '李娜'].sort());
    expect(names(await list({ tag: '名录', hasPhone: false, hasEmail: false }, rep.token))).toEqual(['王芳']);

    const first = await list({ tag: '名录' }, rep.token, { first: 2, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(names(first)).toEqual(['張偉明', '李娜']);
    expect(first.data!.contacts.pageInfo.hasNextPage).toBe(true);
    const second = await list({ tag: '名录' }, rep.token, { first: 2, after: first.data!.contacts.pageInfo.endCursor, orderBy: { field: 'CREATED_AT', direction: 'ASC' } });
    expect(names(second)).toEqual(['王芳']);
    expect(second.data!.contacts.pageInfo.hasNextPage).toBe(false);

    const bad = await list({ search: 'x'.repeat(201) }, rep.token);
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    expect(fieldOf(bad)).toMatch(/search/);
  });

  it('CUS-02 archiving hides a person from lists unless asked; restoring brings them back; both audited and announced', async () => {
    const archived = await archive(people.wang, rep.token);
    expect(archived.errors).toBeUndefined();
    const contact = archived.data!.archiveContact.contact;
    expect(contact.archivedAt).not.toBeNull();
    expect(contact.archivedBy).toEqual({ email: rep.email });
    people.wang = contact;

    expect(names(await list({ tag: '名录', accountId: repAccountId }, rep.token)).sort()).toEqual(['張偉明', '李娜'].sort());
    expect(names(await list({ tag: '名录', archived: 'ARCHIVED' }, rep.token))).toEqual(['王芳']);
    expect(names(await list({ tag: '名录', archived: 'ALL', accountId: repAccountId }, rep.token))).toHaveLength(3);
    const card = async (all: boolean) =>
      (await api.gql<{ account: { contacts: { displayName: string }[] } }>(ACCOUNT_PEOPLE, { id: repAccountId, all }, rep.token)).data!.account.contacts.map((c) => c.displayName);
    expect(await card(false)).not.toContain('王芳');
    expect(await card(true)).toContain('王芳');

    const again = await archive(people.wang, rep.token);
    expect(codeOf(again)).toBe('CONTACT_ALREADY_ARCHIVED');
    expect(fieldOf(again)).toBe('input.id');
    const stale = await restore({ id: people.wang.id, version: people.wang.version - 1 }, rep.token);
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');

    const restored = await restore(people.wang, rep.token);
    expect(restored.errors).toBeUndefined();
    expect(restored.data!.restoreContact.contact).toMatchObject({ archivedAt: null, archivedBy: null });
    people.wang = restored.data!.restoreContact.contact;
    expect(codeOf(await restore(people.wang, rep.token))).toBe('CONTACT_NOT_ARCHIVED');
    expect(names(await list({ tag: '名录', accountId: repAccountId }, rep.token))).toContain('王芳');

    const audits = await api.admin.query(`SELECT action, actor_user_id FROM platform.audit_log WHERE record_type = 'contact' AND record_id = $1 AND action IN ('archive', 'restore') ORDER BY occurred_at`, [people.wang.id]);
    expect(audits).toEqual([
      { action: 'archive', actor_user_id: rep.id },
      { action: 'restore', actor_user_id: rep.id },
    ]);
    const events = await api.admin.query(`SELECT event_type FROM platform.outbox_event WHERE aggregate_id = $1 AND event_type LIKE 'customer.contact.%d' ORDER BY occurred_at`, [people.wang.id]);
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(expect.arrayContaining(['customer.contact.archived', 'customer.contact.restored']));
  });

  it('ACC-01 ACC-05 a rep cannot archive or restore a peer’s or another tenant’s person; without contact:edit nobody can', async () => {
    const peers = await archive(people.peer, rep.token);
    expect(codeOf(peers)).toBe('NOT_FOUND');
    expect(codeOf(await archive(people.other, rep.token))).toBe('NOT_FOUND');
    expect(codeOf(await archive(people.zhang, otherToken))).toBe('NOT_FOUND');
    const viewer = await user(['customer:view', 'contact:view']);
    expect(codeOf(await archive(people.zhang, viewer.token))).toBe('FORBIDDEN');
    const [row] = await api.admin.query(`SELECT archived_at FROM customers.contact WHERE id = $1`, [people.peer.id]);
    expect(row.archived_at).toBeNull();
    // the admin sees everyone and may archive the peer's person
    expect((await archive(people.peer, admin)).errors).toBeUndefined();
  });

  it('CUS-04 ACC-01 ACC-05 the contacts export holds the list’s view under its filters, only what the caller sees; needs customer:export; audited', async () => {
    const mine = await exportCsv('format=csv&tag=名录&orderBy=NAME&direction=ASC', rep.token);
    expect(mine.res.status).toBe(200);
    expect(mine.res.headers['content-disposition']).toMatch(/contacts-\d{4}-\d{2}-\d{2}\.csv/);
    const [header, ...rows] = mine.rows;
    expect(header.slice(0, 4)).toEqual(['name', 'family name', 'given name', 'customer']);
    expect(rows.map((r) => r[0]).sort()).toEqual(['張偉明', '李娜', '王芳'].sort());
    const zhang = rows.find((r) => r[0] === '張偉明')!;
    expect([zhang[header.indexOf('customer')], zhang[header.indexOf('email')], zhang[header.indexOf('mobile')]]).toEqual(['名录代表贸易有限公司', 'zhang@minglu.cn', '13900001001']);
    // the list's filters apply, archived people only when asked
    expect((await exportCsv('tag=名录&hasEmail=true', rep.token)).rows.slice(1).map((r) => r[0])).toEqual(['張偉明']);
    expect((await exportCsv('search=zhangweiming', rep.token)).rows.slice(1).map((r) => r[0])).toEqual(['張偉明']);
    // the peer's person (archived by the admin above) is in the admin's archived view, never in the rep's
    expect((await exportCsv('tag=名录&archived=archived', admin)).rows.slice(1).map((r) => r[0])).toEqual(['周杰']);
    expect((await exportCsv('tag=名录&archived=all', rep.token)).rows.slice(1).map((r) => r[0])).not.toContain('周杰');
    expect((await exportCsv('tag=名录&archived=all', otherToken)).rows.slice(1).map((r) => r[0])).toEqual(['吴磊']);

    const xlsx = await request(server())
      .get('/api/customers/contacts/export?format=xlsx&tag=名录')
      .set('authorization', `Bearer ${rep.token}`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const inSheet: string[] = [];
    workbook.worksheets[0].eachRow((row, n) => n > 1 && inSheet.push(String(row.getCell(1).value)));
    expect(inSheet.sort()).toEqual(['張偉明', '李娜', '王芳'].sort());

    const noExport = await user(['customer:view', 'contact:view']);
    expect((await exportCsv('tag=名录', noExport.token)).res.status).toBe(403);
    const bad = await exportCsv('hasEmail=maybe', rep.token);
    expect(bad.res.status).toBe(400);
    expect(bad.res.body.field).toBe('hasEmail');
    expect((await request(server()).get('/api/customers/contacts/export')).status).toBe(401);

    const audits = await api.admin.query(`SELECT changes FROM platform.audit_log WHERE record_type = 'contact' AND action = 'export' AND actor_user_id = $1 ORDER BY occurred_at`, [rep.id]);
    expect(audits.length).toBe(5);
    expect(audits[0].changes).toMatchObject({ format: { after: 'csv' }, filter: { after: { tag: '名录', archived: 'active' } }, count: { after: 3 }, complete: { after: true } });
  });

  it('INT-01 a person’s own timeline lists the interactions about them, newest first; the author re-points one until reviewed; hidden from a peer', async () => {
    const log = async (subject: string, contactId: string | null, occurredAt: string) => {
      const res = await api.gql<{ logInteraction: { interaction: { id: string; contactId: string | null; contact: { displayName: string } | null } } }>(
        LOG,
        { input: { accountId: repAccountId, contactId, kind: 'CALL', subject, occurredAt } },
        rep.token,
      );
      expect(res.errors).toBeUndefined();
      return res.data!.logInteraction.interaction;
    };
    const older = await log('首次电话', people.zhang.id, '2026-01-05T09:00:00Z');
    expect(older.contact).toEqual({ displayName: '張偉明' });
    await log('再次电话', people.zhang.id, '2026-02-05T09:00:00Z');
    const aboutLi = await log('与李娜的会议', people.li.id, '2026-03-05T09:00:00Z');

    const timeline = async (contactId: string, token = rep.token, after?: string | null) =>
      api.gql<{ contactInteractions: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { subject: string } }[] } }>(CONTACT_TIMELINE, { contactId, first: 1, after }, token);
    const page1 = await timeline(people.zhang.id);
    expect(page1.data!.contactInteractions.edges.map((e) => e.node.subject)).toEqual(['再次电话']);
    const page2 = await timeline(people.zhang.id, rep.token, page1.data!.contactInteractions.pageInfo.endCursor);
    expect(page2.data!.contactInteractions.edges.map((e) => e.node.subject)).toEqual(['首次电话']);
    expect(page2.data!.contactInteractions.pageInfo.hasNextPage).toBe(false);

    // the author says the meeting was with 张 after all: it moves to his timeline
    const moved = await api.gql(UPDATE_INTERACTION, { input: { id: aboutLi.id, contactId: people.zhang.id } }, rep.token);
    expect(moved.errors).toBeUndefined();
    expect((await timeline(people.li.id)).data!.contactInteractions.edges).toEqual([]);
    expect((await timeline(people.zhang.id)).data!.contactInteractions.edges.map((e) => e.node.subject)).toEqual(['与李娜的会议']);
    // a person of another customer is refused, naming the field
    const wrong = await api.gql(UPDATE_INTERACTION, { input: { id: aboutLi.id, contactId: people.peer.id } }, rep.token);
    expect(fieldOf(wrong)).toBe('input.contactId');

    expect(codeOf(await timeline(people.zhang.id, peerToken))).toBe('NOT_FOUND');
    expect(codeOf(await timeline(people.zhang.id, otherToken))).toBe('NOT_FOUND');
  });
});
