import type { Page } from 'playwright-core';
import { WebHarness, pickOption } from '../testing/web-harness';

/* CUS-03: the contacts list's saved views and column chooser in headless Chromium. */

const HENGXIN = '北京恒信科技股份有限公司';

describe('contacts list saved views in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(async () => {
    await web?.stop();
  }, 60_000);

  const row = (page: Page, name: string) => page.getByTestId('contacts-table').locator('tr.ant-table-row').filter({ has: page.getByTestId('contact-open').getByText(name, { exact: true }) });
  /** The table's column titles in their order (the selection and actions columns left out). */
  const headers = async (page: Page) =>
    (await page.getByTestId('contacts-table').locator('thead th').allInnerTexts()).map((h) => h.trim()).filter((h) => h && h !== '操作');
  /** Waits until the table shows these columns in this order (it re-renders after a click). */
  const headersBecome = async (page: Page, expected: string[]) => {
    for (let waited = 0; JSON.stringify(await headers(page)) !== JSON.stringify(expected) && waited < 10_000; waited += 200) await page.waitForTimeout(200);
    expect(await headers(page)).toEqual(expected);
  };

  it('CUS-03 a user filters contacts, chooses and orders columns, saves them as a view, and the view brings them back after a reload', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByTestId('nav-contacts').click();
    await page.waitForURL(/\/contacts$/);
    await row(page, '张伟').waitFor();
    expect(await headers(page)).toEqual(['姓名', '客户', '职务', '电话', '邮箱', '标签', '更新时间']);

    // the people at 恒信 with an e-mail
    await page.getByTestId('contacts-customer').click();
    await page.getByTestId('contacts-customer').locator('input').fill('恒信');
    await pickOption(page, HENGXIN);
    await page.getByTestId('contacts-has-email').click();
    await pickOption(page, '有邮箱');
    await row(page, '张伟').waitFor({ state: 'detached' });
    await row(page, '陈静').waitFor();

    // hide job title and phone, show created, and put the e-mail before the customer
    await page.getByTestId('choose-columns').click();
    const chooser = page.getByTestId('column-chooser');
    await chooser.getByTestId('column-jobTitle').click();
    await chooser.getByTestId('column-phone').click();
    await chooser.getByTestId('column-createdAt').click();
    await chooser.getByTestId('column-owner').click();
    await chooser.getByTestId('column-email-up').click();
    await headersBecome(page, ['姓名', '邮箱', '客户', '标签', '负责人', '创建时间', '更新时间']);
    await row(page, '陈静').getByTestId('contact-owner').getByText('系统管理员 Administrator').waitFor();

    await page.getByTestId('save-view').click();
    await page.getByTestId('save-view-name').fill('恒信邮件联系人');
    await page.getByTestId('save-view-submit').click();
    await page.getByText('视图已保存').waitFor();
    const [saved] = await web.admin.query(`SELECT list, filter, order_by, columns, shared FROM customers.customer_view WHERE name = '恒信邮件联系人'`);
    const [{ id: hengxinId }] = await web.admin.query(`SELECT id FROM customers.account WHERE name = $1`, [HENGXIN]);
    expect(saved).toEqual({
      list: 'contacts',
      filter: { accountId: hengxinId, hasEmail: true, archived: 'active' },
      order_by: null,
      columns: ['name', 'email', 'customer', 'tags', 'owner', 'createdAt', 'updatedAt'],
      shared: false,
    });

    // a fresh list has no filter and the default columns; the view brings its own back
    await page.reload();
    await row(page, '张伟').waitFor();
    expect(await headers(page)).toEqual(['姓名', '客户', '职务', '电话', '邮箱', '标签', '更新时间']);
    await page.getByTestId('saved-views').click();
    // the demo's shared contacts view is offered too
    await page.locator('.ant-select-dropdown:visible').getByText('有邮箱的联系人 People with e-mail').waitFor();
    await pickOption(page, '恒信邮件联系人');
    await row(page, '张伟').waitFor({ state: 'detached' });
    await row(page, '陈静').waitFor();
    await headersBecome(page, ['姓名', '邮箱', '客户', '标签', '负责人', '创建时间', '更新时间']);
    // the filters show the view's conditions
    await page.getByTestId('contacts-customer').getByText(HENGXIN).waitFor();
    await page.getByTestId('contacts-has-email').getByText('有邮箱').waitFor();

    // ticking two of the listed people offers to merge them
    expect(await page.getByTestId('merge-contacts').count()).toBe(0);
    await row(page, '孙丽').locator('.ant-checkbox-input').check();
    await row(page, '孫麗').locator('.ant-checkbox-input').check();
    await page.getByTestId('merge-contacts').click();
    await page.getByTestId('merge-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('merge-dialog').waitFor({ state: 'hidden' });

    // the accounts list's views do not offer it
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.getByTestId('customers-table').waitFor();
    await page.getByTestId('saved-views').click();
    await page.locator('.ant-select-dropdown:visible').getByText('VIP 客户 VIP customers').waitFor();
    expect(await page.locator('.ant-select-dropdown:visible').getByText('恒信邮件联系人').count()).toBe(0);
    await page.close();
  }, 150_000);
});
