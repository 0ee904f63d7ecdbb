import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { WebHarness, pickOption } from '../testing/web-harness';

/* The contacts list, archiving, export, a person's timeline and the interaction form's contact in headless Chromium. */

const HONGDA = '上海宏达贸易有限公司';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), rows: parse(await readFile(path), { bom: true }) as string[][] };
}

describe('contacts list in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop(), 60_000);

  const search = async (page: Page, text: string) => {
    const box = page.locator('[data-testid="contacts-search"] input, input[data-testid="contacts-search"]').first();
    await box.fill(text);
    await box.press('Enter');
  };
  const row = (page: Page, name: string) => page.getByTestId('contacts-table').locator('tr.ant-table-row').filter({ has: page.getByTestId('contact-open').getByText(name, { exact: true }) });
  const chooseArchived = async (page: Page, label: string) => {
    await page.getByTestId('contacts-archived').click();
    await pickOption(page, label);
  };

  it('CUS-02 CUS-03 CUS-04 finds a person in another spelling, links to their customer, archives and restores them, and exports the view', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByTestId('nav-contacts').click();
    await page.waitForURL(/\/contacts$/);
    await row(page, '张伟').waitFor();
    // the archived demo person is not listed until asked for
    expect(await row(page, '孙立群').count()).toBe(0);

    // Traditional characters find 张伟; the others are gone
    await search(page, '張偉');
    await page.getByTestId('contacts-table').getByText(HONGDA).first().waitFor();
    await row(page, '王芳').waitFor({ state: 'detached' });
    await row(page, '张伟').waitFor();
    expect(await page.getByTestId('contacts-table').locator('tr.ant-table-row').count()).toBe(1);

    // export of what the list shows
    await page.getByTestId('export-contacts').hover();
    const file = await downloaded(page, () => page.getByTestId('export-contacts-csv').click());
    expect(file.name).toMatch(/^contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows[0].slice(0, 4)).toEqual(['name', 'family name', 'given name', 'customer']);
    expect(file.rows.slice(1).map((r) => [r[0], r[3]])).toEqual([['张伟', HONGDA]]);

    // the person's own timeline in the drawer holds the demo meeting with them
    await row(page, '张伟').getByTestId('contact-open').click();
    const drawer = page.getByTestId('contact-drawer');
    await drawer.getByTestId('contact-timeline').getByText('季度业务回顾 QBR').waitFor();
    await page.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    // archive 王芳: she leaves the list, shows under "archived", and comes back when restored
    await search(page, '王芳');
    await row(page, '王芳').getByTestId('contact-archive').click();
    await page.locator('.ant-popover').getByRole('button', { name: /确\s*定/ }).click();
    await row(page, '王芳').waitFor({ state: 'detached' });
    await chooseArchived(page, '已归档');
    const archived = row(page, '王芳');
    await archived.getByTestId('contact-archived-tag').waitFor();
    await archived.getByTestId('contact-restore').click();
    await archived.waitFor({ state: 'detached' });
    await chooseArchived(page, '在用');
    await row(page, '王芳').waitFor();

    // the customer link opens the customer's page
    await row(page, '王芳').getByTestId('contact-customer-link').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.getByTestId('contacts-card').getByTestId('contact-row').filter({ hasText: '王芳' }).waitFor();
    await page.close();
  }, 180_000);

  it('CUS-02 INT-01 the customer page archives a person, shows archived people on request, and the log form picks a person; the author edits the entry', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.goto(`${web.webUrl}/customers`);
    await page.getByTestId('customers-table').getByRole('link', { name: HONGDA, exact: true }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    const card = page.getByTestId('contacts-card');
    await card.getByTestId('contact-row').filter({ hasText: '张伟' }).waitFor();
    expect(await card.getByTestId('contact-row').filter({ hasText: '孙立群' }).count()).toBe(0);
    await card.getByTestId('contacts-show-archived').click();
    const sun = card.getByTestId('contact-row').filter({ hasText: '孙立群' });
    await sun.getByTestId('contact-archived-tag').waitFor();
    await sun.getByTestId('contact-restore').click();
    await sun.getByTestId('contact-archive').waitFor();
    // the card reloads after the restore; archive once it has (as a person reads the result first)
    await page.waitForLoadState('networkidle');
    await sun.getByTestId('contact-archive').click();
    await page.locator('.ant-popover').getByRole('button', { name: /确\s*定/ }).click();
    await sun.getByTestId('contact-archived-tag').waitFor();

    // a call with 王芳, then corrected by its author
    await page.getByTestId('log-interaction').click();
    const form = page.getByTestId('log-interaction-form');
    await form.getByTestId('interaction-contact').click();
    await pickOption(page, { hasText: '王芳' });
    await form.getByTestId('interaction-subject').fill('确认货架规格');
    await form.getByTestId('interaction-save').click();
    const entry = page.getByTestId('timeline-entry').filter({ hasText: '确认货架规格' });
    await entry.getByTestId('timeline-entry-contact').filter({ hasText: '王芳' }).waitFor();
    await entry.getByTestId('interaction-edit').click();
    const edit = page.getByTestId('edit-interaction-form');
    await edit.getByTestId('interaction-subject').fill('确认货架规格和交期');
    await edit.getByTestId('interaction-save').click();
    await page.getByTestId('timeline-entry').filter({ hasText: '确认货架规格和交期' }).waitFor();
    await page.close();
  }, 180_000);
});
