import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';

jest.setTimeout(90_000);

const LIST = `query($first: Int, $after: String, $filter: LibraryDocumentFilter, $orderBy: LibraryDocumentOrderBy) {
  libraryDocuments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title folder tags description fileName contentType size checksum contentPath uploadedBy { email } } }
  }
}`;
const FOLDERS = `{ libraryFolders { folder documentCount } libraryTags }`;
const UPDATE = `mutation($input: UpdateLibraryDocumentInput!) { updateLibraryDocument(input: $input) { document { id title folder tags } } }`;
const DELETE = `mutation($input: DeleteLibraryDocumentInput!) { deleteLibraryDocument(input: $input) { deletedLibraryDocumentId } }`;
const FILE_UNDER = `mutation($input: FileLibraryDocumentInput!) { fileLibraryDocumentUnderCustomer(input: $input) { document { id accountId fileName title category checksum contentPath } } }`;
const CREATE_ACCOUNT = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const CUSTOMER_DOCUMENTS = `query($accountId: ID!) { customerDocuments(accountId: $accountId, first: 20) { edges { node { id title } } } }`;

type Node = { id: string; title: string; folder: string; tags: string[]; checksum: string; contentPath: string; uploadedBy: { email: string } | null };
type ListData = { libraryDocuments: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Node }[] } };

const MANAGER = ['customer:view', 'customer:create', 'customer:edit', 'library_document:*'];
const READER = ['customer:view', 'customer:create', 'customer:edit', 'library_document:view'];

describe('shared document library (CUS-08, ACC-05)', () => {
  let api: ApiHarness;
  let storageDir: string;
  const tokens: Record<'librarian' | 'reader' | 'outsider', string> = {} as never;
  let librarianEmail: string;

  const count = async (sql: string, params: unknown[] = []) => Number((await api.admin.query(sql, params))[0].n);
  const upload = (token: string | null, content: Buffer, fileName: string, fields: Record<string, string> = {}) => {
    const req = request(api.app.getHttpServer()).post('/api/library/documents');
    if (token) req.set('authorization', `Bearer ${token}`);
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return req.attach('file', content, { filename: fileName, contentType: 'application/pdf' });
  };
  const download = (token: string | null, path: string) => {
    const req = request(api.app.getHttpServer()).get(path);
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };
  const list = (token: string, variables: Record<string, unknown> = {}) => api.gql<ListData>(LIST, { first: 50, ...variables }, token);
  const libraryFiles = async () => readdir(join(storageDir, api.demoTenantId, 'library')).catch(() => [] as string[]);

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'crm-library-'));
    api = await ApiHarness.start({ FILE_STORAGE_DIR: storageDir, DOCUMENT_MAX_FILE_BYTES: 64 * 1024 });
    const librarian = await createTestUser(api.appDs, api.demoTenantId, { permissions: MANAGER, dataScope: 'own' });
    const reader = await createTestUser(api.appDs, api.demoTenantId, { permissions: READER, dataScope: 'own' });
    const outsider = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view'], dataScope: 'own' });
    tokens.librarian = await api.signIn(DEMO_TENANT.slug, librarian.user.email, librarian.password);
    tokens.reader = await api.signIn(DEMO_TENANT.slug, reader.user.email, reader.password);
    tokens.outsider = await api.signIn(DEMO_TENANT.slug, outsider.user.email, outsider.password);
    librarianEmail = librarian.user.email;
  });

  afterAll(async () => {
    await api?.stop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  it('CUS-08 a librarian uploads into a folder with tags; everyone with library view lists, searches and downloads it', async () => {
    const content = Buffer.from('%PDF-1.4 pump data sheet\n');
    const res = await upload(tokens.librarian, content, '泵产品说明书.pdf', { title: '  Pump P-100 data sheet ', folder: '/Product sheets//Pumps/', tags: 'pumps, 2026, Pumps' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'Pump P-100 data sheet', folder: 'Product sheets/Pumps', tags: ['pumps', '2026'], fileName: '泵产品说明书.pdf', size: content.length });
    const id = res.body.id as string;
    expect(await count(`SELECT count(*) AS n FROM platform.audit_log WHERE record_type = 'library_document' AND record_id = $1 AND action = 'create'`, [id])).toBe(1);

    const found = await list(tokens.reader, { filter: { search: 'p-100 sheet' } });
    expect(found.errors).toBeUndefined();
    expect(found.data!.libraryDocuments.edges.map((e) => e.node)).toEqual([expect.objectContaining({ id, uploadedBy: { email: librarianEmail } })]);
    expect((await list(tokens.reader, { filter: { tag: 'PUMPS' } })).data!.libraryDocuments.edges.map((e) => e.node.id)).toContain(id);
    expect((await list(tokens.reader, { filter: { folder: 'Product sheets' } })).data!.libraryDocuments.edges.map((e) => e.node.id)).not.toContain(id);
    expect((await list(tokens.reader, { filter: { folder: 'Product sheets', includeSubfolders: true } })).data!.libraryDocuments.edges.map((e) => e.node.id)).toContain(id);
    const folders = await api.gql<{ libraryFolders: { folder: string; documentCount: number }[]; libraryTags: string[] }>(FOLDERS, {}, tokens.reader);
    expect(folders.data!.libraryFolders).toContainEqual({ folder: 'Product sheets/Pumps', documentCount: 1 });
    expect(folders.data!.libraryTags).toEqual(expect.arrayContaining(['pumps', '2026']));

    const got = await download(tokens.reader, res.body.contentPath as string);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('泵产品说明书.pdf')}`);
    expect(Buffer.compare(got.body as Buffer, content)).toBe(0);
    expect(got.headers['x-checksum-sha256']).toBe(res.body.checksum);
  });

  it('CUS-08 the list pages by cursor and sorts by title either way', async () => {
    for (const title of ['Sort test A', 'Sort test B', 'Sort test C']) {
      expect((await upload(tokens.librarian, Buffer.from(title), `${title}.pdf`, { title, folder: 'Sorting' })).status).toBe(201);
    }
    const titles = async (direction: 'ASC' | 'DESC') => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page: { data?: ListData } = await list(tokens.reader, { first: 2, after, filter: { folder: 'Sorting' }, orderBy: { field: 'TITLE', direction } });
        seen.push(...page.data!.libraryDocuments.edges.map((e) => e.node.title));
        if (!page.data!.libraryDocuments.pageInfo.hasNextPage) break;
        after = page.data!.libraryDocuments.pageInfo.endCursor;
      }
      return seen;
    };
    expect(await titles('ASC')).toEqual(['Sort test A', 'Sort test B', 'Sort test C']);
    expect(await titles('DESC')).toEqual(['Sort test C', 'Sort test B', 'Sort test A']);
  });

  it('CUS-08 bad input is refused naming the field and nothing is stored; who may not manage the library cannot upload', async () => {
    const rowsBefore = await count('SELECT count(*) AS n FROM customers.library_document');
    const filesBefore = await libraryFiles();
    const pdf = Buffer.from('%PDF-1.4 x');

    const untitled = await upload(tokens.librarian, pdf, 'x.pdf', { title: '   ' });
    expect(untitled.status).toBe(400);
    expect(untitled.body.field).toBe('title');
    const noTitle = await upload(tokens.librarian, pdf, 'x.pdf');
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.field).toBe('title');
    const longTag = await upload(tokens.librarian, pdf, 'x.pdf', { title: 'ok', tags: 'x'.repeat(41) });
    expect(longTag.status).toBe(400);
    expect(longTag.body.field).toBe('tags');
    expect((await upload(tokens.librarian, Buffer.alloc(65 * 1024, 1), 'too-big.pdf', { title: 'Too big' })).status).toBe(413);
    const noFile = await request(api.app.getHttpServer()).post('/api/library/documents').set('authorization', `Bearer ${tokens.librarian}`).field('title', 'No file');
    expect(noFile.status).toBe(400);
    expect(noFile.body.field).toBe('file');

    expect((await upload(tokens.reader, pdf, 'x.pdf', { title: 'Not mine to add' })).status).toBe(403);
    expect((await upload(null, pdf, 'x.pdf', { title: 'Anonymous' })).status).toBe(401);
    expect(await count('SELECT count(*) AS n FROM customers.library_document')).toBe(rowsBefore);
    expect(await libraryFiles()).toEqual(filesBefore);

    // without library view: no list, no download
    const id = (await upload(tokens.librarian, pdf, 'x.pdf', { title: 'Hidden from outsiders' })).body.id as string;
    expect(codeOf(await list(tokens.outsider))).toBe('FORBIDDEN');
    expect((await download(tokens.outsider, `/api/library/documents/${id}/content`)).status).toBe(403);
    expect((await download(null, `/api/library/documents/${id}/content`)).status).toBe(401);
  });

  it('CUS-08 ACC-05 another tenant neither lists nor downloads, edits or deletes the library', async () => {
    const id = (await upload(tokens.librarian, Buffer.from('tenant A only'), 'a.pdf', { title: 'Tenant A price list', tags: 'prices' })).body.id as string;
    const b = await createTenantRow(api.admin);
    const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
    const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
    const bList = await list(bToken);
    expect(bList.errors).toBeUndefined();
    expect(bList.data!.libraryDocuments.totalCount).toBe(0);
    expect((await api.gql<{ libraryTags: string[] }>(FOLDERS, {}, bToken)).data!.libraryTags).toEqual([]);
    expect((await download(bToken, `/api/library/documents/${id}/content`)).status).toBe(404);
    expect(codeOf(await api.gql(UPDATE, { input: { id, title: 'Mine now' } }, bToken))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(DELETE, { input: { id } }, bToken))).toBe('NOT_FOUND');
    expect(await count('SELECT count(*) AS n FROM customers.library_document WHERE id = $1', [id])).toBe(1);
  });

  it('CUS-08 a librarian renames, moves and re-tags a document and deletes it, audited; a reader may do neither', async () => {
    const id = (await upload(tokens.librarian, Buffer.from('old sheet'), 'old.pdf', { title: 'Old sheet' })).body.id as string;
    expect(codeOf(await api.gql(UPDATE, { input: { id, title: 'x' } }, tokens.reader))).toBe('FORBIDDEN');
    const blank = await api.gql(UPDATE, { input: { id, title: ' ' } }, tokens.librarian);
    expect(codeOf(blank)).toBe('VALIDATION_FAILED');
    expect(fieldOf(blank)).toBe('input.title');
    const moved = await api.gql<{ updateLibraryDocument: { document: Node } }>(UPDATE, { input: { id, title: 'Archived sheet', folder: 'Archive', tags: ['old'] } }, tokens.librarian);
    expect(moved.data!.updateLibraryDocument.document).toMatchObject({ title: 'Archived sheet', folder: 'Archive', tags: ['old'] });

    expect(codeOf(await api.gql(DELETE, { input: { id } }, tokens.reader))).toBe('FORBIDDEN');
    expect((await api.gql(DELETE, { input: { id } }, tokens.librarian)).errors).toBeUndefined();
    expect((await download(tokens.librarian, `/api/library/documents/${id}/content`)).status).toBe(404);
    expect(await libraryFiles()).not.toContain(id);
    const actions = (await api.admin.query(`SELECT action FROM platform.audit_log WHERE record_type = 'library_document' AND record_id = $1 ORDER BY occurred_at`, [id])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['create', 'update', 'delete']);
  });

  it('CUS-08 ACC-01 a copy is filed under a customer the caller may edit, with the same bytes; not under one they cannot see', async () => {
    const content = Buffer.from('%PDF-1.4 quote template\n');
    const source = (await upload(tokens.librarian, content, 'quote-template.pdf', { title: 'Quote template', folder: 'Templates' })).body as { id: string; checksum: string };
    const created = await api.gql<{ createAccount: { account: { id: string } } }>(CREATE_ACCOUNT, { input: { kind: 'COMPANY', name: '文档库测试客户有限公司' } }, tokens.reader);
    const accountId = created.data!.createAccount.account.id;

    const filed = await api.gql<{ fileLibraryDocumentUnderCustomer: { document: { id: string; accountId: string; title: string; checksum: string; contentPath: string; category: string } } }>(
      FILE_UNDER,
      { input: { id: source.id, accountId, category: 'quote' } },
      tokens.reader,
    );
    expect(filed.errors).toBeUndefined();
    const copy = filed.data!.fileLibraryDocumentUnderCustomer.document;
    expect(copy).toMatchObject({ accountId, title: 'Quote template', checksum: source.checksum, category: 'quote' });
    const docs = await api.gql<{ customerDocuments: { edges: { node: { id: string } }[] } }>(CUSTOMER_DOCUMENTS, { accountId }, tokens.reader);
    expect(docs.data!.customerDocuments.edges.map((e) => e.node.id)).toEqual([copy.id]);
    const got = await download(tokens.reader, copy.contentPath);
    expect(Buffer.compare(got.body as Buffer, content)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM platform.audit_log WHERE record_type = 'library_document' AND record_id = $1 AND action = 'file_under_customer'`, [source.id])).toBe(1);

    // the librarian does not see the reader's customer: nothing is filed
    const before = await count('SELECT count(*) AS n FROM customers.document WHERE account_id = $1', [accountId]);
    const refused = await api.gql(FILE_UNDER, { input: { id: source.id, accountId } }, tokens.librarian);
    expect(codeOf(refused)).toBe('NOT_FOUND');
    expect(await count('SELECT count(*) AS n FROM customers.document WHERE account_id = $1', [accountId])).toBe(before);
  });
});
