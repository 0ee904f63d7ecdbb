import 'reflect-metadata';
import { ConfigError, loadConfig } from '@crm/platform';
import { createApiApp } from './bootstrap';

async function main() {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.API_PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  // Config problems are listed one per line; nothing else may start.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
