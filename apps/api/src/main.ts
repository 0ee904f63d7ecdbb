import 'reflect-metadata';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from '@crm/platform';
import { createApiApp } from './bootstrap';

async function serve() {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.API_PORT, '0.0.0.0');
}

/**
 * With API_PROCESSES above 1 (0 = one per core) this process forks that many API processes sharing the
 * port, restarts one that dies, and passes SIGTERM on so each drains before exiting.
 */
function supervise(processes: number) {
  const fork = () => cluster.fork();
  for (let i = 0; i < processes; i++) fork();
  let stopping = false;
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`API process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

function main() {
  const config = loadConfig();
  const processes = config.API_PROCESSES === 0 ? availableParallelism() : config.API_PROCESSES;
  if (cluster.isPrimary && processes > 1) supervise(processes);
  else return serve();
}

Promise.resolve()
  .then(main)
  .catch((error: unknown) => {
    // Config problems are listed one per line; nothing else may start.
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
