import { spawn } from 'node:child_process';
import path from 'node:path';
import { AddressInfo } from 'node:net';
import { createTestUser } from '@crm/platform';
import { ApiHarness } from './testing/api-harness';

jest.setTimeout(60_000);

function runExample(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve(__dirname, '../../../examples/integrator.mjs')], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the integrator example in docs/integrators.md', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start();
    // with the demo's administrator and sales rep, four users: two pages of two
    for (let i = 0; i < 2; i++) await createTestUser(api.appDs, api.demoTenantId, { permissions: ['customer:view'] });
  });

  afterAll(() => api?.stop());

  it('ACC-04 PLT-05 runs against the demo tenant: key, paging by cursor, a refused write, revocation', async () => {
    const { port } = api.app.getHttpServer().address() as AddressInfo;
    const result = await runExample({ CRM_URL: `http://127.0.0.1:${port}` });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/created read-only key crmk_/);
    expect(result.stdout).toMatch(/page 1 of 2: admin@demo\.local, rep@demo\.local/);
    expect(result.stdout).toMatch(/page 2 of 2: user-/);
    expect(result.stdout).toMatch(/a read-only key cannot write: extensions.code = FORBIDDEN/);
    expect(result.stdout).toMatch(/after revoking, the key is refused: extensions.code = TOKEN_REVOKED/);
  });
});
