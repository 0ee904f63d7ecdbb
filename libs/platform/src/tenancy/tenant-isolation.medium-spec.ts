import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, TestDatabase } from '@crm/composition';
import { AuditLogEntity, AuditService, createDataSource, RequestContext, TenantDb } from '@crm/platform';
import { createTenantRow, systemPrincipal } from '../testing/factories';

describe('tenant isolation (row-level security)', () => {
  let db: TestDatabase;
  let admin: DataSource;
  let app: DataSource;
  let tenantA: string;
  let tenantB: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
    app = await createDataSource(db.config, ALL_DATABASE_PARTS, 'app').initialize();
    tenantA = (await createTenantRow(admin)).id;
    tenantB = (await createTenantRow(admin)).id;
    const tenantDb = new TenantDb(app);
    const audit = new AuditService(tenantDb);
    for (const tenantId of [tenantA, tenantB]) {
      await tenantDb.asTenant(systemPrincipal(tenantId), (em) =>
        audit.record(em, { recordType: 'probe', recordId: tenantId, action: 'create', after: { owner: tenantId } }),
      );
    }
  });

  afterAll(async () => {
    await app?.destroy();
    await admin?.destroy();
    await db?.drop();
  });

  it('ACC-05 the application role is neither superuser nor exempt from row-level security', async () => {
    const [role] = await app.query('SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('ACC-05 without a tenant set, the application role sees no tenant rows in raw SQL', async () => {
    const [{ count }] = await app.query('SELECT count(*)::int AS count FROM platform.audit_log');
    expect(count).toBe(0);
  });

  it('ACC-05 inside a tenant transaction only that tenant’s rows are read, even when asked for the other by id', async () => {
    const rows = await new TenantDb(app).asTenant(systemPrincipal(tenantA), (em) =>
      em.query('SELECT tenant_id FROM platform.audit_log WHERE tenant_id IN ($1, $2)', [tenantA, tenantB]),
    );
    expect(rows).toEqual([{ tenant_id: tenantA }]);
  });

  it('ACC-05 a row for another tenant cannot be written from a tenant transaction', async () => {
    const write = new TenantDb(app).asTenant(systemPrincipal(tenantA), (em) =>
      em.insert(AuditLogEntity, { tenantId: tenantB, channel: 'system', recordType: 'x', recordId: 'y', action: 'create', changes: {} }),
    );
    await expect(write).rejects.toThrow(/row-level security/);
    const [{ count }] = await admin.query('SELECT count(*)::int AS count FROM platform.audit_log WHERE tenant_id = $1', [tenantB]);
    expect(count).toBe(1);
  });

  it('ACC-05 the tenant setting ends with its transaction and never leaks to the next use of the connection', async () => {
    await new TenantDb(app).asTenant(systemPrincipal(tenantA), (em) => em.query('SELECT 1'));
    const [{ tenant }] = await app.query(`SELECT current_setting('app.tenant_id', true) AS tenant`);
    expect(tenant || null).toBeNull();
  });

  it('ACC-05 a failed tenant transaction is rolled back and leaves neither its tenant nor an open transaction on the connection', async () => {
    const failing = new TenantDb(app).asTenant(systemPrincipal(tenantA), async (em) => {
      await em.query(`INSERT INTO platform.audit_log (tenant_id, channel, record_type, record_id, action, changes)
                      VALUES ($1, 'system', 'probe', 'rolled-back', 'create', '{}')`, [tenantA]);
      await em.query('SELECT 1/0');
    });
    await expect(failing).rejects.toThrow(/division by zero/);
    const [state] = await app.query(`SELECT current_setting('app.tenant_id', true) AS tenant, now() = statement_timestamp() AS "ownTransaction"`);
    expect({ tenant: state.tenant || null, ownTransaction: state.ownTransaction }).toEqual({ tenant: null, ownTransaction: true });
    const [{ count }] = await admin.query(`SELECT count(*)::int AS count FROM platform.audit_log WHERE record_id = 'rolled-back'`);
    expect(count).toBe(0);
  });

  it('ACC-05 the tenant is sent as a quoted literal: quotes in it cannot end the statement', async () => {
    const odd = `x'); SELECT set_config('app.tenant_id', '${tenantB}', false); --`;
    const seen = await new TenantDb(app).asTenant(systemPrincipal(odd), (em) => em.query(`SELECT current_setting('app.tenant_id') AS tenant`));
    expect(seen).toEqual([{ tenant: odd }]);
    const [{ tenant }] = await app.query(`SELECT current_setting('app.tenant_id', true) AS tenant`);
    expect(tenant || null).toBeNull();
  });

  it('ACC-05 a nested transaction inside a tenant transaction is a savepoint: its failure keeps the outer work', async () => {
    const kept = await new TenantDb(app).asTenant(systemPrincipal(tenantA), async (em) => {
      await em.transaction((inner) => inner.query('SELECT 1/0')).catch(() => undefined);
      return em.query(`SELECT current_setting('app.tenant_id') AS tenant`);
    });
    expect(kept).toEqual([{ tenant: tenantA }]);
  });

  it('ACC-05 every table with a tenant_id column has forced row-level security and a tenant policy', async () => {
    const unprotected = await admin.query(`
      SELECT n.nspname || '.' || c.relname AS "table"
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
      WHERE c.relkind IN ('r', 'p')
        AND (NOT c.relrowsecurity OR NOT c.relforcerowsecurity
             OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))`);
    expect(unprotected).toEqual([]);
  });

  it('PLT-04 the audit log is append-only for the application role', async () => {
    const change = new TenantDb(app).asTenant(systemPrincipal(tenantA), (em) => em.query('DELETE FROM platform.audit_log'));
    await expect(change).rejects.toThrow(/permission denied/);
  });

  it('PLT-04 an audit row carries who, what, the changed fields, the channel and the request id', async () => {
    const trail = await RequestContext.run({ requestId: 'req-1', principal: systemPrincipal(tenantA) }, () =>
      new AuditService(new TenantDb(app)).trail('probe', tenantA),
    );
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ action: 'create', channel: 'system', changes: { owner: { before: null, after: tenantA } } });
  });
});
