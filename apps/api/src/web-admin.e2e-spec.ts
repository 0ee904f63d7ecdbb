import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestDatabase, seedDemo, type TestDatabase } from '@crm/composition';
import { createApiApp } from './bootstrap';

/*
 * The web app in headless Chromium against the real API. It lives here, not in apps/web, because the
 * lint boundary forbids the web app's folder to import backend code (it starts the API in-process).
 * The web app is built once into a temp dir and served by `vite preview`, proxying /graphql to the API.
 */
const WEB_ROOT = path.resolve(__dirname, '../../web');
const VITE = path.join(WEB_ROOT, 'node_modules/vite/bin/vite.js');
const ADMIN = { tenant: 'demo', email: 'admin@demo.local', password: 'demo-admin-2026' };

function buildWeb(outDir: string): void {
  const result = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: WEB_ROOT,
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

/** `vite preview` on a free port (the CLI, since Vite is ESM-only and Jest loads CommonJS); resolves with its URL. */
function startPreview(outDir: string, apiUrl: string): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(process.execPath, [VITE, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', '0'], {
    cwd: WEB_ROOT,
    env: { ...process.env, CRM_API_URL: apiUrl, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`vite preview did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Local:\s+(http:\/\/\S+?)\/?\s/.exec(output.replace(/\x1b\[[0-9;]*m/g, '')); // eslint-disable-line no-control-regex
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], server });
      }
    };
    server.stdout?.on('data', onData);
    server.stderr?.on('data', onData);
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}:\n${output}`)));
  });
}

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
  let db: TestDatabase;
  let api: INestApplication;
  let apiUrl: string;
  let outDir: string;
  let preview: ChildProcess | undefined;
  let webUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemo(db.config);
    api = await createApiApp(db.config);
    await api.listen(0, '127.0.0.1');
    apiUrl = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
    outDir = mkdtempSync(path.join(tmpdir(), 'crm-web-'));
    buildWeb(outDir);
    const started = await startPreview(outDir, apiUrl);
    preview = started.server;
    webUrl = started.url;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    preview?.kill();
    await api?.close();
    await db?.drop();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('PLT-07 ACC-03 an admin signs in, sees the layout, creates a user and sees the server refuse a used email', async () => {
    const displayName = await adminDisplayName(apiUrl);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(20_000);

    await page.goto(webUrl);
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
