import { readFile } from 'node:fs/promises';
import { DEMO_REP } from '@crm/customers';
import { WebHarness, pickOption } from '../testing/web-harness';

/* The shared document library in headless Chromium against the real API (demo data: library documents, a rep who may only read). */

const REP_LOGIN = { tenant: 'demo', email: DEMO_REP.email, password: DEMO_REP.password };
const CUSTOMER = '上海宏达贸易有限公司';

describe('document library in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop(), 60_000);

  it('CUS-08 the administrator uploads into a folder with tags, edits its name, folder and tags, finds it by search, downloads it, files a copy under a customer and deletes it', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByTestId('nav-library').click();
    await page.waitForURL(/\/library$/);
    const table = page.getByTestId('library-table');
    const search = page.locator('input[data-testid="library-search"], [data-testid="library-search"] input').first();
    // the demo library
    await table.getByText('Price list Q1 2026 价格表').waitFor();
    await page.getByTestId('library-folders').getByText('Templates/Contracts (1)').waitFor();

    // an empty name is refused before anything is sent
    await page.getByTestId('library-upload').click();
    const form = page.getByTestId('library-upload-form');
    const content = Buffer.from('型号,功率\nP-200,7.5kW\n', 'utf8');
    await form.locator('input[type=file]').setInputFiles({ name: '泵参数表.csv', mimeType: 'text/csv', buffer: content });
    await expect(page.getByTestId('library-title').inputValue()).resolves.toBe('泵参数表');
    await page.getByTestId('library-title').fill('');
    await page.getByTestId('library-upload-save').click();
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    const title = `泵参数表 P-200 ${Date.now()}`;
    await page.getByTestId('library-title').fill(title);
    await page.getByTestId('library-folder').locator('input').fill('Product sheets/Pumps');
    await page.getByTestId('library-tags').locator('input').fill('pumps');
    await page.getByTestId('library-tags').locator('input').press('Enter');
    await page.getByTestId('library-title').click(); // closes the tags dropdown
    await page.getByTestId('library-upload-save').click();
    await form.waitFor({ state: 'detached' });
    const row = table.getByTestId('library-row').filter({ hasText: title });
    await row.waitFor();
    await row.getByText('Product sheets/Pumps').waitFor();
    await row.getByText('pumps', { exact: true }).waitFor();

    // edited: a blank name is refused on its field, a folder too deep is refused by the server on its field, then a new name and tag show in the list
    await row.getByTestId('library-edit').click();
    const edit = page.getByTestId('library-edit-form');
    await expect(page.getByTestId('library-title').inputValue()).resolves.toBe(title);
    await page.getByTestId('library-title').fill('');
    await page.getByTestId('library-edit-save').click();
    await edit.locator('.ant-form-item-explain-error').first().waitFor();
    const renamed = `${title} v2 规格书`;
    await page.getByTestId('library-title').fill(renamed);
    await page.getByTestId('library-folder').locator('input').fill('a/b/c/d/e/f');
    await page.getByTestId('library-edit-save').click();
    await edit.getByText('may be at most 5 levels deep').waitFor();
    await page.getByTestId('library-folder').locator('input').fill('Product sheets/Pumps');
    await page.getByTestId('library-tags').locator('input').fill('datasheet');
    await page.getByTestId('library-tags').locator('input').press('Enter');
    await page.getByTestId('library-title').click(); // closes the tags dropdown
    await page.getByTestId('library-edit-save').click();
    await edit.waitFor({ state: 'detached' });
    await row.getByText(renamed, { exact: true }).waitFor();
    await row.getByText('datasheet', { exact: true }).waitFor();
    await row.getByText('pumps', { exact: true }).waitFor();
    await row.getByText('Product sheets/Pumps').waitFor();

    // search narrows the list; nonsense shows the empty state
    await search.fill('P-200');
    await search.press('Enter');
    await table.getByText('Price list Q1 2026 价格表').waitFor({ state: 'detached' });
    await row.waitFor();
    await search.fill('nothing-like-this-anywhere');
    await search.press('Enter');
    await table.locator('.ant-empty').waitFor();
    await search.fill('P-200');
    await search.press('Enter');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('library-download').click()]);
    expect(download.suggestedFilename()).toBe('泵参数表.csv');
    expect(Buffer.compare(await readFile((await download.path())!), content)).toBe(0);

    // a copy filed under a customer shows among that customer's documents
    await row.getByTestId('library-file-under').click();
    await page.getByTestId('library-customer').locator('input').fill('宏达');
    await pickOption(page, CUSTOMER);
    await page.getByTestId('library-file-under-save').click();
    await page.getByTestId('library-filed').getByRole('link').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.getByTestId('customer-documents').getByTestId('customer-document').filter({ hasText: title }).waitFor();

    // deleted from the library after confirming
    await page.getByTestId('nav-library').click();
    await search.fill('P-200');
    await search.press('Enter');
    await table.getByTestId('library-row').filter({ hasText: title }).getByTestId('library-delete').click();
    await page.getByTestId('library-delete-confirm').click();
    await table.getByTestId('library-row').filter({ hasText: title }).waitFor({ state: 'detached' });
    await page.close();
  }, 180_000);

  it('CUS-08 a sales rep reads the library in Chinese but has no upload, edit or delete', async () => {
    const page = await web.newPage();
    await web.signIn(page, REP_LOGIN);
    await page.getByTestId('nav-library').click();
    await page.getByRole('heading', { name: '文档库' }).waitFor();
    await page.getByTestId('library-table').getByText('Quote template 报价单模板').waitFor();
    expect(await page.getByTestId('library-upload').count()).toBe(0);
    expect(await page.getByTestId('library-delete').count()).toBe(0);
    expect(await page.getByTestId('library-edit').count()).toBe(0);
    await page.close();
  }, 120_000);
});
