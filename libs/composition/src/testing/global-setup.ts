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
  forgetGraphqlMetadata();
}

/**
 * @nestjs/graphql keeps its type registry on `global`, and when Jest runs a file in band it copies
 * this process's globals into the test's context: the types loaded here (with this process's
 * `graphql` module) would then be registered twice and break schema building in that file.
 */
function forgetGraphqlMetadata(): void {
  const shared = globalThis as Record<string, unknown>;
  delete shared.GqlTypeMetadataStorage;
  delete shared.GqlLazyMetadataStorageHost;
}
