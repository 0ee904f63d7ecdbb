import { createHash, randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppConfig, dropDatabase, ensureDatabase, loadConfig, withDatabase } from '@crm/platform';

/**
 * The migrated template every medium and e2e test file clones. Its name depends on the checkout's
 * path, so two checkouts on one machine never share (or drop) each other's template.
 */
export function templateDatabaseName(): string {
  const digest = createHash('sha1').update(process.cwd()).digest('hex').slice(0, 8);
  return `crm_test_template_${digest}`;
}

export interface TestDatabase {
  config: AppConfig;
  drop(): Promise<void>;
}

/** A database of the test file's own, cloned from the migrated template in a fraction of a second. */
export async function createTestDatabase(overrides: Partial<AppConfig> = {}): Promise<TestDatabase> {
  const base = loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
  const name = `crm_test_${randomBytes(6).toString('hex')}`;
  const adminUrl = withDatabase(base.DATABASE_ADMIN_URL, name);
  await ensureDatabase(adminUrl, templateDatabaseName());
  // files of this database (the demo documents, uploads) go to a folder of its own, removed with it
  const files = overrides.FILE_STORAGE_DIR ? null : join(tmpdir(), `${name}_files`);
  const config = Object.assign(new AppConfig(), base, files ? { FILE_STORAGE_DIR: files } : {}, overrides, {
    DATABASE_ADMIN_URL: adminUrl,
    DATABASE_URL: withDatabase(base.DATABASE_URL, name),
    REDIS_PREFIX: `crm_test_${name}`,
  });
  const drop = async () => {
    await dropDatabase(adminUrl);
    if (files) await rm(files, { recursive: true, force: true });
  };
  return { config, drop };
}
