import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import { AuditService, createDataSource, createTenantRow, OutboxService, RequestContext, systemPrincipal, TenantDb } from '@crm/platform';
import { contactNameKeys } from '../domain/contacts/contact-name';
import { ContactMergeService } from './contact-merge.service';
import { ContactService } from './contact.service';
import { DuplicateFinder } from './duplicate-finder';
import { checkRows, ImportBatchWriter } from './import/import-batch';

/**
 * DQ-02 (ADR 0006): the table of distinct contact name keys the similar-name search runs on is kept by
 * statement triggers on customers.contact, through every write path, as the application role under RLS.
 */
describe('contact name keys (DQ-02)', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: DataSource;
  let tenantDb: TenantDb;
  let contacts: ContactService;
  let merges: ContactMergeService;
  let importer: ImportBatchWriter;
  let tenantA: string;
  let tenantB: string;

  const as = <T>(tenantId: string, fn: () => Promise<T>) => RequestContext.run({ requestId: 'medium-test', principal: systemPrincipal(tenantId, { channel: 'web' }) }, fn);
  const key = (name: string) => contactNameKeys(name).nameKey;
  /** The key table of a tenant, as { key: contacts }. */
  const keysOf = async (tenantId: string) =>
    Object.fromEntries(
      (await admin.query(`SELECT name_key, contacts FROM customers.contact_name_key WHERE tenant_id = $1 ORDER BY name_key`, [tenantId])).map(
        (r: { name_key: string; contacts: number }) => [r.name_key, r.contacts],
      ),
    );
  /** What the key table must hold: the live (not merged) contacts of the tenant counted by key. */
  const liveKeysOf = async (tenantId: string) =>
    Object.fromEntries(
      (
        await admin.query(
          `SELECT name_key, count(*)::int AS contacts FROM customers.contact WHERE tenant_id = $1 AND merged_into_id IS NULL GROUP BY name_key ORDER BY name_key`,
          [tenantId],
        )
      ).map((r: { name_key: string; contacts: number }) => [r.name_key, r.contacts]),
    );
  const create = (tenantId: string, givenName: string, familyName: string, accountId?: string) =>
    as(tenantId, async () => (await contacts.create({ givenName, familyName, accountId, allowDuplicate: true })).contact);

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    app = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    tenantDb = new TenantDb(app);
    const audit = new AuditService(tenantDb);
    const outbox = new OutboxService();
    contacts = new ContactService(tenantDb, audit, outbox, new DuplicateFinder(), db.config);
    merges = new ContactMergeService(tenantDb, audit, outbox);
    importer = new ImportBatchWriter(audit, outbox);
    tenantA = (await createTenantRow(admin)).id;
    tenantB = (await createTenantRow(admin)).id;
  }, 60_000);

  afterAll(async () => {
    await app?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  it('DQ-02 the key table follows adding, renaming, merging and deleting contacts, counting only people not merged away', async () => {
    const first = await create(tenantA, 'Margarete', 'Schneider');
    const second = await create(tenantA, 'Margarete', 'Schneider');
    const hans = await create(tenantA, 'Hans', 'Weber');
    expect(await keysOf(tenantA)).toEqual({ [key('Margarete Schneider')]: 2, [key('Hans Weber')]: 1 });

    const renamed = await as(tenantA, () => contacts.update({ id: second.id, version: second.version, givenName: 'Greta', familyName: 'Schneider', allowDuplicate: true }));
    expect(await keysOf(tenantA)).toEqual({ [key('Margarete Schneider')]: 1, [key('Greta Schneider')]: 1, [key('Hans Weber')]: 1 });
    // an edit that keeps the name changes no count
    await as(tenantA, () => contacts.update({ id: hans.id, version: hans.version, givenName: 'Hans', familyName: 'Weber', jobTitle: 'Einkauf' }));
    expect(await keysOf(tenantA)).toEqual({ [key('Margarete Schneider')]: 1, [key('Greta Schneider')]: 1, [key('Hans Weber')]: 1 });

    await as(tenantA, () => merges.merge({ survivorId: first.id, mergedIds: [renamed.id] }));
    expect(await keysOf(tenantA)).toEqual({ [key('Margarete Schneider')]: 1, [key('Hans Weber')]: 1 });

    const current = await as(tenantA, () => contacts.get(hans.id));
    await as(tenantA, () => contacts.delete(hans.id, current.version));
    expect(await keysOf(tenantA)).toEqual({ [key('Margarete Schneider')]: 1 });
    expect(await keysOf(tenantA)).toEqual(await liveKeysOf(tenantA));
  });

  it('DQ-02 the key table follows a set-wise import of contacts', async () => {
    const rows = checkRows(
      [
        { rowNumber: 1, cells: ['Schneider Maschinenbau GmbH', 'company', 'Margarete Schneider'] },
        { rowNumber: 2, cells: ['Lindqvist Trading AB', 'company', 'Ingrid Lindqvist'] },
        { rowNumber: 3, cells: ['Lindqvist Logistics AB', 'company', 'Ingrid Lindqvist'] },
      ],
      { 0: 'name', 1: 'kind', 2: 'contactName' },
      { baseCurrency: 'CNY' },
    );
    const principal = systemPrincipal(tenantA, { channel: 'import' });
    const counts = await tenantDb.asTenant(principal, (em) =>
      importer.apply(em, { principal, jobId: randomUUID(), policy: 'create', protectedFields: new Set() }, rows),
    );
    expect(counts.created).toBe(3);
    expect(await keysOf(tenantA)).toEqual({ [key('Margarete Schneider')]: 2, [key('Ingrid Lindqvist')]: 2 });
    expect(await keysOf(tenantA)).toEqual(await liveKeysOf(tenantA));
  });

  it('DQ-02 a one-letter slip next to a name many people share still finds the right person, searching distinct keys', async () => {
    const finder = new DuplicateFinder();
    const principal = systemPrincipal(tenantB, { channel: 'web' });
    // 30 namesakes (more than the search keeps per name) entered at once, as the application role
    await tenantDb.asTenant(principal, (em) =>
      em.query(
        `INSERT INTO customers.contact (tenant_id, display_name, name_key, version) SELECT $1, 'Alexander Richardson', $2, 1 FROM generate_series(1, 30)`,
        [tenantB, key('Alexander Richardson')],
      ),
    );
    const alexandra = await create(tenantB, 'Alexandra', 'Richardson');
    expect(await keysOf(tenantB)).toEqual({ [key('Alexander Richardson')]: 30, [key('Alexandra Richardson')]: 1 });

    const found = await tenantDb.asTenant(principal, (em) => finder.findContacts(em, principal, { name: 'Alexandra Richardsn' }));
    expect(found[0]).toMatchObject({ contactId: alexandra.id, name: 'Alexandra Richardson', reasons: [{ code: 'SIMILAR_NAME' }] });
    expect(found.slice(1).every((c) => c.name === 'Alexander Richardson')).toBe(true);

    // the benchmark's typo-at-account: one of the namesakes works at the customer the person is added at
    const [{ id: accountId }] = await tenantDb.asTenant(principal, (em) =>
      em.query(`INSERT INTO customers.account (tenant_id, kind, name, name_key, version) VALUES ($1, 'company', 'Richardson & Söhne', 'richardson', 1) RETURNING id`, [tenantB]),
    );
    const atAccount = await create(tenantB, 'Alexander', 'Richardson', accountId);
    const slip = await tenantDb.asTenant(principal, (em) => finder.findContacts(em, principal, { name: 'Alexander Richardsen', accountId }));
    expect(slip[0]).toMatchObject({ contactId: atAccount.id, reasons: [{ code: 'SIMILAR_NAME' }] });
    expect(slip).toHaveLength(10);
  });

  it('DQ-02 ACC-05 another tenant’s name keys are never seen or written, and its contacts never move this tenant’s counts', async () => {
    const before = await keysOf(tenantA);
    const konstantin = await create(tenantB, 'Konstantin', 'Wolkow');
    expect(await keysOf(tenantA)).toEqual(before);

    const principal = systemPrincipal(tenantA, { channel: 'web' });
    const seen = await tenantDb.asTenant(principal, (em) => em.query(`SELECT DISTINCT tenant_id FROM customers.contact_name_key`));
    expect(seen).toEqual([{ tenant_id: tenantA }]);
    const found = await tenantDb.asTenant(principal, (em) => new DuplicateFinder().findContacts(em, principal, { name: 'Konstantin Wolkov' }));
    expect(found).toEqual([]);
    await expect(
      tenantDb.asTenant(principal, (em) => em.query(`INSERT INTO customers.contact_name_key (tenant_id, name_key, contacts) VALUES ($1, 'forged', 1)`, [tenantB])),
    ).rejects.toThrow(/row-level security/);
    // the other tenant finds its own person
    const principalB = systemPrincipal(tenantB, { channel: 'web' });
    const foundB = await tenantDb.asTenant(principalB, (em) => new DuplicateFinder().findContacts(em, principalB, { name: 'Konstantin Wolkov' }));
    expect(foundB.map((c) => c.contactId)).toEqual([konstantin.id]);
  });
});
