import { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS } from '@crm/composition';
import { createDataSource, createTestUser } from '@crm/platform';
import { WebHarness, pickOption } from '../testing/web-harness';

/* Merging duplicates and approving protected-field changes in headless Chromium (start-up in testing/web-harness.ts). */

const ORIGINAL = '上海宏达贸易有限公司'; // demo data, industry 批发贸易
const TWIN = '上海宏达贸易股份有限公司';
const TWIN_INDUSTRY = '跨境电商';

describe('customer merge and approvals in headless Chromium', () => {
  let web: WebHarness;
  let appDs: DataSource;
  let tenantId: string;

  beforeAll(async () => {
    web = await WebHarness.start();
    const rows: { id: string }[] = await web.admin.query(`SELECT id FROM platform.tenant WHERE slug = 'demo'`);
    tenantId = rows[0]!.id;
    appDs = await createDataSource(web.db.config, ALL_DATABASE_PARTS, 'app').initialize();
  }, 300_000);

  afterAll(async () => {
    await appDs?.destroy();
    await web?.stop();
  });

  it('DQ-03 DQ-04 an admin merges two near-duplicates choosing a field from the other one; a rep’s credit terms change waits for approval until the admin approves it', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.waitForURL(/\/customers$/);
    const table = page.getByTestId('customers-table');
    await table.getByText(ORIGINAL, { exact: true }).waitFor();

    // The near-duplicate, created through the form with "create anyway".
    await page.getByTestId('create-customer').click();
    await page.locator('#name').fill(TWIN);
    await page.locator('#industry').fill(TWIN_INDUSTRY);
    await page.getByTestId('customer-form-submit').click();
    await page.getByTestId('duplicate-candidates').getByTestId('duplicate-candidate').filter({ hasText: ORIGINAL }).waitFor();
    await page.getByTestId('duplicate-candidates').getByTestId('create-anyway').click();
    await table.getByText(TWIN, { exact: true }).waitFor();

    // Select both rows and merge the twin into the original, keeping the twin's industry.
    const row = (name: string) => table.locator('tr').filter({ has: page.getByRole('link', { name, exact: true }) });
    await row(ORIGINAL).locator('input[type=checkbox]').check();
    await row(TWIN).locator('input[type=checkbox]').check();
    await page.getByTestId('merge-customers').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.waitFor();
    await page.getByTestId('merge-survivor').click();
    await pickOption(page, ORIGINAL);
    const fields = page.getByTestId('merge-fields');
    // By default the survivor's name and industry win.
    await expect(fields.getByRole('radio', { name: ORIGINAL, exact: true }).isChecked()).resolves.toBe(true);
    await expect(fields.getByRole('radio', { name: '批发贸易', exact: true }).isChecked()).resolves.toBe(true);
    await fields.getByRole('radio', { name: TWIN_INDUSTRY, exact: true }).check();
    await page.getByTestId('merge-confirm').click();

    // The survivor's page, with the merge history: the name merged in and where the industry came from.
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    const survivorUrl = page.url();
    await expect(page.getByTestId('customer-name').textContent()).resolves.toBe(ORIGINAL);
    const history = page.getByTestId('merge-history');
    await history.getByTestId('merged-name').filter({ hasText: TWIN }).waitFor();
    const industry = history.getByTestId('merge-provenance').filter({ hasText: TWIN_INDUSTRY });
    await industry.waitFor();
    expect(await industry.textContent()).toContain(`来自 ${TWIN}`);
    await history.getByTestId('merge-moved').waitFor();
    await page.goto(`${web.webUrl}/customers`);
    await table.getByText(ORIGINAL, { exact: true }).waitFor();
    expect(await table.getByText(TWIN, { exact: true }).count()).toBe(0);

    // A rep without customer:admin changes the credit terms: saved as a change request, not applied.
    const staff = await createTestUser(appDs, tenantId, { permissions: ['customer:view', 'customer:edit'], dataScope: 'all' });
    const repPage = await web.newPage();
    await web.signIn(repPage, { tenant: 'demo', email: staff.user.email, password: staff.password });
    await repPage.goto(survivorUrl);
    await repPage.getByTestId('edit-customer').click();
    await repPage.locator('#creditTermsDays').fill('60');
    await repPage.getByTestId('customer-edit-submit').click();
    await repPage.getByTestId('sent-for-approval').getByText('已提交审批').waitFor();
    await repPage.getByTestId('pending-changes').getByText('账期（天）').waitFor();
    await expect(repPage.getByTestId('pending-changes').getByTestId('change-from-to').textContent()).resolves.toContain('60');
    expect(await repPage.getByTestId('customer-credit-terms').textContent()).not.toContain('60');

    // The admin approves it on the approvals page; the value is applied.
    await page.getByTestId('open-approvals').click();
    await page.waitForURL(/\/customers\/approvals$/);
    const approvals = page.getByTestId('approvals-table');
    const request = approvals.locator('tr').filter({ has: page.getByTestId('approval-record').filter({ hasText: ORIGINAL }) });
    await request.waitFor();
    await request.getByTestId('approve-change').click();
    await page.getByTestId('decision-note').fill('符合授信政策');
    await page.getByTestId('decision-confirm').click();
    await approvals.getByText('没有待审批的变更').waitFor();

    await page.goto(survivorUrl);
    await page.getByTestId('customer-credit-terms').getByText('60 天').waitFor();
    expect(await page.getByTestId('pending-changes').count()).toBe(0);
    await repPage.close();
    await page.close();
  }, 180_000);

  it('CUS-01 DQ-02 an edit made on an outdated version is refused with a reload action, and a rename that looks like another customer needs "save anyway"', async () => {
    const HENGXIN = '北京恒信科技股份有限公司';
    const RENAMED = '上海宏达贸易股份有限公司'; // the same company name as the demo's 上海宏达贸易有限公司
    const open = async () => {
      const p = await web.newPage();
      await web.signIn(p);
      await p.getByRole('link', { name: '客户', exact: true }).click();
      await p.getByTestId('customers-table').getByRole('link', { name: HENGXIN, exact: true }).click();
      await p.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
      await p.getByTestId('edit-customer').click();
      await expect(p.locator('#name').inputValue()).resolves.toBe(HENGXIN);
      return p;
    };
    const mine = await open();
    const theirs = await open();

    // Someone else saves first.
    await theirs.locator('#industry').fill('云计算');
    await theirs.getByTestId('customer-edit-submit').click();
    await theirs.locator('.ant-descriptions').getByText('云计算', { exact: true }).waitFor(); // saved and shown

    // My save is refused; reloading shows their value and lets me save again.
    await mine.locator('#industry').fill('人工智能');
    await mine.getByTestId('customer-edit-submit').click();
    await mine.getByTestId('version-conflict').waitFor();
    await mine.getByTestId('version-conflict-reload').click();
    await mine.getByTestId('version-conflict').waitFor({ state: 'detached' });
    await expect(mine.locator('#industry').inputValue()).resolves.toBe('云计算');

    // A rename to what looks like another customer shows the candidates; "save anyway" saves it.
    await mine.locator('#name').fill(RENAMED);
    await mine.getByTestId('customer-edit-submit').click();
    const candidates = mine.getByTestId('duplicate-candidates');
    await candidates.getByTestId('duplicate-candidate').filter({ hasText: ORIGINAL }).waitFor();
    await expect(mine.getByTestId('customer-name').textContent()).resolves.toBe(HENGXIN);
    await candidates.getByTestId('create-anyway').click();
    await mine.getByTestId('customer-name').getByText(RENAMED, { exact: true }).waitFor();
    expect(await mine.getByTestId('sent-for-approval').count()).toBe(0); // an admin's change applies at once
    await mine.close();
    await theirs.close();
  }, 120_000);
});
