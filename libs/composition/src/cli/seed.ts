// Applies migrations, then the demo data: pnpm seed
import { loadConfig } from '@crm/platform';
import { migrate } from '../migrate';
import { seedDemo } from '../seed/seed';

async function main() {
  const config = loadConfig();
  await migrate(config);
  const { tenantId } = await seedDemo(config);
  console.log(`Demo tenant ready (${tenantId})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
