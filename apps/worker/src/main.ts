import 'reflect-metadata';
import { ConfigError, JobHandlerError, loadConfig } from '@crm/platform';
import { createWorkerApp } from './bootstrap';

async function main() {
  const config = loadConfig();
  const app = await createWorkerApp(config);
  await app.listen(config.WORKER_PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof JobHandlerError ? error.message : error);
  process.exit(1);
});
