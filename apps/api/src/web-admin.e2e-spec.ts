import type { Page } from 'playwright-core';
import { DEMO_ADMIN_LOGIN as ADMIN, WebHarness } from './testing/web-harness';

/* The administration screens in headless Chromium against the real API (start-up in testing/web-harness.ts). */

/** The admin's display name as the API reports it: what the layout must show. */
async function adminDisplayName(apiUrl: string): Promise<string> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { displayName } } }',
      operationName: 'SignIn',
      variables: { input: ADMIN },
    }),
  });
  const body = (await response.json()) as { data?: { signIn: { user: { displayName: string } } } };
  if (!body.data) throw new Error(`demo admin cannot sign in: ${JSON.stringify(body)}`);
  return body.data.signIn.user.displayName;
}

async function fillUserForm(page: Page, user: { email: string; displayName: string; password: string }): Promise<void> {
  await page.getByTestId('create-user').click();
  await page.locator('#email').fill(user.email);
  await page.locator('#displayName').fill(user.displayName);
  await page.locator('#password').fill(user.password);
  await page.getByTestId('user-form-submit').click();
}

describe('web app administration in headless Chromium', () => {
  let web: WebHarness;

  beforeAll(async () => {
    web = await WebHarness.start();
  }, 300_000);

  afterAll(() => web?.stop());

  it('PLT-07 ACC-03 an admin signs in, sees the layout, creates a user and sees the server refuse a used email', async () => {
    const displayName = await adminDisplayName(web.apiUrl);
    const page = await web.newPage();

    await page.goto(web.webUrl);
    await page.waitForURL(/\/sign-in$/);
    await page.locator('#tenant').fill(ADMIN.tenant);
    await page.locator('#email').fill(ADMIN.email);
    await page.locator('#password').fill(ADMIN.password);
    await page.locator('button[type=submit]').click();

    await expect(page.getByTestId('user-name').textContent()).resolves.toBe(displayName);
    await expect(page.getByTestId('welcome').textContent()).resolves.toContain(displayName);

    // The language is switched from the user menu (zh-CN is the default) and the navigation follows it.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '语言' }).hover();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await page.getByTestId('users-table').getByText(ADMIN.email).waitFor();

    const email = `e2e.${Date.now()}@demo.local`;
    await fillUserForm(page, { email, displayName: 'E2E Person', password: 'e2e-password-2026' });
    await page.getByTestId('users-search').fill(email);
    await page.getByTestId('users-search').press('Enter');
    await page.getByTestId('users-table').getByText(email).waitFor();

    await fillUserForm(page, { email, displayName: 'E2E Twin', password: 'e2e-password-2026' });
    const emailError = page.locator('.ant-form-item', { has: page.locator('#email') }).locator('.ant-form-item-explain-error');
    await emailError.waitFor();
    expect((await emailError.textContent())?.trim()).not.toBe('');
    await page.close();
  }, 120_000);
});
