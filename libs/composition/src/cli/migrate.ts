// Applies pending migrations of every context: pnpm migration:run
import { loadConfig } from '@crm/platform';
import { migrate } from '../migrate';

async function main() {
  const applied = await migrate(loadConfig());
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
