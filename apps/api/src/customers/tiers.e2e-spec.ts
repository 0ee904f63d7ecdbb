import { INestApplication } from '@nestjs/common';
import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { RecomputeTiersHandler } from '@crm/customers';
import { createTestUser, waitFor } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';
import { startCustomersWorker, stopCustomersWorker } from '../testing/worker-harness';

jest.setTimeout(90_000);

const RULES = `mutation($input: UpdateCustomerTierRulesInput!) {
  updateCustomerTierRules(input: $input) { tierRules { currency thresholds { tier minValue } } recomputeJobId }
}`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id tier } } }`;
const cny = (yuan: number) => ({ amountMinor: String(yuan * 100), currency: 'CNY' });

describe('tiers computed from customer value in the worker (CUS-05)', () => {
  let api: ApiHarness;
  let worker: INestApplication;
  let admin: string;

  const tierOf = async (id: string): Promise<string | null> => (await api.admin.query(`SELECT tier FROM customers.account WHERE id = $1`, [id]))[0].tier;

  beforeAll(async () => {
    api = await ApiHarness.start();
    worker = await startCustomersWorker(api.config);
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
  });

  afterAll(async () => {
    await stopCustomersWorker(worker);
    await api?.stop();
  });

  it('CUS-05 new tier rules recompute every valued customer’s tier through the queue; unvalued ones keep their hand-entered tier', async () => {
    const big = (await api.gql<{ createAccount: { account: { id: string } } }>(CREATE, { input: { kind: 'COMPANY', name: 'Tier Big Spender Ltd', value: cny(5_000_000) } }, admin)).data!.createAccount.account;
    const small = (await api.gql<{ createAccount: { account: { id: string } } }>(CREATE, { input: { kind: 'COMPANY', name: 'Tier Small Buyer Ltd', value: cny(20_000) } }, admin)).data!.createAccount.account;
    const none = (await api.gql<{ createAccount: { account: { id: string } } }>(CREATE, { input: { kind: 'COMPANY', name: 'Tier No Value Ltd' } }, admin)).data!.createAccount.account;
    await api.admin.query(`UPDATE customers.account SET tier = 'VIP' WHERE id = $1`, [none.id]);

    const res = await api.gql<{ updateCustomerTierRules: { tierRules: { thresholds: { tier: string }[] }; recomputeJobId: string } }>(
      RULES,
      { input: { thresholds: [{ tier: 'Bronze', minValue: cny(0) }, { tier: 'Gold', minValue: cny(1_000_000) }, { tier: 'Silver', minValue: cny(10_000) }] } },
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateCustomerTierRules.tierRules.thresholds.map((t) => t.tier)).toEqual(['Gold', 'Silver', 'Bronze']);
    expect(res.data!.updateCustomerTierRules.recomputeJobId).toBeTruthy();
    await waitFor(async () => (await tierOf(big.id)) === 'Gold' && (await tierOf(small.id)) === 'Silver', 'tiers recomputed', 30_000);
    expect(await tierOf(none.id)).toBe('VIP');
    // The seeded demo customers are recomputed too (上海宏达 is worth 1,280,000 CNY).
    const [hongda] = await api.admin.query(`SELECT tier FROM customers.account WHERE name = '上海宏达贸易有限公司'`);
    expect(hongda.tier).toBe('Gold');
    // Idempotent: running again changes nothing.
    await expect(worker.get(RecomputeTiersHandler).run(api.demoTenantId)).resolves.toBe(0);
  });

  it('CUS-05 ACC-03 tier rules need customer:admin, one currency and distinct tiers', async () => {
    const staff = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:edit'], dataScope: 'own' });
    const rep = await api.signIn(DEMO_TENANT.slug, staff.user.email, staff.password);
    expect(codeOf(await api.gql(RULES, { input: { thresholds: [] } }, rep))).toBe('FORBIDDEN');
    const mixed = await api.gql(RULES, { input: { thresholds: [{ tier: 'A', minValue: cny(1) }, { tier: 'B', minValue: { amountMinor: '1', currency: 'USD' } }] } }, admin);
    expect([codeOf(mixed), fieldOf(mixed)]).toEqual(['VALIDATION_FAILED', 'input.thresholds']);
    const twice = await api.gql(RULES, { input: { thresholds: [{ tier: 'A', minValue: cny(1) }, { tier: 'A', minValue: cny(2) }] } }, admin);
    expect([codeOf(twice), fieldOf(twice)]).toEqual(['VALIDATION_FAILED', 'input.thresholds.1.tier']);
  });
});
