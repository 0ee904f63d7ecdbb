import { readFile } from 'node:fs/promises';
import { DEMO_REP } from '@crm/customers';
import { WebHarness } from '../testing/web-harness';

/* The timeline, documents and review screens in headless Chromium against the real API (demo data: a rep with shared customers). */

const CUSTOMER = '上海宏达贸易有限公司';
const REP_LOGIN = { tenant: 'demo', email: DEMO_REP.email, password: DEMO_REP.password };

describe('customer timeline, documents and review in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop(), 60_000);

  it('INT-01 INT-02 CUS-08 a rep logs a call and files a document on the customer page, downloads it; the manager replies on the review page; the rep sees the reply', async () => {
    const subject = `电话回访 ${Date.now()}`;
    const rep = await web.newPage();
    await web.signIn(rep, REP_LOGIN);
    await rep.getByRole('link', { name: '客户', exact: true }).click();
    await rep.getByTestId('customers-table').getByRole('link', { name: CUSTOMER, exact: true }).click();
    await rep.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    const customerUrl = rep.url();
    const timeline = rep.getByTestId('customer-timeline');
    // the demo's earlier interactions, one of them already answered by the manager
    await timeline.getByText('年度框架协议续签').waitFor();
    await timeline.getByTestId('manager-reply').first().waitFor();

    // INT-01: log a call; an empty subject is refused before anything is sent
    await rep.getByTestId('log-interaction').click();
    const form = rep.getByTestId('log-interaction-form');
    await rep.getByTestId('interaction-save').click();
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    await rep.getByTestId('interaction-subject').fill(subject);
    await rep.getByTestId('interaction-summary').fill('客户确认下周下单 200 台');
    await rep.getByTestId('interaction-save').click();
    await form.waitFor({ state: 'detached' });
    const entry = timeline.getByTestId('timeline-entry').filter({ hasText: subject });
    await entry.waitFor();
    expect(await entry.getAttribute('data-kind')).toBe('call');
    await entry.getByText('客户确认下周下单 200 台').waitFor();
    // the newest entry is first
    await expect(timeline.getByTestId('timeline-entry').first().textContent()).resolves.toContain(subject);

    // CUS-08: upload a document, see it listed and in the timeline, download the same bytes
    const content = Buffer.from('产品,数量\n重型货架,200\n', 'utf8');
    await rep.locator('input[type=file]').setInputFiles({ name: '下单确认.csv', mimeType: 'text/csv', buffer: content });
    const documents = rep.getByTestId('customer-documents');
    const document = documents.getByTestId('customer-document').filter({ hasText: '下单确认.csv' });
    await document.waitFor();
    await timeline.getByTestId('timeline-entry').filter({ hasText: '下单确认.csv' }).waitFor();
    const [download] = await Promise.all([rep.waitForEvent('download'), document.getByTestId('document-download').click()]);
    expect(download.suggestedFilename()).toBe('下单确认.csv');
    expect(Buffer.compare(await readFile((await download.path())!), content)).toBe(0);

    // INT-02: the administrator (a customer admin) replies from the review page
    const manager = await web.newPage();
    await web.signIn(manager);
    await manager.getByTestId('nav-review').click();
    await manager.waitForURL(/\/customers\/review$/);
    const item = manager.getByTestId('review-item').filter({ hasText: subject });
    await item.waitFor();
    await item.getByTestId('review-customer').filter({ hasText: CUSTOMER }).waitFor();
    await item.getByTestId('review-reply').fill('好，记得同步发报价单');
    await item.getByTestId('review-send').click();
    await item.waitFor({ state: 'detached' });

    // the rep sees the reply on the customer's timeline
    await rep.goto(customerUrl);
    const answered = rep.getByTestId('customer-timeline').getByTestId('timeline-entry').filter({ hasText: subject });
    await answered.getByTestId('manager-reply').getByText('好，记得同步发报价单').waitFor();

    // and removes the document again, after confirming
    await rep.getByTestId('customer-document').filter({ hasText: '下单确认.csv' }).getByTestId('document-delete').click();
    await rep.getByTestId('document-delete-confirm').click();
    await rep.getByTestId('customer-document').filter({ hasText: '下单确认.csv' }).waitFor({ state: 'detached' });
    await rep.close();
    await manager.close();
  }, 180_000);
});
