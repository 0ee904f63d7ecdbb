// Fails when entities and migrations disagree: migrates a scratch database, then asks the TypeORM
// CLI whether it would generate anything.
import { spawnSync } from 'node:child_process';
import { loadConfig } from '@crm/platform';
import { prepareScratchDatabase, typeormCli } from './scratch';

async function main() {
  const env = await prepareScratchDatabase(loadConfig(), 'crm_migration_check');
  const result = spawnSync(process.execPath, [...typeormCli(), 'migration:generate', '--check', 'migrations/Drift'], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0) {
    console.error('migration:check: entities and migrations disagree; run pnpm migration:generate');
    process.exit(1);
  }
  console.log('migration:check: entities and migrations agree');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
