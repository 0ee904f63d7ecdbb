import { randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DEMO_TENANT } from '@crm/composition';
import { compareEntries, TimelineEntry, TimelineProvider, TimelineRegistry } from '@crm/customers';
import { createTenantRow, createTestUser, OrgUnitEntity, RecordShareEntity } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';

jest.setTimeout(90_000);

const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const LOG = `mutation($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id kind direction subject summary occurredAt author { email } } } }`;
const UPDATE = `mutation($input: UpdateInteractionInput!) { updateInteraction(input: $input) { interaction { id subject summary } } }`;
const REVIEW = `mutation($input: ReviewInteractionInput!) { reviewInteraction(input: $input) { interaction { id managerReply reviewedAt reviewedBy { email } } } }`;
const TIMELINE = `query($accountId: ID!, $first: Int, $after: String, $filter: TimelineFilter) {
  customerTimeline(accountId: $accountId, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind title titleKey summary occurredAt source actor { email } link { recordType recordId path }
      interaction { id managerReply reviewedBy { email } } document { id fileName } } }
  }
}`;
const TO_REVIEW = `query($first: Int, $after: String) { interactionsToReview(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { id subject author { email } account { name } } } } }`;
const DOCUMENTS = `query($accountId: ID!) { customerDocuments(accountId: $accountId, first: 20) { totalCount edges { node { id fileName title category size contentType checksum contentPath uploadedBy { email } } } } }`;
const DELETE_DOCUMENT = `mutation($input: DeleteDocumentInput!) { deleteDocument(input: $input) { deletedDocumentId } }`;

interface Entry {
  id: string;
  kind: string;
  title: string;
  titleKey: string | null;
  summary: string | null;
  occurredAt: string;
  source: string;
  actor: { email: string } | null;
  link: { recordType: string; recordId: string; path: string | null } | null;
  interaction: { id: string; managerReply: string | null; reviewedBy: { email: string } | null } | null;
  document: { id: string; fileName: string } | null;
}
type TimelineData = { customerTimeline: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] } };

const REP_PERMISSIONS = ['customer:view', 'customer:create', 'customer:edit', 'contact:*', 'interaction:*'];
// a team manager without customer:admin (an admin may review anyone's interactions on customers they see)
const MANAGER_PERMISSIONS = ['customer:view', 'customer:create', 'customer:edit', 'contact:*', 'interaction:*'];

describe('customer timeline, interactions and their review, documents (INT-01, INT-02, CUS-08, CUS-05, ACC-01, ACC-05)', () => {
  let api: ApiHarness;
  let storageDir: string;
  const tokens: Record<'manager' | 'rep' | 'peer' | 'otherManager' | 'stranger', string> = {} as never;
  const emails: Record<string, string> = {};
  let accountId: string;

  const logAs = (token: string, input: Record<string, unknown>) =>
    api.gql<{ logInteraction: { interaction: { id: string; [k: string]: unknown } } }>(LOG, { input: { accountId, kind: 'CALL', subject: 'Call', occurredAt: new Date().toISOString(), ...input } }, token);
  const timeline = (token: string, variables: Record<string, unknown> = {}) => api.gql<TimelineData>(TIMELINE, { accountId, first: 50, ...variables }, token);
  const count = async (sql: string, params: unknown[]) => Number((await api.admin.query(sql, params))[0].n);
  const upload = (token: string | null, account: string, content: Buffer, fileName: string, fields: Record<string, string> = {}) => {
    const req = request(api.app.getHttpServer()).post(`/api/customers/${account}/documents`);
    if (token) req.set('authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return req.attach('file', content, { filename: fileName, contentType: 'application/pdf' });
  };
  const download = (token: string, path: string) =>
    request(api.app.getHttpServer())
      .get(path)
      .set('authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const share = (recordId: string, userId: string) =>
    api.admin.getRepository(RecordShareEntity).insert({ tenantId: api.demoTenantId, recordType: 'customer', recordId, sharedWithUserId: userId, access: 'edit' });

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'crm-documents-'));
    api = await ApiHarness.start({ FILE_STORAGE_DIR: storageDir, DOCUMENT_MAX_FILE_BYTES: 64 * 1024 });
    // a manager above a team of two reps; another manager beside them; a rep elsewhere
    const manager = await createTestUser(api.appDs, api.demoTenantId, { permissions: MANAGER_PERMISSIONS, dataScope: 'subtree' });
    const teamId = randomUUID();
    await api.admin.getRepository(OrgUnitEntity).insert({ tenantId: api.demoTenantId, id: teamId, parentId: manager.unit!.id, name: 'Timeline team', path: `${manager.unit!.path}${teamId}/` });
    const rep = await createTestUser(api.appDs, api.demoTenantId, { permissions: REP_PERMISSIONS, dataScope: 'own', unitId: teamId });
    const peer = await createTestUser(api.appDs, api.demoTenantId, { permissions: REP_PERMISSIONS, dataScope: 'own', unitId: teamId });
    const otherManager = await createTestUser(api.appDs, api.demoTenantId, { permissions: MANAGER_PERMISSIONS, dataScope: 'subtree' });
    const stranger = await createTestUser(api.appDs, api.demoTenantId, { permissions: REP_PERMISSIONS, dataScope: 'own' });
    for (const [name, user] of Object.entries({ manager, rep, peer, otherManager, stranger })) {
      tokens[name as keyof typeof tokens] = await api.signIn(DEMO_TENANT.slug, user.user.email, user.password);
      emails[name] = user.user.email;
    }
    const created = await api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { kind: 'COMPANY', name: '时间线测试客户有限公司' } }, tokens.rep);
    expect(created.errors).toBeUndefined();
    accountId = created.data!.createAccount.account.id;
    // the peer and the other team's manager see the customer through a share: seeing is not managing
    await share(accountId, peer.user.id);
    await share(accountId, otherManager.user.id);
  });

  afterAll(async () => {
    await api?.stop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  it('INT-01 bad input names each field and saves nothing', async () => {
    const future = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    const res = await logAs(tokens.rep, { kind: 'NOTE', direction: 'OUTBOUND', subject: '   ', occurredAt: future });
    expect(codeOf(res)).toBe('VALIDATION_FAILED');
    expect(res.errors![0].extensions!.problems!.map((p) => p.field).sort()).toEqual(['input.direction', 'input.occurredAt', 'input.subject']);
    const badContact = await logAs(tokens.rep, { contactId: randomUUID() });
    expect(fieldOf(badContact)).toBe('input.contactId');
    const badKind = await logAs(tokens.rep, { kind: 'CARRIER_PIGEON' });
    expect(badKind.errors).toBeDefined();
    expect(await count('SELECT count(*) AS n FROM customers.interaction WHERE account_id = $1', [accountId])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM platform.outbox_event WHERE event_type = 'customer.interaction.logged' AND aggregate_id = $1`, [accountId])).toBe(0);
  });

  it('INT-01 a logged call appears first in the customer timeline, audited, with an outbox event and the customer’s last contact time', async () => {
    const at = new Date().toISOString();
    const res = await logAs(tokens.rep, { kind: 'CALL', direction: 'OUTBOUND', subject: '询价回访', summary: '客户要 500 台，下周报价', occurredAt: at });
    expect(res.errors).toBeUndefined();
    const id = res.data!.logInteraction.interaction.id;
    expect(res.data!.logInteraction.interaction).toMatchObject({ kind: 'CALL', direction: 'OUTBOUND', author: { email: emails.rep } });

    const page = await timeline(tokens.rep);
    expect(page.errors).toBeUndefined();
    const first = page.data!.customerTimeline.edges[0].node;
    expect(first).toMatchObject({ id: `customers.interaction:${id}`, kind: 'call', title: '询价回访', summary: '客户要 500 台，下周报价', source: 'customers.interaction', actor: { email: emails.rep } });
    expect(first.interaction).toMatchObject({ id, managerReply: null });
    // the account's own milestone (created) is in the timeline too, after the call
    expect(page.data!.customerTimeline.edges.map((e) => e.node.titleKey)).toContain('customer.created');

    expect(await count(`SELECT count(*) AS n FROM platform.audit_log WHERE record_type = 'interaction' AND record_id = $1 AND action = 'create'`, [id])).toBe(1);
    const events = await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.interaction.logged' AND aggregate_id = $1`, [accountId]);
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ interactionId: id, accountId, kind: 'call' });
    const [account] = await api.admin.query('SELECT last_interaction_at FROM customers.account WHERE id = $1', [accountId]);
    expect(new Date(account.last_interaction_at).toISOString()).toBe(at);
  });

  it('INT-01 the timeline pages newest first by keyset without gaps or repeats, also on equal times, and filters by kind', async () => {
    const same = new Date(Date.now() - 3600_000).toISOString();
    for (const [i, kind] of (['EMAIL', 'MEETING', 'VISIT', 'NOTE', 'WEB', 'FAX', 'PARTNER'] as const).entries()) {
      const res = await logAs(tokens.rep, { kind, subject: `Entry ${i}`, occurredAt: i < 3 ? same : new Date(Date.now() - (i + 2) * 3600_000).toISOString() });
      expect(res.errors).toBeUndefined();
    }
    const all = (await timeline(tokens.rep)).data!.customerTimeline;
    const ids = all.edges.map((e) => e.node.id);
    const times = all.edges.map((e) => e.node.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.totalCount).toBe(ids.length);

    const paged: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const res: { data?: TimelineData } = await timeline(tokens.rep, { first: 2, after });
      const conn = res.data!.customerTimeline;
      paged.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(paged).toEqual(ids);

    const calls = (await timeline(tokens.rep, { filter: { kinds: ['call', 'visit'] } })).data!.customerTimeline;
    expect(calls.edges.map((e) => e.node.kind).sort()).toEqual(['call', 'visit']);
    expect(calls.totalCount).toBe(2);
    expect(fieldOf(await timeline(tokens.rep, { filter: { kinds: ['telepathy'] } }))).toBe('filter.kinds');
    expect(fieldOf(await timeline(tokens.rep, { after: 'bm90LWEtY3Vyc29y' }))).toBe('after');
  });

  it('INT-01 ACC-01 ACC-05 another rep or another tenant cannot read the timeline or log on the customer', async () => {
    expect(codeOf(await timeline(tokens.stranger))).toBe('NOT_FOUND');
    expect(codeOf(await logAs(tokens.stranger, { subject: 'sneaky' }))).toBe('NOT_FOUND');
    const b = await createTenantRow(api.admin);
    const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
    const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
    expect(codeOf(await timeline(bToken))).toBe('NOT_FOUND');
    expect(codeOf(await logAs(bToken, { subject: 'sneaky' }))).toBe('NOT_FOUND');
    expect(await count(`SELECT count(*) AS n FROM customers.interaction WHERE subject = 'sneaky'`, [])).toBe(0);
  });

  it('INT-01 only the author edits an interaction', async () => {
    const id = (await logAs(tokens.rep, { subject: 'Typo in subjetc' })).data!.logInteraction.interaction.id;
    const fixed = await api.gql<{ updateInteraction: { interaction: { subject: string } } }>(UPDATE, { input: { id, subject: 'Typo in subject', summary: 'fixed' } }, tokens.rep);
    expect(fixed.data!.updateInteraction.interaction.subject).toBe('Typo in subject');
    expect(codeOf(await api.gql(UPDATE, { input: { id, subject: 'manager rewrites it' } }, tokens.manager))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(UPDATE, { input: { id, subject: ' ' } }, tokens.rep))).toBe('VALIDATION_FAILED');
    // null leaves a field as it is
    expect((await api.gql<{ updateInteraction: { interaction: { subject: string } } }>(UPDATE, { input: { id, subject: null, summary: null } }, tokens.rep)).data!.updateInteraction.interaction).toMatchObject({ subject: 'Typo in subject', summary: 'fixed' });
    expect((await api.admin.query('SELECT subject FROM customers.interaction WHERE id = $1', [id]))[0].subject).toBe('Typo in subject');
  });

  it('INT-02 the author’s manager replies; the author sees the reply; neither the author, a peer nor a manager of another team may review', async () => {
    const id = (await logAs(tokens.rep, { kind: 'VISIT', subject: '现场拜访', summary: '对方采购经理不在' })).data!.logInteraction.interaction.id;
    const review = (token: string, reply = '下次先电话预约') => api.gql<{ reviewInteraction: { interaction: { managerReply: string; reviewedBy: { email: string } } } }>(REVIEW, { input: { interactionId: id, reply } }, token);

    const queue = async (token: string) => (await api.gql<{ interactionsToReview: { edges: { node: { id: string; author: { email: string }; account: { name: string } } }[] } }>(TO_REVIEW, { first: 100 }, token)).data!.interactionsToReview.edges.map((e) => e.node);
    expect((await queue(tokens.manager)).find((n) => n.id === id)).toMatchObject({ author: { email: emails.rep }, account: { name: '时间线测试客户有限公司' } });
    expect(await queue(tokens.rep)).toEqual([]);
    expect((await queue(tokens.otherManager)).map((n) => n.id)).not.toContain(id);

    expect(codeOf(await review(tokens.rep))).toBe('FORBIDDEN');
    expect(codeOf(await review(tokens.peer))).toBe('FORBIDDEN');
    expect(codeOf(await review(tokens.otherManager))).toBe('FORBIDDEN');
    expect(codeOf(await review(tokens.stranger))).toBe('NOT_FOUND');
    expect(fieldOf(await review(tokens.manager, '  '))).toBe('input.reply');
    expect((await api.admin.query('SELECT reviewed_at FROM customers.interaction WHERE id = $1', [id]))[0].reviewed_at).toBeNull();

    const done = await review(tokens.manager);
    expect(done.errors).toBeUndefined();
    expect(done.data!.reviewInteraction.interaction).toMatchObject({ managerReply: '下次先电话预约', reviewedBy: { email: emails.manager } });
    const seen = (await timeline(tokens.rep)).data!.customerTimeline.edges.find((e) => e.node.interaction?.id === id)!.node;
    expect(seen.interaction).toMatchObject({ managerReply: '下次先电话预约', reviewedBy: { email: emails.manager } });
    expect((await queue(tokens.manager)).map((n) => n.id)).not.toContain(id);
    const events = await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.interaction.reviewed'`);
    expect(events.map((e: { payload: { interactionId: string } }) => e.payload.interactionId)).toContain(id);
    // what the manager replied to stays as it was
    expect(codeOf(await api.gql(UPDATE, { input: { id, summary: 'rewritten afterwards' } }, tokens.rep))).toBe('INTERACTION_REVIEWED');
  });

  it('INT-02 the review queue pages by cursor', async () => {
    for (let i = 0; i < 3; i++) await logAs(tokens.rep, { subject: `Queue ${i}`, occurredAt: new Date(Date.now() - i * 1000).toISOString() });
    const first = await api.gql<{ interactionsToReview: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } }>(TO_REVIEW, { first: 2 }, tokens.manager);
    const next = await api.gql<{ interactionsToReview: { edges: { node: { id: string } }[] } }>(TO_REVIEW, { first: 2, after: first.data!.interactionsToReview.pageInfo.endCursor }, tokens.manager);
    expect(first.data!.interactionsToReview.pageInfo.hasNextPage).toBe(true);
    const a = first.data!.interactionsToReview.edges.map((e) => e.node.id);
    const b = next.data!.interactionsToReview.edges.map((e) => e.node.id);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  describe('documents', () => {
    const content = Buffer.from('%PDF-1.4 quote for 500 units\n');

    it('CUS-08 a document uploaded to a customer is listed, shows in the timeline and downloads with its type and name', async () => {
      const res = await upload(tokens.rep, accountId, content, '2026年报价单.pdf', { title: '2026 framework quote', category: 'Quote' });
      expect(res.status).toBe(201);
      const id = res.body.id as string;
      expect(res.body).toMatchObject({ fileName: '2026年报价单.pdf', title: '2026 framework quote', category: 'quote', size: content.length, contentType: 'application/pdf' });

      const list = await api.gql<{ customerDocuments: { totalCount: number; edges: { node: { id: string; checksum: string; uploadedBy: { email: string } } }[] } }>(DOCUMENTS, { accountId }, tokens.rep);
      expect(list.data!.customerDocuments.edges[0].node).toMatchObject({ id, uploadedBy: { email: emails.rep } });
      const entries = (await timeline(tokens.rep, { filter: { kinds: ['document'] } })).data!.customerTimeline.edges.map((e) => e.node);
      expect(entries[0]).toMatchObject({ kind: 'document', title: '2026 framework quote', document: { id }, link: { path: `/api/customers/documents/${id}/content` } });

      const got = await download(tokens.rep, `/api/customers/documents/${id}/content`);
      expect(got.status).toBe(200);
      expect(got.headers['content-type']).toBe('application/pdf');
      expect(got.headers['x-content-type-options']).toBe('nosniff');
      expect(got.headers['content-disposition']).toBe(`attachment; filename="2026____.pdf"; filename*=UTF-8''${encodeURIComponent('2026年报价单.pdf')}`);
      expect(Buffer.compare(got.body as Buffer, content)).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM platform.audit_log WHERE record_type = 'customer_document' AND record_id = $1 AND action = 'create'`, [id])).toBe(1);
    });

    it('CUS-08 ACC-01 ACC-05 no download, upload or listing for who cannot see the customer; nothing is stored for them', async () => {
      const id = (await upload(tokens.rep, accountId, content, 'private.pdf')).body.id as string;
      const path = `/api/customers/documents/${id}/content`;
      expect((await request(api.app.getHttpServer()).get(path)).status).toBe(401);
      expect((await download(tokens.stranger, path)).status).toBe(404);
      const b = await createTenantRow(api.admin);
      const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
      const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
      expect((await download(bToken, path)).status).toBe(404);
      expect(codeOf(await api.gql(DOCUMENTS, { accountId }, tokens.stranger))).toBe('NOT_FOUND');

      const before = await count('SELECT count(*) AS n FROM customers.document', []);
      const filesBefore = await readdir(join(storageDir, api.demoTenantId, 'documents'));
      expect((await upload(tokens.stranger, accountId, content, 'intruder.pdf')).status).toBe(404);
      expect((await upload(bToken, accountId, content, 'intruder.pdf')).status).toBe(404);
      expect((await upload(null, accountId, content, 'anonymous.pdf')).status).toBe(401);
      expect((await upload(tokens.rep, accountId, Buffer.alloc(65 * 1024, 1), 'too-big.pdf')).status).toBe(413);
      const untitled = await upload(tokens.rep, accountId, content, 'x.pdf', { title: 'x'.repeat(201) });
      expect(untitled.status).toBe(400);
      expect(untitled.body.field).toBe('title');
      expect(await count('SELECT count(*) AS n FROM customers.document', [])).toBe(before);
      expect(await readdir(join(storageDir, api.demoTenantId, 'documents'))).toEqual(filesBefore);
    });

    it('CUS-08 the uploader deletes a document, audited; its bytes are gone; someone else may not', async () => {
      const id = (await upload(tokens.rep, accountId, content, 'to-delete.pdf')).body.id as string;
      expect(codeOf(await api.gql(DELETE_DOCUMENT, { input: { id } }, tokens.peer))).toBe('FORBIDDEN');
      expect(codeOf(await api.gql(DELETE_DOCUMENT, { input: { id } }, tokens.stranger))).toBe('NOT_FOUND');
      const res = await api.gql<{ deleteDocument: { deletedDocumentId: string } }>(DELETE_DOCUMENT, { input: { id } }, tokens.rep);
      expect(res.data!.deleteDocument.deletedDocumentId).toBe(id);
      expect((await download(tokens.rep, `/api/customers/documents/${id}/content`)).status).toBe(404);
      expect(await readdir(join(storageDir, api.demoTenantId, 'documents'))).not.toContain(id);
      expect(await count(`SELECT count(*) AS n FROM platform.audit_log WHERE record_type = 'customer_document' AND record_id = $1 AND action = 'delete'`, [id])).toBe(1);
    });
  });

  it('INT-01 CUS-05 entries another context registers (e.g. orders) merge into the timeline in time order and page with the rest', async () => {
    const created = await api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { kind: 'COMPANY', name: 'Provider Contract Test GmbH' } }, tokens.rep);
    const customer = created.data!.createAccount.account.id;
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);
    const order = (h: number): TimelineEntry => {
      const occurredAt = hoursAgo(h);
      const id = randomUUID();
      return { id: `sales.order:${id}`, kind: 'order', occurredAt, at: occurredAt.toISOString().replace('Z', '000Z'), title: `Order ${h}`, summary: null, actorId: null, source: 'sales.order', link: { recordType: 'order', recordId: id } };
    };
    const orders = [order(0.5), order(2.5), order(4.5)];
    // what a later context does in its onModuleInit: answers for its own records of the asked customer
    const provider: TimelineProvider = {
      source: 'sales.order',
      kinds: ['order'],
      entries: async (_em, slice) =>
        slice.accountId !== customer ? [] : orders.filter((o) => !slice.before || compareEntries(o, slice.before) > 0).sort(compareEntries).slice(0, slice.limit),
      count: async (_em, slice) => (slice.accountId === customer ? orders.length : 0),
    };
    api.app.get(TimelineRegistry).register(provider);
    for (const h of [1.5, 3.5]) {
      expect((await api.gql(LOG, { input: { accountId: customer, kind: 'CALL', subject: `Call ${h}`, occurredAt: hoursAgo(h).toISOString() } }, tokens.rep)).errors).toBeUndefined();
    }
    const titles: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const res: { data?: TimelineData } = await api.gql<TimelineData>(TIMELINE, { accountId: customer, first: 2, after }, tokens.rep);
      titles.push(...res.data!.customerTimeline.edges.map((e) => e.node.title));
      if (!res.data!.customerTimeline.pageInfo.hasNextPage) break;
      after = res.data!.customerTimeline.pageInfo.endCursor;
    }
    expect(titles).toEqual(['Customer created', 'Order 0.5', 'Call 1.5', 'Order 2.5', 'Call 3.5', 'Order 4.5']);
    const onlyOrders = (await api.gql<TimelineData>(TIMELINE, { accountId: customer, first: 10, filter: { kinds: ['order'] } }, tokens.rep)).data!.customerTimeline;
    expect(onlyOrders.edges.map((e) => e.node.source)).toEqual(['sales.order', 'sales.order', 'sales.order']);
    expect(onlyOrders.totalCount).toBe(3);
  });
});
