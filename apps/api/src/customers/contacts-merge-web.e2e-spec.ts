import { WebHarness } from '../testing/web-harness';

/* Merging two people on the customer page in headless Chromium (start-up in testing/web-harness.ts). */

const CUSTOMER = '北京恒信科技股份有限公司';
const KEPT = '孙丽'; // demo data: the same person entered twice
const TWIN = '孫麗';
const TWIN_TITLE = '销售部经理';

describe('merging people in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop(), 60_000);

  it('DQ-03 CUS-06 an admin ticks two people, keeps one with the other’s job title; consents combine and the merge history explains it', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.getByTestId('customers-table').getByRole('link', { name: CUSTOMER, exact: true }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);

    const contacts = page.getByTestId('contacts-card');
    const row = (name: string) => contacts.getByTestId('contact-row').filter({ has: page.getByTestId('contact-name').getByText(name, { exact: true }) });
    await row(KEPT).waitFor();
    await row(TWIN).waitFor();
    expect(await page.getByTestId('merge-contacts').count()).toBe(0); // nothing ticked yet

    await row(KEPT).getByTestId('contact-merge-select').check();
    await row(TWIN).getByTestId('contact-merge-select').check();
    await page.getByTestId('merge-contacts').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.waitFor();
    // the first ticked stays by default; its own job title wins unless another is chosen
    await expect(page.getByTestId('merge-survivor').textContent()).resolves.toContain(KEPT);
    const fields = page.getByTestId('merge-fields');
    await expect(fields.getByRole('radio', { name: '销售经理', exact: true }).isChecked()).resolves.toBe(true);
    // the preview: 孫麗 said no to phone calls, so the merged person has a "no" although 孙丽 said yes
    await expect(dialog.getByTestId('merge-consent-PHONE').getAttribute('data-status')).resolves.toBe('DENIED');
    await expect(dialog.getByTestId('merge-consent-WECHAT').getAttribute('data-status')).resolves.toBe('GRANTED');
    await fields.getByRole('radio', { name: TWIN_TITLE, exact: true }).check();
    await page.getByTestId('merge-confirm').click();

    // One person left, with the chosen title, both e-mails and the combined consents.
    await row(TWIN).waitFor({ state: 'detached' });
    const kept = row(KEPT);
    await kept.getByText(TWIN_TITLE).waitFor();
    await kept.getByText('sun.li@hengxin.example.cn').waitFor();
    await kept.getByText('sunli@hengxin.example.cn').waitFor();
    expect(await kept.getByTestId('contact-point').filter({ hasText: '139 1688 3001' }).count()).toBe(1);
    await expect(kept.getByTestId('consent-badge-PHONE').getAttribute('data-status')).resolves.toBe('DENIED');
    await expect(kept.getByTestId('consent-badge-EMAIL').getAttribute('data-status')).resolves.toBe('GRANTED');
    await expect(kept.getByTestId('consent-badge-WECHAT').getAttribute('data-status')).resolves.toBe('GRANTED');

    // The merge history on the person: who was merged in and where the title and the phone consent came from.
    await kept.getByTestId('contact-merge-history').click();
    const history = page.getByTestId('merge-history');
    await history.getByTestId('merged-name').filter({ hasText: TWIN }).waitFor();
    const title = history.getByTestId('merge-provenance').filter({ hasText: TWIN_TITLE });
    await title.waitFor();
    expect(await title.textContent()).toContain(`来自 ${TWIN}`);
    expect(await history.getByTestId('merge-provenance').filter({ hasText: '拒绝' }).textContent()).toContain(`来自 ${TWIN}`);
    await history.getByTestId('merge-moved').waitFor();
    await page.close();
  }, 180_000);
});
