import { readFile } from 'node:fs/promises';
import { INestApplication } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { startCustomersWorker, stopCustomersWorker } from '../testing/worker-harness';
import { pickOption, WebHarness } from '../testing/web-harness';

/* The import screen and the list's export in headless Chromium, with a worker running the import jobs. */

const CSV = ['客户名称,手机,邮箱,备注', '网页导入甲有限公司,13912345001,a@web-import.cn,第一行', '网页导入乙有限公司,12,b@web-import.cn,坏手机号', '网页导入丙有限公司,13912345003,c@web-import.cn,第三行'].join('\n');

const CONTACTS_CSV = [
  '姓名,所属客户,手机,邮箱',
  '网页联系人甲,上海宏达贸易有限公司,13912346001,a@web-contact.cn',
  '网页联系人乙,上海宏达贸易有限公司,13912346002,not-an-email',
  '网页联系人丙,北京恒信科技股份有限公司,13912346003,c@web-contact.cn',
].join('\n');

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), rows: parse(await readFile(path), { bom: true }) as string[][] };
}

describe('customer import and export screens in headless Chromium', () => {
  let web: WebHarness;
  let worker: INestApplication;

  beforeAll(async () => {
    web = await WebHarness.start();
    worker = await startCustomersWorker(web.db.config);
  }, 300_000);

  afterAll(async () => {
    await stopCustomersWorker(worker);
    await web?.stop();
  });

  it('CUS-04 an admin imports a CSV with one bad row through the import screen: mapping suggested, progress to done with 1 error, the error report names the row and field', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.waitForURL(/\/customers$/);
    await page.getByTestId('open-import').click();
    await page.waitForURL(/\/customers\/import$/);

    await page.locator('input[type=file]').setInputFiles({ name: '网页导入.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    const mapping = page.getByTestId('mapping-table');
    await mapping.getByText('客户名称', { exact: true }).waitFor();
    await expect(page.getByTestId('mapping-select-0').textContent()).resolves.toBe('名称');
    await expect(page.getByTestId('mapping-select-1').textContent()).resolves.toBe('手机');
    await expect(page.getByTestId('mapping-select-3').textContent()).resolves.toBe('备注');
    await page.getByTestId('policy-skip').click();
    await page.getByTestId('start-import').click();

    const progress = page.getByTestId('import-progress');
    await progress.getByTestId('import-status').filter({ hasText: '已完成' }).waitFor({ timeout: 30_000 });
    await expect(progress.getByTestId('import-failed-rows').locator('.ant-statistic-content-value').textContent()).resolves.toBe('1');
    await expect(progress.getByTestId('import-progress-bar').getAttribute('aria-valuenow')).resolves.toBe('100');

    const report = await downloaded(page, () => progress.getByTestId('download-error-report').click());
    expect(report.name).toBe('网页导入-errors.csv');
    expect(report.rows).toEqual([
      ['row', 'outcome', 'field', 'message', '客户名称', '手机', '邮箱', '备注'],
      ['2', 'failed', 'mobile', expect.any(String), '网页导入乙有限公司', '12', 'b@web-import.cn', '坏手机号'],
    ]);
    // the past imports list shows it
    await page.getByTestId('import-history').getByText('网页导入.csv').waitFor();

    // the two good rows are customers now
    await page.goto(`${web.webUrl}/customers`);
    await page.getByTestId('customers-table').getByText('网页导入甲有限公司', { exact: true }).waitFor();
    await page.getByTestId('customers-table').getByText('网页导入丙有限公司', { exact: true }).waitFor();
    expect(await page.getByTestId('customers-table').getByText('网页导入乙有限公司').count()).toBe(0);
  }, 120_000);

  it('CUS-04 from the contacts list an admin imports a contacts CSV: contacts chosen, their columns suggested, one bad e-mail reported in the downloaded report, the good people at their customers', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.goto(`${web.webUrl}/contacts`);
    await page.getByTestId('open-contact-import').click();
    await page.waitForURL(/\/contacts\/import$/);
    await expect(page.getByTestId('import-target-contacts').isChecked()).resolves.toBe(true);

    await page.locator('input[type=file]').setInputFiles({ name: '网页联系人.csv', mimeType: 'text/csv', buffer: Buffer.from(CONTACTS_CSV, 'utf8') });
    await page.getByTestId('mapping-table').getByText('所属客户', { exact: true }).waitFor();
    await expect(page.getByTestId('mapping-select-0').textContent()).resolves.toBe('姓名');
    await expect(page.getByTestId('mapping-select-1').textContent()).resolves.toBe('所属客户（名称）');
    await expect(page.getByTestId('mapping-select-3').textContent()).resolves.toBe('邮箱');
    // the selects offer the contacts fields the preview described, the needed ones first, labelled by the web's own translations
    await page.getByTestId('mapping-select-0').click(); // its value is the first option, so the list opens at the top
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    expect((await options.evaluateAll((items) => items.map((i) => i.getAttribute('title')))).slice(0, 6)).toEqual(['姓名', '姓', '名', '所属客户（名称）', '客户 ID', '职位']);
    await page.keyboard.press('Escape');
    // without the person's name the import cannot start, as the preview's needed groups say
    await page.getByTestId('mapping-select-0').hover();
    await page.getByTestId('mapping-select-0').locator('.ant-select-clear').click();
    await page.getByTestId('mapping-problem').filter({ hasText: '请选择存放联系人姓名（或姓、名）的列。' }).waitFor();
    await expect(page.getByTestId('start-import').isDisabled()).resolves.toBe(true);
    await page.getByTestId('mapping-select-0').click();
    await pickOption(page, '姓名');
    await expect(page.getByTestId('mapping-problem').count()).resolves.toBe(0);
    await page.getByText('某行是已存在的联系人（电话或邮箱相同）时', { exact: true }).waitFor();
    await page.getByTestId('policy-skip').click();
    await page.getByTestId('start-import').click();

    const progress = page.getByTestId('import-progress');
    await progress.getByTestId('import-status').filter({ hasText: '已完成' }).waitFor({ timeout: 30_000 });
    await expect(progress.getByTestId('import-failed-rows').locator('.ant-statistic-content-value').textContent()).resolves.toBe('1');
    const report = await downloaded(page, () => progress.getByTestId('download-error-report').click());
    expect(report.name).toBe('网页联系人-errors.csv');
    expect(report.rows).toEqual([
      ['row', 'outcome', 'field', 'message', '姓名', '所属客户', '手机', '邮箱'],
      ['2', 'failed', 'email', '"not-an-email" is not a valid e-mail address', '网页联系人乙', '上海宏达贸易有限公司', '13912346002', 'not-an-email'],
    ]);
    await page.getByTestId('import-history').getByText('网页联系人.csv').waitFor();

    await page.goto(`${web.webUrl}/contacts`);
    const search = page.locator('input[data-testid="contacts-search"], [data-testid="contacts-search"] input').first();
    await search.fill('网页联系人');
    await search.press('Enter');
    const table = page.getByTestId('contacts-table');
    await table.getByText('网页联系人甲', { exact: true }).waitFor();
    await expect(table.getByRole('row').filter({ hasText: '网页联系人甲' }).getByTestId('contact-customer-link').textContent()).resolves.toBe('上海宏达贸易有限公司');
    await expect(table.getByRole('row').filter({ hasText: '网页联系人丙' }).getByTestId('contact-customer-link').textContent()).resolves.toBe('北京恒信科技股份有限公司');
    expect(await table.getByText('网页联系人乙').count()).toBe(0);
  }, 120_000);

  it('CUS-04 the customers list exports what its filters show', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.goto(`${web.webUrl}/customers`);
    const search = page.locator('input[data-testid="customers-search"], [data-testid="customers-search"] input').first();
    await search.fill('网页导入');
    await search.press('Enter');
    await page.getByTestId('customers-table').getByText('网页导入甲有限公司', { exact: true }).waitFor();
    await page.getByTestId('export-customers').hover();
    const file = await downloaded(page, () => page.getByText('导出为 CSV', { exact: true }).click());
    expect(file.name).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows.slice(1).map((r) => r[0]).sort()).toEqual(['网页导入丙有限公司', '网页导入甲有限公司']);
  }, 60_000);
});
