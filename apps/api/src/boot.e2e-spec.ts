import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@crm/composition';

const root = path.resolve(__dirname, '../../..');

function runProcess(app: 'api' | 'worker', env: Record<string, string>) {
  return spawnSync(process.execPath, ['-r', './scripts/register.js', `apps/${app}/src/main.ts`], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('process start-up with bad configuration', () => {
  it.each(['api', 'worker'] as const)('the %s exits non-zero and names each bad variable', (app) => {
    const result = runProcess(app, { API_PORT: 'not-a-port', WORKER_PORT: '99999', REDIS_URL: '', JWT_SECRET: 'too-short' });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Invalid configuration/);
    expect(result.stderr).toMatch(/API_PORT="not-a-port"/);
    expect(result.stderr).toMatch(/WORKER_PORT="99999"/);
    expect(result.stderr).toMatch(/JWT_SECRET=\(hidden\): JWT_SECRET must be at least 32 characters/);
    expect(result.stderr).not.toMatch(/too-short/);
  });
});

describe('several API processes on one port (API_PROCESSES)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  function childrenOf(pid: number): number[] {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  }

  async function until<T>(probe: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const value = await Promise.resolve(probe()).catch(() => undefined);
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  it('PLT-05 two API processes answer on the port, one that dies is replaced, SIGTERM stops them all', async () => {
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries({ ...db.config, API_PORT: port, API_PROCESSES: 2 })) if (value !== undefined) env[key] = String(value);
    const primary = spawn(process.execPath, ['-r', './scripts/register.js', 'apps/api/src/main.ts'], { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    try {
      const ready = async () => ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok ? true : undefined);
      await until(ready, 'the API to be ready');
      const first = await until(() => (childrenOf(primary.pid!).length === 2 ? childrenOf(primary.pid!) : undefined), 'two API processes');

      process.kill(first[0]!, 'SIGKILL');
      const replaced = await until(() => {
        const now = childrenOf(primary.pid!);
        return now.length === 2 && !now.includes(first[0]!) ? now : undefined;
      }, 'a replacement process');
      expect(replaced).toContain(first[1]);
      await until(ready, 'the API to answer again');

      primary.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      primary.kill('SIGKILL');
    }
  }, 120_000);
});
