import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import { AuditService, createDataSource, createTenantRow, OutboxService, RequestContext, systemPrincipal, TenantDb } from '@crm/platform';
import { ConsentService } from './consent.service';
import { ContactService } from './contact.service';
import { DuplicateFinder } from './duplicate-finder';

/** CUS-06: the consent check other contexts call before any outbound action, against real PostgreSQL. */
describe('ConsentService.mayContact (CUS-06)', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: DataSource;
  let consents: ConsentService;
  let contacts: ContactService;
  let tenantA: string;
  let tenantB: string;
  let contactId: string;

  const as = <T>(tenantId: string, fn: () => Promise<T>) => RequestContext.run({ requestId: 'medium-test', principal: systemPrincipal(tenantId, { channel: 'web' }) }, fn);

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    app = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    const tenantDb = new TenantDb(app);
    const audit = new AuditService(tenantDb);
    const outbox = new OutboxService();
    consents = new ConsentService(tenantDb, audit, outbox);
    contacts = new ContactService(tenantDb, audit, outbox, new DuplicateFinder(), db.config);
    tenantA = (await createTenantRow(admin)).id;
    tenantB = (await createTenantRow(admin)).id;
    const { contact } = await as(tenantA, () => contacts.create({ familyName: '李', givenName: '娜', contactPoints: [{ kind: 'email', value: 'li.na@example.cn' }] }));
    contactId = contact.id;
    await as(tenantA, () => consents.set({ contactId, channel: 'email', status: 'denied', source: 'call' }));
    await as(tenantA, () => consents.set({ contactId, channel: 'phone', status: 'granted', source: 'form' }));
  }, 60_000);

  afterAll(async () => {
    await app?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  it('CUS-06 a contact who refused e-mail is refused for marketing and for service on that channel', async () => {
    await expect(consents.mayContact(tenantA, contactId, 'email', 'marketing')).resolves.toBe(false);
    await expect(consents.mayContact(tenantA, contactId, 'email', 'service')).resolves.toBe(false);
    await expect(consents.mayContact(tenantA, contactId, 'email')).resolves.toBe(false);
  });

  it('CUS-06 a granted channel is allowed; an unknown one only for service', async () => {
    await expect(consents.mayContact(tenantA, contactId, 'phone')).resolves.toBe(true);
    await expect(consents.mayContact(tenantA, contactId, 'sms', 'marketing')).resolves.toBe(false);
    await expect(consents.mayContact(tenantA, contactId, 'sms', 'service')).resolves.toBe(true);
  });

  it('ACC-05 CUS-06 another tenant cannot reach the contact, even with its id', async () => {
    await expect(consents.mayContact(tenantB, contactId, 'phone', 'service')).resolves.toBe(false);
  });

  it('CUS-06 PLT-04 each change is audited with before and after and announced to other contexts', async () => {
    const audit = await admin.query(`SELECT action, changes FROM platform.audit_log WHERE record_id = $1 AND action = 'consent' ORDER BY occurred_at`, [contactId]);
    expect(audit).toHaveLength(2);
    expect(audit[0].changes['consent.email']).toEqual({ before: 'unknown', after: 'denied' });
    const events = await admin.query(`SELECT payload FROM platform.outbox_event WHERE aggregate_id = $1 AND event_type = 'customer.contact.consent_changed'`, [contactId]);
    expect(events.map((e: { payload: { channel: string; status: string } }) => `${e.payload.channel}:${e.payload.status}`).sort()).toEqual(['email:denied', 'phone:granted']);
  });

  it('CUS-06 withdrawing consent takes effect at once', async () => {
    await as(tenantA, () => consents.set({ contactId, channel: 'phone', status: 'denied', source: 'unsubscribe' }));
    await expect(consents.mayContact(tenantA, contactId, 'phone', 'service')).resolves.toBe(false);
  });
});
