import path from 'node:path';
import { AppConfig, dropDatabase, withDatabase } from '@crm/platform';
import { migrate } from '../migrate';

const root = path.resolve(__dirname, '../../../..');

/** `node <these args>` runs the TypeORM CLI on the composition's data source with TypeScript support. */
export function typeormCli(): string[] {
  return [
    '-r',
    path.join(root, 'scripts/register.js'),
    require.resolve('typeorm/cli.js'),
    '-d',
    path.join(root, 'libs/composition/src/cli-data-source.ts'),
  ];
}

/** A freshly migrated database of its own, so generation never sees a developer's local state. */
export async function prepareScratchDatabase(config: AppConfig, name: string): Promise<NodeJS.ProcessEnv> {
  const adminUrl = withDatabase(config.DATABASE_ADMIN_URL, name);
  await dropDatabase(adminUrl);
  const scratch = { ...config, DATABASE_ADMIN_URL: adminUrl, DATABASE_URL: withDatabase(config.DATABASE_URL, name) };
  await migrate(scratch);
  return { ...process.env, DATABASE_ADMIN_URL: adminUrl, DATABASE_URL: scratch.DATABASE_URL };
}
