import { dropDatabase, loadConfig, withDatabase } from '@crm/platform';
import { migrate } from '../migrate';
import { templateDatabaseName } from './test-database';

/** Rebuilds the migrated template database once per Jest run. */
export default async function globalSetup(): Promise<void> {
  const base = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const name = templateDatabaseName();
  const config = Object.assign(base, {
    DATABASE_ADMIN_URL: withDatabase(base.DATABASE_ADMIN_URL, name),
    DATABASE_URL: withDatabase(base.DATABASE_URL, name),
  });
  await dropDatabase(config.DATABASE_ADMIN_URL);
  await migrate(config);
}
