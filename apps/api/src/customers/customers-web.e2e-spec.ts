import { randomUUID } from 'node:crypto';
import { WebHarness } from '../testing/web-harness';

/* The customer screens in headless Chromium against the real API (start-up in testing/web-harness.ts). */

const FIRST = '杭州远景贸易有限公司';
const TWIN = '杭州遠景貿易股份有限公司';

describe('customer screens in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop());

  it('CUS-01 DQ-02 an admin lists the customers, creates one, is warned of a duplicate with its reason and creates it anyway', async () => {
    const page = await web.newPage();
    await web.signIn(page);

    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.waitForURL(/\/customers$/);
    const table = page.getByTestId('customers-table');
    await table.getByText('上海宏达贸易有限公司', { exact: true }).waitFor();

    // A new company with a mobile number: no candidates, created at once.
    await page.getByTestId('create-customer').click();
    await page.locator('#name').fill(FIRST);
    await page.getByTestId('add-contact-point').click();
    // The server's refusal of a bad number lands next to that row's input (input.contactPoints.0.value).
    await page.locator('#contactPoints_0_value').fill('12');
    await page.getByTestId('customer-form-submit').click();
    const phoneError = page.locator('.ant-form-item', { has: page.locator('#contactPoints_0_value') }).locator('.ant-form-item-explain-error');
    await phoneError.waitFor();
    expect((await phoneError.textContent())?.trim()).not.toBe('');
    await page.locator('#contactPoints_0_value').fill('139 1234 5678');
    await page.getByTestId('customer-form-submit').click();
    await table.getByText(FIRST, { exact: true }).waitFor();
    expect(await page.getByTestId('duplicate-candidates').count()).toBe(0);

    // The same company in Traditional characters with another legal suffix: "is it one of these?"
    await page.getByTestId('create-customer').click();
    await page.locator('#name').fill(TWIN);
    await page.getByTestId('customer-form-submit').click();
    const candidates = page.getByTestId('duplicate-candidates');
    const candidate = candidates.getByTestId('duplicate-candidate').filter({ hasText: FIRST });
    await candidate.waitFor();
    await expect(candidate.getByTestId('duplicate-reason').allTextContents()).resolves.toContain('同名公司(忽略后缀)');
    await expect(candidate.getByRole('link', { name: FIRST }).count()).resolves.toBe(1); // visible to the admin: it can be opened
    expect(await table.getByText(TWIN, { exact: true }).count()).toBe(0); // nothing created yet

    await candidates.getByTestId('create-anyway').click();
    await table.getByText(TWIN, { exact: true }).waitFor();
    await table.getByText(FIRST, { exact: true }).waitFor();

    // The detail page shows the record with its contact point and the audit history of its creation.
    await table.getByRole('link', { name: FIRST, exact: true }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('customer-name').textContent()).resolves.toBe(FIRST);
    await page.getByTestId('customer-contact-point').filter({ hasText: '139 1234 5678' }).waitFor();
    await page.getByTestId('customer-history').getByText('创建').first().waitFor();

    // A customer that does not exist (or cannot be seen) gets a proper not-found state.
    await page.goto(`${web.webUrl}/customers/${randomUUID()}`);
    await page.getByTestId('customer-not-found').waitFor();
    await page.close();
  }, 120_000);
});
