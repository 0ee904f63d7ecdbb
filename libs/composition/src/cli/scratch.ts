import { createHash } from 'node:crypto';
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
export async function prepareScratchDatabase(config: AppConfig, purpose: string): Promise<NodeJS.ProcessEnv> {
  // One per checkout, so two checkouts on one machine never drop each other's scratch database.
  const name = `${purpose}_${createHash('sha1').update(root).digest('hex').slice(0, 8)}`;
  const adminUrl = withDatabase(config.DATABASE_ADMIN_URL, name);
  await dropDatabase(adminUrl);
  const scratch = { ...config, DATABASE_ADMIN_URL: adminUrl, DATABASE_URL: withDatabase(config.DATABASE_URL, name) };
  await migrate(scratch);
  return { ...process.env, DATABASE_ADMIN_URL: adminUrl, DATABASE_URL: scratch.DATABASE_URL };
}
