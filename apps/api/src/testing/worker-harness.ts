import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ALL_DATABASE_PARTS, ALL_JOBS } from '@crm/composition';
import { CustomersWorkerModule } from '@crm/customers';
import { AppConfig, JobQueue, PlatformModule, WorkerRuntimeModule } from '@crm/platform';

/**
 * The worker's job runtime with the customers' jobs (imports, tiers, duplicate clusters, lifecycle stages),
 * on the given database and Redis prefix, without the outbox relay: jobs go through the real queue.
 */
export async function startCustomersWorker(config: AppConfig): Promise<INestApplication> {
  const workerModule = await Test.createTestingModule({
    imports: [PlatformModule.forRoot({ config, database: ALL_DATABASE_PARTS }), WorkerRuntimeModule.forRoot({ jobs: ALL_JOBS, relay: false }), CustomersWorkerModule],
  }).compile();
  return workerModule.createNestApplication({ logger: false }).init();
}

/** Empties the worker's queue (other files share the Redis server) and closes it. */
export async function stopCustomersWorker(worker: INestApplication | undefined): Promise<void> {
  await worker?.get(JobQueue).queue.obliterate({ force: true });
  await worker?.close();
}
