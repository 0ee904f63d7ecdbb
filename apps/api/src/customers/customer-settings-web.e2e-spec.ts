import { DEMO_REP } from '@crm/customers';
import { waitFor } from '@crm/platform';
import { WebHarness } from '../testing/web-harness';

/* The administrators' customer settings screen in headless Chromium against the real API (demo tier rules A/B/C, lifecycle 12/36 months). */

const REP_LOGIN = { tenant: 'demo', email: DEMO_REP.email, password: DEMO_REP.password };

describe('customer settings in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop(), 60_000);

  it('ACC-02 CUS-05 an administrator changes the pool claim limit and the tier rules; errors show by their field', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByTestId('nav-customer-settings').click();
    await page.waitForURL(/\/customers\/settings$/);

    // pool claim limit: a negative number is refused in the form, a good one is saved and read back
    const pool = page.getByTestId('pool-settings');
    const limit = page.locator('input[data-testid="pool-claim-limit"], [data-testid="pool-claim-limit"] input').first();
    await limit.fill('-3');
    await page.getByTestId('pool-settings-save').click();
    await pool.locator('.ant-form-item-explain-error').waitFor();
    await limit.fill('5');
    await page.getByTestId('pool-settings-save').click();
    await pool.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await page.locator('.ant-message-success').waitFor();

    // tier rules: the demo's three tiers, highest first
    const tiers = page.getByTestId('tier-settings');
    const rows = tiers.getByTestId('tier-row');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(0).getByTestId('tier-name').inputValue()).resolves.toBe('A');
    // an amount with too many decimals is refused in the form
    await rows.nth(2).getByTestId('tier-min-value').fill('0.001');
    await page.getByTestId('tier-settings-save').click();
    await rows.nth(2).locator('.ant-form-item-explain-error').waitFor();
    await rows.nth(2).getByTestId('tier-min-value').fill('0');
    // a name used twice is refused by the server, shown on the second one
    await rows.nth(1).getByTestId('tier-name').fill('A');
    await page.getByTestId('tier-settings-save').click();
    await rows.nth(1).locator('.ant-form-item-explain-error').waitFor();
    await rows.nth(1).getByTestId('tier-name').fill('B');
    // a fourth tier, saved
    await tiers.getByTestId('tier-add').click();
    await rows.nth(3).getByTestId('tier-name').fill('VIP');
    await rows.nth(3).getByTestId('tier-min-value').fill('5000000');
    await page.getByTestId('tier-settings-save').click();
    // saved and read back: the new tier comes first (highest first)
    await page.waitForFunction(`document.querySelector('[data-testid="tier-name"]')?.value === 'VIP'`);

    await page.reload();
    await expect(limit.inputValue()).resolves.toBe('5');
    await page.getByTestId('tier-row').nth(3).waitFor();
    const names = await page.getByTestId('tier-name').evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value));
    expect(names).toEqual(['VIP', 'A', 'B', 'C']);
    await page.close();
  }, 180_000);

  it('CUS-07 an administrator sets the months after which quiet customers become inactive and churned, and runs the check now', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByTestId('nav-customer-settings').click();
    await page.waitForURL(/\/customers\/settings$/);
    const card = page.getByTestId('lifecycle-settings');
    const input = (id: string) => card.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();
    // the demo's thresholds
    await expect(input('lifecycle-inactive-months').inputValue()).resolves.toBe('12');
    await expect(input('lifecycle-churned-months').inputValue()).resolves.toBe('36');
    // churned before inactive is refused in the form, next to the churn field, and nothing is saved
    await input('lifecycle-churned-months').fill('6');
    await page.getByTestId('lifecycle-settings-save').click();
    await card.locator('.ant-form-item-explain-error').waitFor();
    expect((await web.admin.query(`SELECT churned_after_months FROM customers.settings s JOIN platform.tenant t ON t.id = s.tenant_id WHERE t.slug = 'demo'`))[0].churned_after_months).toBe(36);
    await input('lifecycle-inactive-months').fill('3');
    await page.getByTestId('lifecycle-settings-save').click();
    await card.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await page.locator('.ant-message-success').waitFor();
    await page.reload();
    await expect(input('lifecycle-inactive-months').inputValue()).resolves.toBe('3');
    await expect(input('lifecycle-churned-months').inputValue()).resolves.toBe('6');
    await page.getByTestId('lifecycle-run-now').click();
    // queued and audited (the worker, not running here, does the moving: lifecycle.e2e-spec.ts)
    const requested = async () => (await web.admin.query(`SELECT count(*)::int AS n FROM platform.audit_log WHERE action = 'lifecycle_run_requested'`))[0].n as number;
    await waitFor(async () => (await requested()) === 1, 'the run was requested', 20_000);
    await page.locator('.ant-message-success').waitFor();
    await page.close();
  }, 180_000);

  it('ACC-02 a sales rep has no settings entry and is refused on the page', async () => {
    const page = await web.newPage();
    await web.signIn(page, REP_LOGIN);
    await page.getByTestId('nav-library').waitFor();
    expect(await page.getByTestId('nav-customer-settings').count()).toBe(0);
    await page.goto(`${new URL(page.url()).origin}/customers/settings`);
    await page.locator('.ant-result-403').waitFor();
    await page.close();
  }, 120_000);
});
