import { WebHarness } from '../testing/web-harness';

/* The data-quality report in headless Chromium against the real API and the demo data (start-up in testing/web-harness.ts). */

const TWINS = ['杭州西湖茶业有限公司', '杭州西湖茶業股份有限公司']; // demo data: same phone, same name in two scripts
const SIMILAR = ['Northwind Traders Ltd', 'Northwind Tradres Ltd']; // demo data: a typo, similar names
const STALE = '深圳市前海云链物流有限公司'; // demo data: untouched for 9 months
const NO_INDUSTRY = 'Li Na'; // demo data: an individual without phone or industry

jest.setTimeout(120_000);

describe('data-quality report in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop());

  it('DQ-05 an admin opens the report, sees a customer missing a fact, duplicate clusters (computed ahead, recomputed on request) and a stale customer, follows the links and records the fact as unknown', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.waitForURL(/\/customers$/);
    await page.getByTestId('open-data-quality').click();
    await page.waitForURL(/\/customers\/data-quality$/);

    // Missing facts: pick "行业" (industry); Li Na has none.
    const missing = page.getByTestId('missing-section');
    await missing.getByTestId('missing-field-INDUSTRY').click();
    await missing.getByText('缺少行业的客户').waitFor();
    const row = missing.getByTestId('missing-customer').filter({ hasText: NO_INDUSTRY });
    await row.waitFor();

    // The duplicate pair is one cluster, with both names linking to the customers.
    const cluster = page.getByTestId('duplicate-cluster').filter({ hasText: TWINS[0]! });
    await cluster.waitFor();
    await expect(cluster.getByTestId('cluster-customer').allTextContents()).resolves.toEqual([...TWINS].sort((a, b) => a.localeCompare(b)));
    // Clusters are computed ahead by the worker (the demo seed ran it): the page says when.
    await expect(page.getByTestId('clusters-computed-at').textContent()).resolves.toMatch(/^计算于 \d/);
    // A typo pair is one cluster too (similar names).
    const similar = page.getByTestId('duplicate-cluster').filter({ hasText: SIMILAR[0]! });
    await expect(similar.getByTestId('cluster-customer').allTextContents()).resolves.toEqual(SIMILAR);
    await cluster.getByTestId('cluster-merge').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.waitFor();
    await page.getByTestId('merge-cancel').click();
    await dialog.waitFor({ state: 'hidden' });

    // Stale: the demo customer nobody touched for 9 months; 12 months leaves it out.
    const stale = page.getByTestId('stale-section');
    await stale.getByTestId('stale-customer').filter({ hasText: STALE }).waitFor();

    // Follow the missing customer's edit link: the edit drawer opens; "unknown" is an answer, not a blank.
    await row.getByTestId('missing-edit').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}\?edit=1$/);
    await page.getByTestId('unknown-industry').click();
    await expect(page.locator('#industry').isDisabled()).resolves.toBe(true);
    await page.getByTestId('customer-edit-submit').click();
    await page.locator('.ant-descriptions-item', { hasText: '行业' }).getByText('未知', { exact: true }).waitFor();

    // Back in the report, Li Na no longer lacks an industry.
    await page.goto(`${web.webUrl}/customers/data-quality`);
    await page.getByTestId('missing-field-INDUSTRY').click();
    await page.getByText('缺少行业的客户').waitFor();
    await page.getByTestId('missing-list').locator('.ant-list-item, .ant-empty').first().waitFor();
    expect(await page.getByTestId('missing-customer').filter({ hasText: NO_INDUSTRY }).count()).toBe(0);

    // "Recompute now" queues the worker job; the section shows it waiting.
    await page.getByTestId('clusters-recompute').click();
    await page.getByTestId('clusters-pending').waitFor();

    // A cluster member's link opens that customer.
    await page.getByTestId('duplicate-cluster').filter({ hasText: TWINS[1]! }).getByRole('link', { name: TWINS[1]!, exact: true }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('customer-name').textContent()).resolves.toBe(TWINS[1]);
  });

  it('CUS-02 DQ-01 DQ-05 the edit drawer edits a customer’s phones: a bad number is refused on its row, nothing saved; then a mobile replaces the e-mail, recorded as unknown', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.goto(`${web.webUrl}/customers/data-quality`);
    const missing = page.getByTestId('missing-section');
    await missing.getByTestId('missing-field-PHONE').click();
    await missing.getByTestId('missing-customer').filter({ hasText: NO_INDUSTRY }).getByTestId('missing-edit').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}\?edit=1$/);

    // Li Na has her e-mail (row 0) and no phone
    await expect(page.getByTestId('contact-point-value-0').inputValue()).resolves.toBe('li.na@example.com');
    await expect(page.getByTestId('unknown-email').isDisabled()).resolves.toBe(true);
    await page.getByTestId('add-contact-point').click();
    await page.getByTestId('contact-point-value-1').fill('139 0013 9555');
    await page.getByTestId('add-contact-point').click();
    await page.getByTestId('contact-point-value-2').fill('12345');
    // a phone given: "phone unknown" is not offered
    await expect(page.getByTestId('unknown-phone').isDisabled()).resolves.toBe(true);
    await page.getByTestId('customer-edit-submit').click();
    await page.getByTestId('contact-point-row').nth(2).locator('.ant-form-item-explain-error').waitFor();
    const shown = page.getByTestId('customer-contact-point');
    await expect(shown.allTextContents()).resolves.toEqual([expect.stringContaining('li.na@example.com')]);

    // drop the bad number and the e-mail; the e-mail is now unknown
    await page.getByTestId('contact-point-remove-2').click();
    await page.getByTestId('contact-point-remove-0').click();
    await page.getByTestId('unknown-email').click();
    await page.getByTestId('customer-edit-submit').click();
    await shown.filter({ hasText: '+8613900139555' }).waitFor();
    await page.getByTestId('fact-unknown-email').getByText('邮箱未知').waitFor();
    await expect(shown.count()).resolves.toBe(1);
    await page.close();
  });

  it('CUS-05 CUS-07 the customer page shows the value and the tier computed from it', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.getByTestId('customers-table').getByRole('link', { name: '上海宏达贸易有限公司', exact: true }).click();
    const value = page.getByTestId('customer-value');
    await value.waitFor();
    await expect(value.getByTestId('customer-value-amount').textContent()).resolves.toContain('1,280,000.00');
    await expect(value.getByTestId('customer-value-tier').textContent()).resolves.toBe('A');
  });
});
