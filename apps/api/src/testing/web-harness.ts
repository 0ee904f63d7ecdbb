import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { ALL_DATABASE_PARTS, createTestDatabase, seedDemo, type TestDatabase } from '@crm/composition';
import { createDataSource } from '@crm/platform';
import { createApiApp } from '../bootstrap';

/*
 * The web app in headless Chromium against the real API, for the browser tests. They live with the API,
 * not in apps/web, because the lint boundary forbids the web app's folder to import backend code (the
 * API starts in-process). The web app is built once per test file into a temp dir and served by
 * `vite preview`, proxying /graphql to the API.
 */
const WEB_ROOT = path.resolve(__dirname, '../../../web');
const VITE = path.join(WEB_ROOT, 'node_modules/vite/bin/vite.js');
export const DEMO_ADMIN_LOGIN = { tenant: 'demo', email: 'admin@demo.local', password: 'demo-admin-2026' };

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

/** API on its own seeded database, the built web app behind `vite preview`, and headless Chromium. */
export class WebHarness {
  private constructor(
    readonly db: TestDatabase,
    readonly api: INestApplication,
    readonly apiUrl: string,
    readonly webUrl: string,
    readonly browser: Browser,
    /** The database as its administrator (no row-level security), for what a test checks or prepares behind the page. */
    readonly admin: DataSource,
    private readonly preview: ChildProcess,
    private readonly outDir: string,
  ) {}

  static async start(): Promise<WebHarness> {
    const db = await createTestDatabase();
    const cleanup: (() => unknown)[] = [() => db.drop()];
    try {
      await seedDemo(db.config);
      const api = await createApiApp(db.config);
      cleanup.unshift(() => api.close());
      await api.listen(0, '127.0.0.1');
      const apiUrl = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
      const outDir = mkdtempSync(path.join(tmpdir(), 'crm-web-'));
      cleanup.push(() => rmSync(outDir, { recursive: true, force: true }));
      buildWeb(outDir);
      const preview = await startPreview(outDir, apiUrl);
      cleanup.unshift(() => preview.server.kill());
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
      });
      cleanup.unshift(() => browser.close());
      const admin = await createDataSource(db.config, ALL_DATABASE_PARTS, 'admin').initialize();
      return new WebHarness(db, api, apiUrl, preview.url, browser, admin, preview.server, outDir);
    } catch (error) {
      for (const step of cleanup) await step();
      throw error;
    }
  }

  async newPage(): Promise<Page> {
    const page = await this.browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(20_000);
    return page;
  }

  /** Signs in through the sign-in page; resolves once the layout shows the user. */
  async signIn(page: Page, login = DEMO_ADMIN_LOGIN): Promise<void> {
    await page.goto(this.webUrl);
    await page.waitForURL(/\/sign-in$/);
    await page.locator('#tenant').fill(login.tenant);
    await page.locator('#email').fill(login.email);
    await page.locator('#password').fill(login.password);
    await page.locator('button[type=submit]').click();
    await page.getByTestId('user-name').waitFor();
  }

  async stop(): Promise<void> {
    await this.admin?.destroy();
    await this.browser?.close();
    this.preview?.kill();
    await this.api?.close();
    await this.db?.drop();
    if (this.outDir) rmSync(this.outDir, { recursive: true, force: true });
  }
}

/**
 * Picks an option of the open antd Select dropdown (by its title, or by text it contains) and waits for the
 * dropdown to close. A click that lands while the option list re-renders (options arriving, the open
 * animation) can be lost, leaving the list open over the dialog; the pick is then tried again.
 */
export async function pickOption(page: Page, option: string | { hasText: string }): Promise<void> {
  const dropdown = page.locator('.ant-select-dropdown:visible');
  const item =
    typeof option === 'string'
      ? dropdown.locator(`.ant-select-item-option[title="${option}"]`)
      : dropdown.locator('.ant-select-item-option', { hasText: option.hasText });
  for (let attempt = 1; ; attempt++) {
    await item.first().click();
    try {
      await dropdown.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch {
      // Tried again only while the option still shows: a list that is closing (slowly, on a loaded machine) took the click.
      if (attempt === 3 || !(await item.first().isVisible())) {
        await dropdown.waitFor({ state: 'hidden' });
        return;
      }
    }
  }
}
