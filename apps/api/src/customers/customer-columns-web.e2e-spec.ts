import { WebHarness, pickOption } from '../testing/web-harness';

/* CUS-03: the customer list's column chooser, saved with a view and applied again, in headless Chromium. */

describe('customer list columns in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(async () => {
    await web?.stop();
  }, 60_000);

  it('CUS-03 a user hides and adds columns, saves them with a view, and the view brings them back', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    const table = page.getByTestId('customers-table');
    const header = table.locator('thead');
    await table.getByText('Globex Industries GmbH', { exact: true }).waitFor();
    await header.getByText('负责人').waitFor();
    expect(await header.getByText('等级').count()).toBe(0);

    // hide the owner, show the tier
    await page.getByTestId('choose-columns').click();
    const chooser = page.getByTestId('column-chooser');
    await chooser.getByTestId('column-owner').click();
    await chooser.getByTestId('column-tier').click();
    await header.getByText('负责人').waitFor({ state: 'detached' });
    await header.getByText('等级').waitFor();

    await page.getByTestId('save-view').click();
    await page.getByTestId('save-view-name').fill('等级视图');
    await page.getByTestId('save-view-submit').click();
    await page.getByText('视图已保存').waitFor();
    const [view] = await web.admin.query(`SELECT columns FROM customers.customer_view WHERE name = '等级视图'`);
    expect(view.columns).toEqual(['name', 'kind', 'stage', 'contact', 'tier', 'tags', 'createdAt', 'updatedAt']);

    // a fresh list has the default columns; the view brings its own back
    await page.reload();
    await header.getByText('负责人').waitFor();
    await page.getByTestId('saved-views').click();
    await pickOption(page, '等级视图');
    await header.getByText('等级').waitFor();
    await header.getByText('负责人').waitFor({ state: 'detached' });
    await page.close();
  }, 120_000);
});
