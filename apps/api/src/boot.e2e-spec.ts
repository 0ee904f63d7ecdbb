import { spawnSync } from 'node:child_process';
import path from 'node:path';

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
