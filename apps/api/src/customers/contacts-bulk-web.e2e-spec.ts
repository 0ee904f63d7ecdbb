import type { Page } from 'playwright-core';
import { WebHarness, pickOption } from '../testing/web-harness';

/* CUS-03 / ACC-02: the contacts list's bulk bar (assign an owner, tag, archive, restore) in headless Chromium. */

const PEOPLE = ['韩晓东', '邓雪梅']; // demo people at 王芳's 南京紫金电子有限公司
const WANG = { email: 'wang.fang@demo.local', displayName: '王芳 Wang Fang' };
const LI = { email: 'li.qiang@demo.local', displayName: '李强 Li Qiang' };

describe('contacts list bulk actions in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop(), 60_000);

  const row = (page: Page, name: string) => page.getByTestId('contacts-table').locator('tr.ant-table-row').filter({ has: page.getByTestId('contact-open').getByText(name, { exact: true }) });
  const tick = async (page: Page) => {
    for (const name of PEOPLE) await row(page, name).locator('.ant-checkbox-input').check();
    await page.getByTestId('contacts-bulk-count').getByText('已选 2 人').waitFor();
  };
  const state = async () =>
    (await web.admin.query(
      `SELECT c.display_name AS name, u.email AS owner, c.archived_at IS NOT NULL AS archived FROM customers.contact c LEFT JOIN platform."user" u ON u.id = c.owner_id AND u.tenant_id = c.tenant_id WHERE c.display_name = ANY($1) ORDER BY c.display_name`,
      [PEOPLE],
    )) as { name: string; owner: string | null; archived: boolean }[];

  it('CUS-03 ACC-02 an admin ticks two people, is told who cannot go to a rep, gives them to the rep who can see their customer, tags, archives and restores them', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByTestId('nav-contacts').click();
    await page.waitForURL(/\/contacts$/);
    const box = page.locator('[data-testid="contacts-search"] input, input[data-testid="contacts-search"]').first();
    await box.fill('zijin.example');
    await box.press('Enter');
    for (const name of PEOPLE) await row(page, name).waitFor();
    expect(await page.getByTestId('contacts-bulk-bar').count()).toBe(0); // nothing ticked yet
    await tick(page);

    // 李强 cannot see 王芳's customer: the server refuses, naming the first person, and nothing changes
    await page.getByTestId('contacts-bulk-assign').click();
    await page.getByTestId('contacts-assign-owner').click();
    await pickOption(page, `${LI.displayName} (${LI.email})`);
    await page.getByTestId('contacts-assign-submit').click();
    await page.locator('.ant-message-error').getByText(PEOPLE[0]).waitFor();
    expect((await state()).map((r) => r.owner)).not.toContain(LI.email);

    await page.getByTestId('contacts-assign-owner').click();
    await pickOption(page, `${WANG.displayName} (${WANG.email})`);
    await page.getByTestId('contacts-assign-submit').click();
    await page.getByText('已将 2 位联系人分配给新负责人').waitFor();
    await page.getByTestId('contacts-bulk-bar').waitFor({ state: 'detached' }); // the selection is cleared
    expect(await state()).toEqual([
      { name: '邓雪梅', owner: WANG.email, archived: false },
      { name: '韩晓东', owner: WANG.email, archived: false },
    ]);
    // the person's drawer names the new owner
    await row(page, PEOPLE[0]).getByTestId('contact-open').click();
    await page.getByTestId('contact-drawer').getByText(WANG.displayName).waitFor();
    await page.locator('.ant-drawer-close').click();

    // tag both: the tag shows on their rows
    await tick(page);
    await page.getByTestId('contacts-bulk-tag').click();
    await page.getByTestId('contacts-tag-input').fill('紫金展会');
    await page.getByTestId('contacts-tag-submit').click();
    await page.getByText('已为 2 位联系人加上标签「紫金展会」').waitFor();
    for (const name of PEOPLE) await row(page, name).getByText('紫金展会').waitFor();

    // archive both: they leave the list
    await tick(page);
    await page.getByTestId('contacts-bulk-archive').click();
    await page.getByTestId('contacts-bulk-archive-confirm').click();
    await page.getByText('已归档 2 位联系人').waitFor();
    for (const name of PEOPLE) await row(page, name).waitFor({ state: 'detached' });
    expect((await state()).map((r) => r.archived)).toEqual([true, true]);

    // under "archived" they are back, and restoring them takes them off that list
    await page.getByTestId('contacts-archived').click();
    await pickOption(page, '已归档');
    for (const name of PEOPLE) await row(page, name).waitFor();
    await tick(page);
    expect(await page.getByTestId('contacts-bulk-archive').count()).toBe(0);
    await page.getByTestId('contacts-bulk-restore').click();
    await page.getByTestId('contacts-bulk-restore-confirm').click();
    await page.getByText('已恢复 2 位联系人').waitFor();
    for (const name of PEOPLE) await row(page, name).waitFor({ state: 'detached' });
    expect((await state()).map((r) => r.archived)).toEqual([false, false]);
    const audits = (await web.admin.query(
      `SELECT a.action, count(*)::int AS n FROM platform.audit_log a JOIN customers.contact c ON c.id::text = a.record_id WHERE a.record_type = 'contact' AND c.display_name = ANY($1) AND a.action IN ('assign', 'archive', 'restore') GROUP BY a.action ORDER BY a.action`,
      [PEOPLE],
    )) as { action: string; n: number }[];
    expect(audits).toEqual([
      { action: 'archive', n: 2 },
      { action: 'assign', n: 2 },
      { action: 'restore', n: 2 },
    ]);
    await page.close();
  }, 180_000);
});
