import { INestApplication } from '@nestjs/common';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { DuplicateClustersHandler } from '@crm/customers';
import { createTenantRow, createTestUser, OutboxRelay, TenantDb, systemPrincipal, waitFor } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';
import { startCustomersWorker, stopCustomersWorker } from '../testing/worker-harness';

jest.setTimeout(90_000);

const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id version unknownFields tier value } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) {
  updateAccount(input: $input) { account { id version industry lifecycleStage unknownFields tier value } changeRequest { id changes { field after } } }
}`;
const REPORT = `query($months: Int, $field: DataQualityField!) {
  customerDataQuality(staleMonths: $months) {
    customerCount staleMonths
    missingFields { field count }
    missing(field: $field, first: 50) { totalCount edges { node { id name } } }
    duplicateClusterCount
    duplicateClusters(first: 50) { totalCount edges { node { id size hiddenCount accountIds reasons { code key } accounts { id name } } } }
    duplicateClusterRun { computedAt requestedAt durationMs }
    staleCount
    stale(first: 50) { totalCount edges { node { id name } } }
  }
}`;

interface Report {
  customerCount: number;
  staleMonths: number;
  missingFields: { field: string; count: number }[];
  missing: { totalCount: number; edges: { node: { id: string; name: string } }[] };
  duplicateClusterCount: number;
  duplicateClusters: { totalCount: number; edges: { node: Cluster }[] };
  duplicateClusterRun: { computedAt: string | null; requestedAt: string | null; durationMs: number | null };
  staleCount: number;
  stale: { totalCount: number; edges: { node: { id: string; name: string } }[] };
}
type Cluster = { id: string; size: number; hiddenCount: number; accountIds: string[]; reasons: { code: string; key: string }[]; accounts: { id: string; name: string }[] };
const RECOMPUTE = `mutation { recomputeDuplicateClusters { computedAt requestedAt } }`;
const MERGE = `mutation($input: MergeAccountsInput!) { mergeAccounts(input: $input) { account { id } } }`;
type Account = { id: string; version: number; unknownFields: string[]; tier: string | null; value: { amountMinor: string; currency: string } | null };

describe('data-quality report, explicit unknowns, lifecycle and value (DQ-05, CUS-05, CUS-07)', () => {
  let api: ApiHarness;
  let worker: INestApplication;
  let admin: string;
  let repA: string;
  let repB: string;

  /** The worker job, run at once for the demo tenant (the queue path is proven below). */
  const recompute = (tenantId = api.demoTenantId) => worker.get(DuplicateClustersHandler).run(tenantId);
  const clusterOf = (r: Report, id: string) => r.duplicateClusters.edges.map((e) => e.node).find((c) => c.accountIds.includes(id));

  const report = async (token: string, field = 'PHONE', months = 6): Promise<Report> => {
    const res = await api.gql<{ customerDataQuality: Report }>(REPORT, { months, field }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.customerDataQuality;
  };
  const create = async (input: Record<string, unknown>, token: string): Promise<Account> => {
    const res = await api.gql<{ createAccount: { account: Account } }>(CREATE, { input: { kind: 'COMPANY', allowDuplicate: true, ...input } }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createAccount.account;
  };
  const names = (conn: { edges: { node: { name: string } }[] }) => conn.edges.map((e) => e.node.name);
  const count = (r: Report, field: string) => r.missingFields.find((m) => m.field === field)!.count;

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await startCustomersWorker(api.config);
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const perms = ['customer:view', 'customer:create', 'customer:edit'];
    const a = await createTestUser(api.appDs, api.demoTenantId, { permissions: perms, dataScope: 'own' });
    const b = await createTestUser(api.appDs, api.demoTenantId, { permissions: perms, dataScope: 'own' });
    repA = await api.signIn(DEMO_TENANT.slug, a.user.email, a.password);
    repB = await api.signIn(DEMO_TENANT.slug, b.user.email, b.password);
  });

  afterAll(async () => {
    await stopCustomersWorker(worker);
    await api?.stop();
  });

  it('DQ-05 the demo tenant’s report has a customer without a phone, a duplicate pair, a similar-name pair and a stale customer', async () => {
    const r = await report(admin);
    expect(r.duplicateClusterRun.computedAt).not.toBeNull();
    const similar = r.duplicateClusters.edges.map((e) => e.node).find((c) => c.accounts.some((a) => a.name === 'Northwind Traders Ltd'));
    expect(similar?.accounts.map((a) => a.name).sort()).toEqual(['Northwind Traders Ltd', 'Northwind Tradres Ltd']);
    expect(similar?.reasons).toEqual([{ code: 'SIMILAR_NAME', key: 'northwindtraders ≈ northwindtradres' }]);
    expect(count(r, 'PHONE')).toBeGreaterThan(0);
    expect(names(r.missing)).toContain('Li Na');
    const twins = r.duplicateClusters.edges.map((e) => e.node).find((c) => c.accounts.some((a) => a.name === '杭州西湖茶业有限公司'));
    expect(twins?.accounts.map((a) => a.name).sort()).toEqual(['杭州西湖茶业有限公司', '杭州西湖茶業股份有限公司']);
    expect(twins?.reasons.map((x) => x.code).sort()).toEqual(['SAME_COMPANY_NAME', 'SAME_PHONE']);
    expect(names(r.stale)).toEqual(['深圳市前海云链物流有限公司']);
    expect(r.staleCount).toBe(1);
  });

  it('DQ-05 missing fields count blanks but not explicit unknowns, and the list names the customers', async () => {
    const before = await report(repA, 'INDUSTRY');
    await create({ name: 'DQ Blank Industry Co' }, repA);
    await create({ name: 'DQ Unknown Industry Co', unknownFields: ['industry'] }, repA);
    await create({ name: 'DQ Known Industry Co', industry: 'Retail', contactPoints: [{ kind: 'MOBILE', value: '13900139001' }] }, repA);
    const after = await report(repA, 'INDUSTRY');
    expect(count(after, 'INDUSTRY') - count(before, 'INDUSTRY')).toBe(1);
    expect(names(after.missing)).toContain('DQ Blank Industry Co');
    expect(names(after.missing)).not.toContain('DQ Unknown Industry Co');
    expect(count(after, 'PHONE') - count(before, 'PHONE')).toBe(2);
    expect(after.customerCount - before.customerCount).toBe(3);
    expect(count(after, 'OWNER')).toBe(0);
  });

  it('DQ-05 duplicate clusters join records matching by e-mail, phone or name into one cluster', async () => {
    const x = await create({ name: 'Cluster Alpha Trading Ltd', contactPoints: [{ kind: 'EMAIL', value: 'Buyer@Alpha.example.com' }] }, repA);
    const y = await create({ name: 'Alpha Procurement Services', contactPoints: [{ kind: 'EMAIL', value: 'buyer@alpha.example.com' }, { kind: 'PHONE', value: '021 5555 0101' }] }, repA);
    const z = await create({ name: 'Zeta Holdings', contactPoints: [{ kind: 'MOBILE', value: '+86 21 5555 0101' }] }, repA);
    const w = await create({ name: 'Cluster Alpha Trading Co., Ltd.' }, repA);
    expect(clusterOf(await report(repA), x.id)).toBeUndefined(); // computed ahead: not yet
    const computed = await recompute();
    expect(computed.clusters).toBeGreaterThan(0);
    const r = await report(repA);
    const cluster = r.duplicateClusters.edges.map((e) => e.node).find((c) => c.accountIds.includes(x.id));
    expect(cluster?.accountIds.sort()).toEqual([x.id, y.id, z.id, w.id].sort());
    expect(cluster?.size).toBe(4);
    expect(cluster?.reasons.map((reason) => reason.code).sort()).toEqual(['SAME_COMPANY_NAME', 'SAME_EMAIL', 'SAME_PHONE']);
    expect(r.duplicateClusterCount).toBe(r.duplicateClusters.totalCount);
  });

  it('DQ-05 ACC-01 ACC-05 a rep’s report covers only their customers; another rep’s cluster members are counted, never shown; another tenant’s never shows', async () => {
    const mine = await create({ name: 'Peer Private Twin Ltd', contactPoints: [{ kind: 'EMAIL', value: 'twin@peer.example.com' }, { kind: 'PHONE', value: '021 6111 0001' }] }, repA);
    const mine2 = await create({ name: 'Peer Private Twin Co', contactPoints: [{ kind: 'EMAIL', value: 'twin@peer.example.com' }, { kind: 'PHONE', value: '021 6111 0001' }] }, repA);
    await recompute();
    const b = await report(repB);
    expect(b.customerCount).toBe(0);
    expect(b.missingFields.every((m) => m.count === 0)).toBe(true);
    expect(b.duplicateClusterCount).toBe(0);
    expect(b.missing.totalCount).toBe(0);

    // A twin in B's own book joins A's cluster: B sees the cluster with B's record only; A's two are counted.
    const theirs = await create({ name: 'Peer Private Twin GmbH', contactPoints: [{ kind: 'EMAIL', value: 'twin@peer.example.com' }] }, repB);
    await recompute();
    const seenByB = await report(repB);
    expect(seenByB.duplicateClusterCount).toBe(1);
    const cluster = seenByB.duplicateClusters.edges[0]!.node;
    expect(cluster).toMatchObject({ size: 3, hiddenCount: 2, accountIds: [theirs.id] });
    expect(cluster.accounts.map((a) => a.id)).toEqual([theirs.id]);
    // B's own e-mail and name key show; the phone only A's two share does not.
    expect(cluster.reasons.map((r) => r.code)).toContain('SAME_EMAIL');
    expect(cluster.reasons.map((r) => r.code)).not.toContain('SAME_PHONE');
    expect(JSON.stringify(seenByB)).not.toContain(mine.id);
    expect(JSON.stringify(seenByB)).not.toContain(mine2.id);
    expect(JSON.stringify(seenByB)).not.toContain('+862161110001');

    const adminCluster = clusterOf(await report(admin), mine.id);
    expect(adminCluster).toMatchObject({ size: 3, hiddenCount: 0 });
    expect(adminCluster?.accountIds.sort()).toEqual([mine.id, mine2.id, theirs.id].sort());
    expect(adminCluster?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['SAME_EMAIL', 'SAME_PHONE']));

    // Another tenant: its report and its stored rows never hold the demo tenant's clusters.
    const other = await createTenantRow(api.admin);
    const otherAdmin = await createTestUser(api.appDs, other.id, { permissions: ['*:*'] });
    const otherToken = await api.signIn(other.slug, otherAdmin.user.email, otherAdmin.password);
    await expect(recompute(other.id)).resolves.toMatchObject({ clusters: 0 });
    const o = await report(otherToken);
    expect([o.customerCount, o.duplicateClusterCount, o.staleCount, o.missing.totalCount]).toEqual([0, 0, 0, 0]);
    const stored = await new TenantDb(api.appDs).asTenant(systemPrincipal(other.id), (em) =>
      em.query(`SELECT (SELECT count(*) FROM customers.duplicate_cluster)::int AS clusters, (SELECT count(*) FROM customers.duplicate_cluster_member)::int AS members`),
    );
    expect(stored).toEqual([{ clusters: 0, members: 0 }]);
  });

  it('DQ-05 an administrator’s “Recompute now” runs the job through the queue; a rep may not ask', async () => {
    const x = await create({ name: 'Queue Recompute One Ltd', contactPoints: [{ kind: 'PHONE', value: '021 6222 0001' }] }, admin);
    const y = await create({ name: 'Queue Recompute Two GmbH', contactPoints: [{ kind: 'MOBILE', value: '+86 21 6222 0001' }] }, admin);
    const before = (await report(admin)).duplicateClusterRun.computedAt!;
    expect(codeOf(await api.gql(RECOMPUTE, {}, repA))).toBe('FORBIDDEN');
    const asked = await api.gql<{ recomputeDuplicateClusters: { computedAt: string; requestedAt: string | null } }>(RECOMPUTE, {}, admin);
    expect(asked.errors).toBeUndefined();
    await waitFor(async () => {
      const run = (await report(admin)).duplicateClusterRun;
      return run.computedAt !== before && run.requestedAt === null;
    }, 'clusters recomputed by the worker', 30_000);
    expect(clusterOf(await report(admin), x.id)?.accountIds.sort()).toEqual([x.id, y.id].sort());
    // the request is audited once, as the administrator's; the rep's refused one left nothing
    const audits = await api.admin.query(
      `SELECT u.email FROM platform.audit_log l JOIN platform."user" u ON u.id = l.actor_user_id WHERE l.tenant_id = $1 AND l.record_type = 'data_quality' AND l.action = 'recompute_requested'`,
      [api.demoTenantId],
    );
    expect(audits).toEqual([{ email: DEMO_ADMIN.email }]);
  });

  it('DQ-05 a merge takes the merged customer out of its cluster at once, and the recompute after it agrees', async () => {
    const x = await create({ name: 'Merge Cluster Keep Ltd', contactPoints: [{ kind: 'EMAIL', value: 'sales@mergecluster.example.com' }] }, admin);
    const y = await create({ name: 'Merge Cluster Drop Ltd', contactPoints: [{ kind: 'EMAIL', value: 'sales@mergecluster.example.com' }] }, admin);
    await recompute();
    expect(clusterOf(await report(admin), x.id)?.size).toBe(2);
    const merged = await api.gql(MERGE, { input: { survivorId: x.id, mergedIds: [y.id] } }, admin);
    expect(merged.errors).toBeUndefined();
    // the report leaves merged customers out before any job ran
    expect(clusterOf(await report(admin), x.id)).toBeUndefined();
    // the merge event's consumer drops the stored membership and asks for a recompute
    await worker.get(OutboxRelay).relayOnce();
    await waitFor(async () => (await api.admin.query(`SELECT 1 FROM customers.duplicate_cluster_member WHERE account_id = $1`, [y.id])).length === 0, 'merged member dropped', 30_000);
    await waitFor(async () => (await report(admin)).duplicateClusterRun.requestedAt === null, 'recompute after the merge', 30_000);
    expect(clusterOf(await report(admin), x.id)).toBeUndefined();
  });

  it('DQ-05 the schedule queues a recompute only for tenants whose customers changed since, after their imports finished', async () => {
    const clusters = worker.get(DuplicateClustersHandler);
    await recompute();
    expect(await clusters.schedule()).not.toContain(api.demoTenantId);
    await create({ name: 'Scheduled Change Ltd' }, admin);
    // while an import waits or runs, the tenant waits for a later tick (one recompute after the import)
    const [user] = await api.admin.query(`SELECT id FROM platform."user" WHERE tenant_id = $1 AND email = $2`, [api.demoTenantId, DEMO_ADMIN.email]);
    const [job] = await api.admin.query(
      `INSERT INTO customers.import_job (tenant_id, created_by_id, file_name, storage_key, file_size, headers, mapping, duplicate_policy, status)
       VALUES ($1, $2, 'pending.csv', 'imports/pending.csv', 1, '[]', '{}', 'skip', 'queued') RETURNING id`,
      [api.demoTenantId, user.id],
    );
    expect(await clusters.schedule()).not.toContain(api.demoTenantId);
    await api.admin.query(`UPDATE customers.import_job SET status = 'completed' WHERE id = $1`, [job.id]);
    expect(await clusters.schedule()).toContain(api.demoTenantId);
    await waitFor(async () => (await report(admin)).duplicateClusterRun.requestedAt === null, 'scheduled recompute done', 30_000);
  });

  it('DQ-05 stale: no update and no interaction for N months; a recent interaction or a shorter N changes the answer', async () => {
    const old = await create({ name: 'Long Quiet Ltd' }, admin);
    const talked = await create({ name: 'Quiet But Called Ltd' }, admin);
    await api.admin.query(`UPDATE customers.account SET updated_at = now() - interval '8 months' WHERE id = ANY($1)`, [[old.id, talked.id]]);
    await api.admin.query(
      `INSERT INTO customers.interaction (tenant_id, account_id, kind, subject, occurred_at) VALUES ($1, $2, 'call', 'check-in', now() - interval '2 months')`,
      [api.demoTenantId, talked.id],
    );
    const six = await report(admin);
    expect(names(six.stale)).toContain('Long Quiet Ltd');
    expect(names(six.stale)).not.toContain('Quiet But Called Ltd');
    const twelve = await report(admin, 'PHONE', 12);
    expect(names(twelve.stale)).not.toContain('Long Quiet Ltd');
    expect(twelve.staleMonths).toBe(12);
    const one = await report(admin, 'PHONE', 1);
    expect(names(one.stale)).toEqual(expect.arrayContaining(['Long Quiet Ltd', 'Quiet But Called Ltd']));
    const bad = await api.gql(REPORT, { months: 0, field: 'PHONE' }, admin);
    expect(codeOf(bad)).toBe('VALIDATION_FAILED');
    expect(codeOf(await api.gql(REPORT, { field: 'PHONE' }))).toBe('UNAUTHENTICATED');
  });

  it('DQ-05 unknown is kept apart from blank: giving a value removes it from the unknown list; value and unknown at once is refused', async () => {
    const acc = await create({ name: 'Unknown Facts Ltd', unknownFields: ['industry', 'source'] }, repA);
    expect(acc.unknownFields).toEqual(['industry', 'source']);
    const refused = await api.gql(UPDATE, { input: { id: acc.id, version: acc.version, industry: 'Retail', unknownFields: ['industry'] } }, repA);
    expect([codeOf(refused), fieldOf(refused)]).toEqual(['VALIDATION_FAILED', 'input.industry']);
    const set = await api.gql<{ updateAccount: { account: Account & { industry: string } } }>(UPDATE, { input: { id: acc.id, version: acc.version, industry: 'Retail' } }, repA);
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateAccount.account).toMatchObject({ industry: 'Retail', unknownFields: ['source'] });
    const badName = await api.gql(CREATE, { input: { kind: 'COMPANY', name: 'Bad Unknown Co', unknownFields: ['name'] } }, repA);
    expect([codeOf(badName), fieldOf(badName)]).toEqual(['VALIDATION_FAILED', 'input.unknownFields']);
  });

  it('DQ-05 CUS-02 phone, e-mail and address can be recorded as unknown: not counted missing, refused while the customer has one, dropped once one is given', async () => {
    const before = await report(repA, 'EMAIL');
    const acc = await create({ name: 'Unknown Reach Ltd', contactPoints: [{ kind: 'MOBILE', value: '13900139777' }], unknownFields: ['email', 'address'] }, repA);
    expect(acc.unknownFields).toEqual(['address', 'email']);
    const after = await report(repA, 'EMAIL');
    expect(count(after, 'EMAIL') - count(before, 'EMAIL')).toBe(0);
    expect(count(after, 'ADDRESS') - count(before, 'ADDRESS')).toBe(0);
    expect(names(after.missing)).not.toContain('Unknown Reach Ltd');

    // a phone it has cannot be unknown, on create or on edit; nothing changes
    const badCreate = await api.gql(CREATE, { input: { kind: 'COMPANY', name: 'Phone And Unknown Co', contactPoints: [{ kind: 'PHONE', value: '021 6222 7777' }], unknownFields: ['phone'] } }, repA);
    expect([codeOf(badCreate), fieldOf(badCreate)]).toEqual(['VALIDATION_FAILED', 'input.contactPoints']);
    const badEdit = await api.gql(UPDATE, { input: { id: acc.id, version: acc.version, unknownFields: ['email', 'address', 'phone'] } }, repA);
    expect([codeOf(badEdit), fieldOf(badEdit)]).toEqual(['VALIDATION_FAILED', 'input.contactPoints']);

    // an e-mail given on edit replaces "unknown"
    const mailed = await api.gql<{ updateAccount: { account: Account } }>(
      UPDATE,
      { input: { id: acc.id, version: acc.version, contactPoints: [{ kind: 'MOBILE', value: '13900139777' }, { kind: 'EMAIL', value: 'Info@UnknownReach.example.com' }] } },
      repA,
    );
    expect(mailed.errors).toBeUndefined();
    expect(mailed.data!.updateAccount.account.unknownFields).toEqual(['address']);
    // and an address saved replaces "unknown" too
    const SAVE_ADDRESS = `mutation($input: SaveAccountAddressInput!) { saveAccountAddress(input: $input) { account { unknownFields } } }`;
    const addressed = await api.gql<{ saveAccountAddress: { account: Account } }>(SAVE_ADDRESS, { input: { accountId: acc.id, kind: 'OFFICE', city: '上海', street: '浦东新区世纪大道 100 号' } }, repA);
    expect(addressed.errors).toBeUndefined();
    expect(addressed.data!.saveAccountAddress.account.unknownFields).toEqual([]);
  });

  it('CUS-02 DQ-01 DQ-02 a customer’s phones and e-mails are edited as a whole list: checked, audited, a number another customer has asks first', async () => {
    const other = await create({ name: 'Edit Points Other Ltd', contactPoints: [{ kind: 'PHONE', value: '021 6333 0001' }] }, repA);
    const acc = await create({ name: 'Edit Points Ltd', contactPoints: [{ kind: 'MOBILE', value: '13900139888' }] }, repA);
    const UPDATE_POINTS = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { id version contactPoints { kind normalized } } } }`;
    const update = (input: Record<string, unknown>) =>
      api.gql<{ updateAccount: { account: { version: number; contactPoints: { kind: string; normalized: string }[] } } }>(UPDATE_POINTS, { input: { id: acc.id, version: acc.version, ...input } }, repA);
    const points = async () => (await api.admin.query(`SELECT kind, normalized FROM customers.contact_point WHERE party_id = $1 ORDER BY kind`, [acc.id])) as { kind: string; normalized: string }[];

    const bad = await update({ contactPoints: [{ kind: 'MOBILE', value: '13900139888' }, { kind: 'EMAIL', value: 'not-an-email' }] });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['VALIDATION_FAILED', 'input.contactPoints.1.value']);
    const taken = await update({ contactPoints: [{ kind: 'MOBILE', value: '13900139888' }, { kind: 'PHONE', value: '+86 21 6333 0001' }] });
    expect([codeOf(taken), fieldOf(taken)]).toEqual(['DUPLICATE_SUSPECTED', 'input.contactPoints']);
    expect(JSON.stringify(taken.errors?.[0]?.extensions)).toContain(other.id);
    expect(await points()).toEqual([{ kind: 'mobile', normalized: '+8613900139888' }]);

    const ok = await update({ contactPoints: [{ kind: 'PHONE', value: '021 6333 0002' }, { kind: 'EMAIL', value: 'Sales@EditPoints.example.com' }] });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateAccount.account.version).toBeGreaterThan(acc.version);
    expect(await points()).toEqual([
      { kind: 'email', normalized: 'sales@editpoints.example.com' },
      { kind: 'phone', normalized: '+862163330002' },
    ]);
    const [audit] = await api.admin.query(`SELECT changes FROM platform.audit_log WHERE record_id = $1 AND action = 'update' ORDER BY occurred_at DESC LIMIT 1`, [acc.id]);
    expect(JSON.stringify(audit.changes)).toContain('mobile:+8613900139888');
    expect(JSON.stringify(audit.changes)).toContain('email:sales@editpoints.example.com');
    // a stale version changes nothing
    const stale = await update({ contactPoints: [] });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
    expect(await points()).toHaveLength(2);
  });

  it('CUS-07 stage changes follow the allowed transitions; a refused one names the field and changes nothing', async () => {
    const acc = await create({ name: 'Lifecycle Path Ltd' }, repA);
    const bad = await api.gql(UPDATE, { input: { id: acc.id, version: acc.version, lifecycleStage: 'INACTIVE' } }, repA);
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['VALIDATION_FAILED', 'input.lifecycleStage']);
    const ok = await api.gql<{ updateAccount: { account: { lifecycleStage: string; version: number } } }>(UPDATE, { input: { id: acc.id, version: acc.version, lifecycleStage: 'CUSTOMER' } }, repA);
    expect(ok.data!.updateAccount.account.lifecycleStage).toBe('CUSTOMER');
    const [event] = await api.admin.query(`SELECT payload FROM platform.outbox_event WHERE event_type = 'customer.account.stage-changed' AND aggregate_id = $1`, [acc.id]);
    expect(event.payload).toEqual({ accountId: acc.id, from: 'prospect', to: 'customer' });
    const back = await api.gql(UPDATE, { input: { id: acc.id, version: ok.data!.updateAccount.account.version, lifecycleStage: 'PROSPECT' } }, repA);
    expect(codeOf(back)).toBe('VALIDATION_FAILED');
  });

  it('CUS-05 CUS-07 customer value is Money; with the demo tier rules the tier follows the value', async () => {
    const acc = await create({ name: 'Valued Customer Ltd', value: { amountMinor: '25000000', currency: 'CNY' } }, repA);
    expect(acc).toMatchObject({ value: { amountMinor: '25000000', currency: 'CNY' }, tier: 'B' });
    const up = await api.gql<{ updateAccount: { account: Account } }>(UPDATE, { input: { id: acc.id, version: acc.version, value: { amountMinor: '150000000', currency: 'CNY' } } }, repA);
    expect(up.data!.updateAccount.account).toMatchObject({ tier: 'A', value: { amountMinor: '150000000', currency: 'CNY' } });
    const bad = await api.gql(CREATE, { input: { kind: 'COMPANY', name: 'Float Value Co', value: { amountMinor: 12.5, currency: 'CNY' } } }, repA);
    expect(bad.errors?.[0]?.message).toMatch(/amountMinor/);
  });
});
