import { DEMO_REPS } from '@crm/customers';
import type { Page } from 'playwright-core';
import { WebHarness, pickOption } from '../testing/web-harness';

/* CUS-02 / DQ-04: the address editor of the customer page in headless Chromium against the real API. */

const [WANG] = DEMO_REPS;
const ADMINS_CUSTOMER = '上海宏达贸易有限公司'; // a demo customer
const WANGS_CUSTOMER = '苏州工业园精密机械有限公司'; // a demo customer of 王芳
const OLD_BILLING = '苏州工业园区星湖街 328 号';

describe('the customer address editor in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(async () => {
    await web?.stop();
  });

  const accountId = async (name: string): Promise<string> => ((await web.admin.query(`SELECT id FROM customers.account WHERE name = $1`, [name])) as { id: string }[])[0]!.id;
  const streets = async (id: string): Promise<string[]> =>
    ((await web.admin.query(`SELECT street FROM customers.address WHERE party_id = $1`, [id])) as { street: string }[]).map((r) => r.street).sort();
  const openCustomer = async (page: Page, id: string) => {
    await page.goto(`${web.webUrl}/customers/${id}`);
    await page.getByTestId('customer-name').waitFor();
  };
  const fieldError = (page: Page, id: string) => page.locator('.ant-form-item', { has: page.locator(`#${id}`) }).locator('.ant-form-item-explain-error');

  it('CUS-02 DQ-01 an admin adds an address, sees it listed, changes its street, is shown the server’s postcode error on the field, and removes it', async () => {
    const id = await accountId(ADMINS_CUSTOMER);
    const before = await streets(id);
    const page = await web.newPage();
    await web.signIn(page);
    await openCustomer(page, id);
    const card = page.getByTestId('customer-addresses');
    const row = (street: string) => card.getByTestId('customer-address').filter({ hasText: street });

    // a street is required before anything is sent
    await card.getByTestId('address-add').click();
    const form = page.getByTestId('address-form');
    await form.waitFor();
    await expect(page.locator('#address_country').inputValue()).resolves.toBe('CN');
    await page.getByTestId('address-save').click();
    await fieldError(page, 'address_street').waitFor();

    await page.getByTestId('address-kind').click();
    await pickOption(page, '收货地址');
    await page.locator('#address_province').fill('上海');
    await page.locator('#address_city').fill('上海');
    await page.locator('#address_district').fill('浦东新区');
    await page.locator('#address_street').fill('陆家嘴环路 1000 号');
    await page.locator('#address_postcode').fill('200120');
    await page.getByTestId('address-save').click();
    await form.waitFor({ state: 'hidden' });
    await page.getByText('地址已保存').waitFor();
    await row('陆家嘴环路 1000 号').getByText('收货地址').waitFor();
    await row('陆家嘴环路 1000 号').getByText('200120').waitFor();
    expect(await streets(id)).toEqual([...before, '陆家嘴环路 1000 号'].sort());

    // its street changed
    await row('陆家嘴环路 1000 号').getByTestId('address-edit').click();
    await expect(page.locator('#address_street').inputValue()).resolves.toBe('陆家嘴环路 1000 号');
    await page.locator('#address_street').fill('陆家嘴环路 2000 号');
    await page.getByTestId('address-save').click();
    await row('陆家嘴环路 2000 号').waitFor();
    expect(await row('陆家嘴环路 1000 号').count()).toBe(0);
    expect(await streets(id)).toEqual([...before, '陆家嘴环路 2000 号'].sort());

    // a postcode China does not have: refused by the server, shown on the postcode, nothing saved
    await row('陆家嘴环路 2000 号').getByTestId('address-edit').click();
    await page.locator('#address_postcode').fill('ABC12');
    await page.getByTestId('address-save').click();
    await fieldError(page, 'address_postcode').waitFor();
    expect(await fieldError(page, 'address_street').count()).toBe(0);
    await page.locator('.ant-modal-close').click();
    await form.waitFor({ state: 'hidden' });
    const [{ postcode }] = (await web.admin.query(`SELECT postcode FROM customers.address WHERE party_id = $1 AND street = $2`, [id, '陆家嘴环路 2000 号'])) as { postcode: string }[];
    expect(postcode).toBe('200120');

    // removed after a confirmation
    await row('陆家嘴环路 2000 号').getByTestId('address-remove').click();
    await page.getByTestId('address-remove-confirm').click();
    await page.getByText('地址已删除').waitFor();
    await row('陆家嘴环路 2000 号').waitFor({ state: 'detached' });
    expect(await streets(id)).toEqual(before);
    const actions = ((await web.admin.query(`SELECT action FROM platform.audit_log WHERE record_id = $1 AND action LIKE 'address_%' ORDER BY occurred_at`, [id])) as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(['address_added', 'address_updated', 'address_removed']);
    // the page's history shows them without a reload
    const history = page.getByTestId('customer-history');
    for (const label of ['添加地址', '修改地址', '删除地址']) await history.getByText(label, { exact: true }).first().waitFor();
    await page.close();
  }, 180_000);

  it('DQ-04 CUS-02 a rep’s change of a billing address on their own customer is sent for approval; the address stays as it was', async () => {
    const [{ fields }] = (await web.admin.query(`SELECT protected_account_fields AS fields FROM customers.settings s JOIN platform.tenant t ON t.id = s.tenant_id WHERE t.slug = 'demo'`)) as { fields: string[] }[];
    expect(fields).toContain('billingAddress'); // the demo protects billing addresses
    const id = await accountId(WANGS_CUSTOMER);
    await web.admin.query(
      `INSERT INTO customers.address (tenant_id, party_type, party_id, kind, country, city, street, postcode) SELECT tenant_id, 'account', id, 'billing', 'CN', '苏州', $2, '215000' FROM customers.account WHERE id = $1`,
      [id, OLD_BILLING],
    );

    const page = await web.newPage();
    await web.signIn(page, { tenant: 'demo', email: WANG.email, password: WANG.password });
    await openCustomer(page, id);
    const card = page.getByTestId('customer-addresses');
    const billing = card.getByTestId('customer-address').filter({ hasText: '开票地址' });
    await billing.getByText(OLD_BILLING).waitFor();
    await billing.getByTestId('address-edit').click();
    await page.getByTestId('address-billing-hint').waitFor();
    await page.locator('#address_street').fill('苏州工业园区金鸡湖大道 88 号');
    await page.getByTestId('address-save').click();
    await page.getByTestId('address-form').waitFor({ state: 'hidden' });

    await page.getByTestId('sent-for-approval').getByText('已提交审批').waitFor();
    const pending = page.getByTestId('pending-changes');
    await pending.getByText('开票地址').waitFor();
    await expect(pending.getByTestId('change-from-to').textContent()).resolves.toContain('金鸡湖大道 88 号');
    expect(await page.getByText('地址已保存').count()).toBe(0);
    await expect(billing.getByTestId('customer-address-street').textContent()).resolves.toBe(OLD_BILLING);
    expect(await streets(id)).toEqual([OLD_BILLING]);
    const [{ n }] = (await web.admin.query(`SELECT count(*)::int AS n FROM customers.change_request WHERE record_id = $1 AND status = 'pending'`, [id])) as { n: number }[];
    expect(n).toBe(1);
    await page.close();
  }, 180_000);
});
