import { DEMO_REPS } from '@crm/customers';
import { WebHarness, pickOption } from '../testing/web-harness';

/* ACC-02 transfer and the public pool, CUS-03 saved views, in headless Chromium (start-up in testing/web-harness.ts). */

const [WANG, LI] = DEMO_REPS;
const WANGS = ['南京紫金电子有限公司', '苏州工业园精密机械有限公司']; // demo customers of 王芳
const POOL_CUSTOMER = '杭州西溪文化传媒有限公司'; // a demo pool customer

describe('customer ownership and saved views in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(async () => {
    await web?.stop();
  });

  const ownerEmail = async (name: string): Promise<string | null> => {
    const rows: { email: string | null }[] = await web.admin.query(
      `SELECT u.email FROM customers.account a LEFT JOIN platform."user" u ON u.id = a.owner_id WHERE a.name = $1`,
      [name],
    );
    return rows[0]?.email ?? null;
  };

  it('ACC-02 an admin selects two customers and transfers them to another rep; the 360 page shows the history', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    const table = page.getByTestId('customers-table');
    const row = (name: string) => table.locator('tr').filter({ has: page.getByRole('link', { name, exact: true }) });
    for (const name of WANGS) await row(name).locator('input[type=checkbox]').check();

    await page.getByTestId('bulk-transfer').click();
    const dialog = page.getByTestId('ownership-dialog');
    await dialog.waitFor();
    // both belong to 王芳, so she is the one they move from
    await dialog.getByTestId('ownership-from').getByText(WANG.displayName, { exact: false }).waitFor();
    await dialog.getByTestId('ownership-to').click();
    await pickOption(page, `${LI.displayName} (${LI.email})`);
    await page.getByTestId('ownership-submit').click();
    await page.getByText('已转移 2 个客户').waitFor();
    for (const name of WANGS) await row(name).getByText(LI.displayName).waitFor();
    expect([await ownerEmail(WANGS[0]), await ownerEmail(WANGS[1])]).toEqual([LI.email, LI.email]);

    await table.getByRole('link', { name: WANGS[0], exact: true }).click();
    const history = page.getByTestId('ownership-history');
    await history.getByTestId('ownership-change').filter({ hasText: '转移' }).filter({ hasText: `${WANG.displayName} → ${LI.displayName}` }).waitFor();
    await page.close();
  }, 120_000);

  it('ACC-02 a rep sees the public pool and their quota, claims a customer, and it leaves the pool', async () => {
    const page = await web.newPage();
    await web.signIn(page, { tenant: 'demo', email: WANG.email, password: WANG.password });
    await page.getByRole('link', { name: '公海客户', exact: true }).click();
    await page.waitForURL(/\/customers\/pool$/);
    await page.getByTestId('pool-quota').getByText('您还可以领取 20 个').waitFor();
    const table = page.getByTestId('pool-table');
    await table.locator('tr').filter({ hasText: POOL_CUSTOMER }).locator('input[type=checkbox]').check();
    await page.getByTestId('pool-claim').click();
    await page.getByText('已领取 1 个客户').waitFor();
    await page.getByTestId('pool-quota').getByText('您还可以领取 19 个').waitFor();
    expect(await table.getByText(POOL_CUSTOMER, { exact: true }).count()).toBe(0);
    expect(await ownerEmail(POOL_CUSTOMER)).toBe(WANG.email);

    // it is now in her own list
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.getByTestId('customers-table').getByRole('link', { name: POOL_CUSTOMER, exact: true }).waitFor();
    await page.close();
  }, 120_000);

  it('CUS-03 a user saves the current filter as a view and applies it again later', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    const table = page.getByTestId('customers-table');
    // antd puts the test id on the <input> itself or on its wrapper, depending on the version
    const tagInput = page.locator('input[data-testid="customers-tag"], [data-testid="customers-tag"] input').first();
    await table.getByText('Globex Industries GmbH', { exact: true }).waitFor();
    await tagInput.fill('vip');
    await tagInput.press('Enter');
    // the filtered page replaces the full one: wait for the non-vip customer to go, not for one already shown
    await table.getByText('Globex Industries GmbH', { exact: true }).waitFor({ state: 'detached' });
    await table.getByText('上海宏达贸易有限公司', { exact: true }).waitFor();

    await page.getByTestId('save-view').click();
    await page.getByTestId('save-view-name').fill('我的重点客户');
    await page.getByTestId('save-view-submit').click();
    await page.getByText('视图已保存').waitFor();

    // a fresh list shows everyone again; choosing the view brings its filter back
    await page.reload();
    await table.getByText('Globex Industries GmbH', { exact: true }).waitFor();
    await page.getByTestId('saved-views').click();
    await pickOption(page, '我的重点客户');
    await table.getByText('Globex Industries GmbH', { exact: true }).waitFor({ state: 'detached' });
    await table.getByText('上海宏达贸易有限公司', { exact: true }).waitFor();
    await expect(tagInput.inputValue()).resolves.toBe('vip');
    const [view] = await web.admin.query(`SELECT filter, shared FROM customers.customer_view WHERE name = '我的重点客户'`);
    expect(view).toEqual({ filter: { tag: 'vip' }, shared: false });
    await page.close();
  }, 120_000);
});
