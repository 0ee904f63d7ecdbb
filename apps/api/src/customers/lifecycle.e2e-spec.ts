import { INestApplication } from '@nestjs/common';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { LifecycleStagesHandler } from '@crm/customers';
import { createTenantRow, createTestUser, JobQueue, waitFor } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';
import { startCustomersWorker, stopCustomersWorker } from '../testing/worker-harness';

jest.setTimeout(90_000);

const SETTINGS = `{ customerSettings { lifecycle { inactiveAfterMonths churnedAfterMonths } } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateCustomerLifecycleSettingsInput!) {
  updateCustomerLifecycleSettings(input: $input) { inactiveAfterMonths churnedAfterMonths }
}`;
const RUN = `mutation { runCustomerLifecycleDetection { jobId } }`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id version lifecycleStage } } }`;
const LOG = `mutation($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id } } }`;

const monthsAgo = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
};

describe('automatic inactive/churned lifecycle stages (CUS-07)', () => {
  let api: ApiHarness;
  let worker: INestApplication;
  let admin: string;

  const stageOf = async (id: string): Promise<string> => (await api.admin.query(`SELECT lifecycle_stage FROM customers.account WHERE id = $1`, [id]))[0].lifecycle_stage;
  const thresholds = async (tenantId: string) =>
    (await api.admin.query(`SELECT inactive_after_months, churned_after_months FROM customers.settings WHERE tenant_id = $1`, [tenantId]))[0] as { inactive_after_months: number | null; churned_after_months: number | null };

  /** A customer created three years ago in `stage`, last heard from `quietMonths` ago (null: never). */
  const quietAccount = async (name: string, stage: 'CUSTOMER' | 'INACTIVE' | 'PROSPECT', quietMonths: number | null): Promise<string> => {
    const res = await api.gql<{ createAccount: { account: { id: string } } }>(CREATE, { input: { kind: 'COMPANY', name, lifecycleStage: stage, allowDuplicate: true } }, admin);
    expect(res.errors).toBeUndefined();
    const id = res.data!.createAccount.account.id;
    await api.admin.query(`UPDATE customers.account SET created_at = now() - interval '3 years', last_interaction_at = $2 WHERE id = $1`, [id, quietMonths === null ? null : monthsAgo(quietMonths)]);
    return id;
  };

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await startCustomersWorker(api.config);
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
  });

  afterAll(async () => {
    await stopCustomersWorker(worker);
    await api?.stop();
  });

  it('CUS-07 the job moves only the tenant’s quiet customers along the allowed moves, audits and announces each, and a second run changes nothing', async () => {
    const quiet = await quietAccount('Lifecycle Quiet Customer Ltd', 'CUSTOMER', 13);
    const gone = await quietAccount('Lifecycle Long Gone Ltd', 'CUSTOMER', 40);
    const fading = await quietAccount('Lifecycle Fading Inactive Ltd', 'INACTIVE', 37);
    const waiting = await quietAccount('Lifecycle Recently Inactive Ltd', 'INACTIVE', 14);
    const prospect = await quietAccount('Lifecycle Old Prospect Ltd', 'PROSPECT', null);
    // quiet by its last-contact date, but a call was logged last month (the interaction timeline counts)
    const called = await quietAccount('Lifecycle Called Last Month Ltd', 'CUSTOMER', 20);
    expect((await api.gql(LOG, { input: { accountId: called, kind: 'CALL', direction: 'OUTBOUND', subject: 'Check-in', occurredAt: monthsAgo(1).toISOString() } }, admin)).errors).toBeUndefined();
    await api.admin.query(`UPDATE customers.account SET last_interaction_at = $2 WHERE id = $1`, [called, monthsAgo(20)]);
    // won back by hand last week: the clock starts again when a person sets the stage
    const wonBack = await quietAccount('Lifecycle Won Back Ltd', 'PROSPECT', 30);
    const [{ version }] = await api.admin.query(`SELECT version FROM customers.account WHERE id = $1`, [wonBack]);
    expect((await api.gql(UPDATE, { input: { id: wonBack, version, lifecycleStage: 'CUSTOMER' } }, admin)).errors).toBeUndefined();
    // another tenant's quiet customer is not this tenant's job's business
    const other = await createTenantRow(api.admin);
    const [{ id: foreign }] = await api.admin.query(
      `INSERT INTO customers.account (tenant_id, kind, name, name_key, lifecycle_stage, created_at, version) VALUES ($1, 'company', 'Foreign Quiet Ltd', 'foreign quiet', 'customer', now() - interval '5 years', 1) RETURNING id`,
      [other.id],
    );
    const [{ version: quietVersion }] = await api.admin.query(`SELECT version FROM customers.account WHERE id = $1`, [quiet]);

    const handler = worker.get(LifecycleStagesHandler);
    const result = await handler.run(api.demoTenantId);

    // the demo tenant's thresholds: inactive after 12 months, churned after 36; 张伟 is the demo's quiet customer
    const [zhang] = await api.admin.query(`SELECT id, lifecycle_stage FROM customers.account WHERE tenant_id = $1 AND name = '张伟' AND kind = 'individual'`, [api.demoTenantId]);
    expect(zhang.lifecycle_stage).toBe('inactive');
    expect({ quiet: await stageOf(quiet), gone: await stageOf(gone), fading: await stageOf(fading), waiting: await stageOf(waiting) }).toEqual({ quiet: 'inactive', gone: 'churned', fading: 'churned', waiting: 'inactive' });
    expect({ prospect: await stageOf(prospect), called: await stageOf(called), wonBack: await stageOf(wonBack), foreign: await stageOf(foreign) }).toEqual({ prospect: 'prospect', called: 'customer', wonBack: 'customer', foreign: 'customer' });
    expect(result).toMatchObject({ movedToInactive: 2, movedToChurned: 2 });
    const [{ version: movedVersion }] = await api.admin.query(`SELECT version FROM customers.account WHERE id = $1`, [quiet]);
    expect(movedVersion).toBe(quietVersion + 1);

    const moved = [zhang.id, quiet, gone, fading];
    const audits: { record_id: string; actor_user_id: string | null; channel: string; changes: Record<string, { before: unknown; after: unknown }> }[] = await api.admin.query(
      `SELECT record_id, actor_user_id, channel, changes FROM platform.audit_log WHERE tenant_id = $1 AND action = 'stage_detected' ORDER BY record_id`,
      [api.demoTenantId],
    );
    expect(audits.map((a) => a.record_id).sort()).toEqual([...moved].sort());
    const quietAudit = audits.find((a) => a.record_id === quiet)!;
    expect(quietAudit).toMatchObject({ actor_user_id: null, channel: 'worker' });
    expect(quietAudit.changes.lifecycleStage).toEqual({ before: 'customer', after: 'inactive' });
    expect(quietAudit.changes.reason.after).toBe(`no interaction since ${monthsAgo(13).toISOString().slice(0, 10)}`);
    expect(audits.find((a) => a.record_id === gone)!.changes.lifecycleStage).toEqual({ before: 'customer', after: 'churned' });

    const events: { aggregate_id: string; payload: { accountId: string; from: string; to: string } }[] = await api.admin.query(
      `SELECT aggregate_id, payload FROM platform.outbox_event WHERE tenant_id = $1 AND event_type = 'customer.account.stage-changed' AND aggregate_id = ANY($2)`,
      [api.demoTenantId, moved],
    );
    expect(events.map((e) => e.payload).sort((a, b) => (a.accountId < b.accountId ? -1 : 1))).toEqual(
      [
        { accountId: zhang.id, from: 'customer', to: 'inactive' },
        { accountId: quiet, from: 'customer', to: 'inactive' },
        { accountId: gone, from: 'customer', to: 'churned' },
        { accountId: fading, from: 'inactive', to: 'churned' },
      ].sort((a, b) => (a.accountId < b.accountId ? -1 : 1)),
    );
    expect((await api.admin.query(`SELECT 1 FROM platform.audit_log WHERE tenant_id = $1`, [other.id])).length).toBe(0);

    // a new interaction does not bring an inactive customer back by itself (ADR 0018)
    expect((await api.gql(LOG, { input: { accountId: quiet, kind: 'CALL', direction: 'INBOUND', subject: 'Back again', occurredAt: new Date().toISOString() } }, admin)).errors).toBeUndefined();
    // idempotent: nothing more to move
    await expect(handler.run(api.demoTenantId)).resolves.toMatchObject({ movedToInactive: 0, movedToChurned: 0 });
    expect(await stageOf(quiet)).toBe('inactive');
    expect((await api.admin.query(`SELECT 1 FROM platform.audit_log WHERE tenant_id = $1 AND action = 'stage_detected'`, [api.demoTenantId])).length).toBe(4);
  });

  it('CUS-07 settings: bad thresholds are refused naming the field and change nothing; a good change is saved and audited', async () => {
    const read = await api.gql<{ customerSettings: { lifecycle: { inactiveAfterMonths: number | null; churnedAfterMonths: number | null } } }>(SETTINGS, {}, admin);
    expect(read.data!.customerSettings.lifecycle).toEqual({ inactiveAfterMonths: 12, churnedAfterMonths: 36 });

    const notAfter = await api.gql(UPDATE_SETTINGS, { input: { inactiveAfterMonths: 12, churnedAfterMonths: 12 } }, admin);
    expect([codeOf(notAfter), fieldOf(notAfter)]).toEqual(['VALIDATION_FAILED', 'input.churnedAfterMonths']);
    const zero = await api.gql(UPDATE_SETTINGS, { input: { inactiveAfterMonths: 0, churnedAfterMonths: null } }, admin);
    expect([codeOf(zero), fieldOf(zero)]).toEqual(['VALIDATION_FAILED', 'input.inactiveAfterMonths']);
    const tooLong = await api.gql(UPDATE_SETTINGS, { input: { inactiveAfterMonths: 12, churnedAfterMonths: 500 } }, admin);
    expect([codeOf(tooLong), fieldOf(tooLong)]).toEqual(['VALIDATION_FAILED', 'input.churnedAfterMonths']);
    const churnOnly = await api.gql(UPDATE_SETTINGS, { input: { inactiveAfterMonths: null, churnedAfterMonths: 24 } }, admin);
    expect([codeOf(churnOnly), fieldOf(churnOnly)]).toEqual(['VALIDATION_FAILED', 'input.churnedAfterMonths']);
    expect(await thresholds(api.demoTenantId)).toEqual({ inactive_after_months: 12, churned_after_months: 36 });

    const saved = await api.gql<{ updateCustomerLifecycleSettings: unknown }>(UPDATE_SETTINGS, { input: { inactiveAfterMonths: 6, churnedAfterMonths: 18 } }, admin);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateCustomerLifecycleSettings).toEqual({ inactiveAfterMonths: 6, churnedAfterMonths: 18 });
    expect(await thresholds(api.demoTenantId)).toEqual({ inactive_after_months: 6, churned_after_months: 18 });
    const [audit] = await api.admin.query(
      `SELECT changes, actor_user_id FROM platform.audit_log WHERE tenant_id = $1 AND record_type = 'customer_settings' AND action = 'update' ORDER BY occurred_at DESC LIMIT 1`,
      [api.demoTenantId],
    );
    expect(audit.actor_user_id).toBeTruthy();
    expect(audit.changes).toEqual({ inactiveAfterMonths: { before: 12, after: 6 }, churnedAfterMonths: { before: 36, after: 18 } });
    // off: nothing moves automatically, and "run now" says why
    expect((await api.gql(UPDATE_SETTINGS, { input: { inactiveAfterMonths: null, churnedAfterMonths: null } }, admin)).errors).toBeUndefined();
    const off = await api.gql(RUN, {}, admin);
    expect([codeOf(off), fieldOf(off)]).toEqual(['VALIDATION_FAILED', 'inactiveAfterMonths']);
    expect(await worker.get(LifecycleStagesHandler).schedule()).not.toContain(api.demoTenantId);
    expect((await api.gql(UPDATE_SETTINGS, { input: { inactiveAfterMonths: 12, churnedAfterMonths: 36 } }, admin)).errors).toBeUndefined();
  });

  it('CUS-07 ACC-03 a rep can neither change the thresholds nor run the detection; an administrator’s "run now" goes through the queue and is audited', async () => {
    const staff = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:edit'], dataScope: 'all' });
    const rep = await api.signIn(DEMO_TENANT.slug, staff.user.email, staff.password);
    expect(codeOf(await api.gql(UPDATE_SETTINGS, { input: { inactiveAfterMonths: 1, churnedAfterMonths: null } }, rep))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(RUN, {}, rep))).toBe('FORBIDDEN');
    expect(await thresholds(api.demoTenantId)).toEqual({ inactive_after_months: 12, churned_after_months: 36 });
    // the rep reads the thresholds (the settings screen is for administrators, the values are not secret)
    expect((await api.gql(SETTINGS, {}, rep)).errors).toBeUndefined();

    const quiet = await quietAccount('Lifecycle Run Now Ltd', 'CUSTOMER', 15);
    const run = await api.gql<{ runCustomerLifecycleDetection: { jobId: string } }>(RUN, {}, admin);
    expect(run.errors).toBeUndefined();
    expect(run.data!.runCustomerLifecycleDetection.jobId).toBeTruthy();
    await waitFor(async () => (await stageOf(quiet)) === 'inactive', 'the quiet customer became inactive', 30_000);
    const requested = await api.admin.query(
      `SELECT actor_user_id FROM platform.audit_log WHERE tenant_id = $1 AND record_type = 'customer_settings' AND action = 'lifecycle_run_requested'`,
      [api.demoTenantId],
    );
    expect(requested).toHaveLength(1);
    expect(requested[0].actor_user_id).toBeTruthy();
    expect(await worker.get(LifecycleStagesHandler).schedule()).toContain(api.demoTenantId);
  });

  it('CUS-07 the daily schedule reads every tenant’s thresholds at once and queues only tenants that set them: none without a settings row or with the thresholds off', async () => {
    const settingsRow = (tenantId: string, inactive: number | null) =>
      api.admin.query(`INSERT INTO customers.settings (tenant_id, protected_account_fields, inactive_after_months) VALUES ($1, '{}', $2)`, [tenantId, inactive]);
    const [noRow, off, on] = await Promise.all([createTenantRow(api.admin), createTenantRow(api.admin), createTenantRow(api.admin)]);
    await settingsRow(off.id, null);
    await settingsRow(on.id, 3);
    const queued = await worker.get(LifecycleStagesHandler).schedule();
    expect(queued).toContain(on.id);
    expect(queued).not.toContain(noRow.id);
    expect(queued).not.toContain(off.id);
    // queued in one call, each job carrying its own tenant only
    const detections = await worker.get(JobQueue).queue.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'completed']);
    const tenantsQueued = detections.filter((j) => j.name === 'customers.detect-lifecycle-stages' && [noRow.id, off.id, on.id].includes(j.data.tenantId));
    expect(tenantsQueued.map((j) => j.data)).toEqual([{ tenantId: on.id }]);
    // the app role reads no tenant's settings outside a tenant (RLS); the schedule's read gives tenant ids only
    expect(await api.appDs.query(`SELECT tenant_id FROM customers.settings WHERE tenant_id = $1`, [on.id])).toEqual([]);
  });
});
