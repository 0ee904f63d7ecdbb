import { WebHarness, pickOption } from '../testing/web-harness';

/* The contacts and relationships of a customer in headless Chromium against the real API (start-up in testing/web-harness.ts). */

const CUSTOMER = '上海宏达贸易有限公司';

describe('contacts on the customer page in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop(), 60_000);

  it('CUS-01 DQ-01 DQ-02 CUS-06 DQ-06 adds a contact, is warned of a similar second one, records consent and adds a relationship', async () => {
    const page = await web.newPage();
    await web.signIn(page);
    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.getByTestId('customers-table').getByRole('link', { name: CUSTOMER, exact: true }).click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);

    // The demo people are there with their consents: 张伟 said no to SMS.
    const contacts = page.getByTestId('contacts-card');
    const zhangWei = contacts.getByTestId('contact-row').filter({ hasText: '张伟' });
    await zhangWei.waitFor();
    await expect(zhangWei.getByTestId('consent-badge-SMS').getAttribute('data-status')).resolves.toBe('DENIED');
    await page.getByTestId('relationships-card').getByTestId('relationship-row').filter({ hasText: '张伟' }).filter({ hasText: '决策者' }).waitFor();

    // A new person; a bad phone is refused by the server next to its row, then corrected.
    await page.getByTestId('add-contact').click();
    await page.locator('#familyName').fill('赵');
    await page.locator('#givenName').fill('敏');
    await page.locator('#jobTitle').fill('财务经理');
    await page.getByTestId('add-contact-point').click();
    await page.locator('#contactPoints_0_value').fill('12');
    await page.getByTestId('contact-form-submit').click();
    const phoneError = page.locator('.ant-form-item', { has: page.locator('#contactPoints_0_value') }).locator('.ant-form-item-explain-error');
    await phoneError.waitFor();
    await page.locator('#contactPoints_0_value').fill('139 2000 3000');
    await page.getByTestId('contact-form-submit').click();
    const zhaoMin = contacts.getByTestId('contact-row').filter({ hasText: '赵敏' });
    await zhaoMin.waitFor();
    await zhaoMin.getByText('139 2000 3000').waitFor();

    // The same person in Traditional characters: "is it one of these?", and nothing is added.
    await page.getByTestId('add-contact').click();
    await page.locator('#familyName').fill('趙');
    await page.locator('#givenName').fill('敏');
    await page.getByTestId('contact-form-submit').click();
    const candidate = page.getByTestId('contact-duplicates').getByTestId('contact-duplicate').filter({ hasText: '赵敏' });
    await candidate.waitFor();
    await expect(candidate.getByTestId('contact-duplicate-reason').allTextContents()).resolves.toContain('同名');
    await page.locator('.ant-drawer-open').getByRole('button', { name: /取\s*消/ }).click();
    expect(await contacts.getByTestId('contact-name').filter({ hasText: '趙敏' }).count()).toBe(0);

    // Consent: 赵敏 refuses e-mail, told on the phone.
    await zhaoMin.getByTestId('contact-consent').click();
    await page.getByTestId('consent-source').fill('电话沟通');
    await page.getByTestId('consent-EMAIL').getByText('拒绝').click();
    await zhaoMin.locator('[data-testid="consent-badge-EMAIL"][data-status="DENIED"]').waitFor();
    // the open dialog's close button (the customer page keeps its address form rendered, hidden)
    await page.locator('.ant-modal-wrap:visible .ant-modal-close').click();
    await page.locator('.ant-modal-wrap:visible').waitFor({ state: 'hidden' });

    // A relationship: Globex is a partner of this customer.
    await page.getByTestId('add-relationship').click();
    await page.locator('#otherId').fill('Globex');
    await pickOption(page, { hasText: 'Globex Industries GmbH' });
    await page.getByTestId('relationship-submit').click();
    const link = page.getByTestId('relationships-card').getByTestId('relationship-row').filter({ hasText: 'Globex Industries GmbH' });
    await link.waitFor();
    await expect(link.textContent()).resolves.toContain('合作伙伴');
    await page.close();
  }, 180_000);
});
