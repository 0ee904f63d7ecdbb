import { DEMO_ADMIN, DEMO_TENANT } from '@crm/composition';
import { createTenantRow, createTestUser } from '@crm/platform';
import { ApiHarness, codeOf, fieldOf } from '../testing/api-harness';

jest.setTimeout(90_000);

const SETTINGS = `{ customerSettings { poolClaimLimit protectedAccountFields tierRules { currency thresholds { tier minValue } } } }`;
const POOL = `mutation($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) { poolClaimLimit } }`;
const RULES = `mutation($input: UpdateCustomerTierRulesInput!) { updateCustomerTierRules(input: $input) { tierRules { currency thresholds { tier minValue } } } }`;
const cny = (yuan: number) => ({ amountMinor: String(yuan * 100), currency: 'CNY' });

type Settings = { customerSettings: { poolClaimLimit: number; tierRules: { currency: string; thresholds: { tier: string; minValue: { amountMinor: string } }[] } | null } };

describe('customer settings for administrators (ACC-02 pool limit, CUS-05 tier rules)', () => {
  let api: ApiHarness;
  let admin: string;
  let rep: string;
  const auditCount = async () => Number((await api.admin.query(`SELECT count(*) AS n FROM platform.audit_log WHERE record_type = 'customer_settings' AND tenant_id = $1`, [api.demoTenantId]))[0].n);

  beforeAll(async () => {
    api = await ApiHarness.start();
    admin = await api.signIn(DEMO_TENANT.slug, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const r = await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view', 'customer:create', 'customer:edit'], dataScope: 'own' });
    rep = await api.signIn(DEMO_TENANT.slug, r.user.email, r.password);
  });

  afterAll(() => api?.stop());

  it('ACC-02 CUS-05 one query gives the pool claim limit and the tier rules; an administrator changes the limit, audited', async () => {
    const before = await auditCount();
    const saved = await api.gql<{ updatePoolSettings: { poolClaimLimit: number } }>(POOL, { input: { poolClaimLimit: 7 } }, admin);
    expect(saved.errors).toBeUndefined();
    const read = await api.gql<Settings>(SETTINGS, {}, rep);
    expect(read.errors).toBeUndefined();
    expect(read.data!.customerSettings.poolClaimLimit).toBe(7);
    expect(await auditCount()).toBe(before + 1);
    const [row] = await api.admin.query(`SELECT changes FROM platform.audit_log WHERE record_type = 'customer_settings' AND tenant_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [api.demoTenantId]);
    expect(row.changes.poolClaimLimit).toMatchObject({ after: 7 });

    const rules = await api.gql(RULES, { input: { thresholds: [{ tier: 'Gold', minValue: cny(100_000) }, { tier: 'Silver', minValue: cny(10_000) }] } }, admin);
    expect(rules.errors).toBeUndefined();
    const again = await api.gql<Settings>(SETTINGS, {}, admin);
    expect(again.data!.customerSettings.tierRules).toEqual({ currency: 'CNY', thresholds: [{ tier: 'Gold', minValue: cny(100_000) }, { tier: 'Silver', minValue: cny(10_000) }] });
  });

  it('ACC-02 CUS-05 bad values are refused naming the field and nothing changes', async () => {
    const before = await auditCount();
    const negative = await api.gql(POOL, { input: { poolClaimLimit: -1 } }, admin);
    expect(codeOf(negative)).toBe('VALIDATION_FAILED');
    expect(fieldOf(negative)).toBe('input.poolClaimLimit');
    const twice = await api.gql(RULES, { input: { thresholds: [{ tier: 'Gold', minValue: cny(100) }, { tier: 'Gold', minValue: cny(10) }] } }, admin);
    expect(codeOf(twice)).toBe('VALIDATION_FAILED');
    expect(fieldOf(twice)).toBe('input.thresholds.1.tier');
    const sameStart = await api.gql(RULES, { input: { thresholds: [{ tier: 'A', minValue: cny(100) }, { tier: 'B', minValue: cny(100) }] } }, admin);
    expect(fieldOf(sameStart)).toBe('input.thresholds.1.minValue');
    expect(await auditCount()).toBe(before);
    expect((await api.gql<Settings>(SETTINGS, {}, admin)).data!.customerSettings.poolClaimLimit).toBe(7);
  });

  it('ACC-02 CUS-05 ACC-05 a rep may not change them; another tenant neither sees nor changes ours', async () => {
    expect(codeOf(await api.gql(POOL, { input: { poolClaimLimit: 99 } }, rep))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(RULES, { input: { thresholds: [] } }, rep))).toBe('FORBIDDEN');
    const b = await createTenantRow(api.admin);
    const bAdmin = await createTestUser(api.appDs, b.id, { permissions: ['*:*'] });
    const bToken = await api.signIn(b.slug, bAdmin.user.email, bAdmin.password);
    const theirs = await api.gql<Settings>(SETTINGS, {}, bToken);
    expect(theirs.data!.customerSettings).toMatchObject({ poolClaimLimit: 20, tierRules: null });
    expect((await api.gql(POOL, { input: { poolClaimLimit: 3 } }, bToken)).errors).toBeUndefined();
    expect((await api.gql<Settings>(SETTINGS, {}, admin)).data!.customerSettings.poolClaimLimit).toBe(7);
  });
});
