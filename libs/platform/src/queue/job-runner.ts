import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit, BeforeApplicationShutdown, Logger } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { bullConnection } from './bull-connection';
import { DiscoveredMethod, discoverMethods, JobHandlerError, jobHandlerProblems } from './discover-methods';
import { QUEUE_NAME } from './job-map';
import { ON_JOB } from './on-job.decorator';

export const DECLARED_JOBS = Symbol('DECLARED_JOBS');

/**
 * The worker's BullMQ consumer. At start-up it finds every `@OnJob` handler and refuses to start
 * unless each declared job has exactly one; then it dispatches each job to its handler.
 */
@Injectable()
export class JobRunner implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly handlers = new Map<string, DiscoveredMethod<string>>();
  private worker?: Worker;

  constructor(
    @Inject(DECLARED_JOBS) private readonly declared: readonly string[],
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const found = discoverMethods<string>(this.discovery, this.scanner, ON_JOB);
    const problems = jobHandlerProblems(
      this.declared,
      found.map((h) => ({ job: h.meta, label: h.label })),
    );
    if (problems.length > 0) throw new JobHandlerError(problems);
    for (const handler of found) this.handlers.set(handler.meta, handler);
  }

  onApplicationBootstrap(): void {
    this.worker = new Worker(QUEUE_NAME, (job) => this.process(job), {
      ...bullConnection(this.config),
      concurrency: this.config.WORKER_CONCURRENCY,
    });
    this.worker.on('failed', (job, error) =>
      this.logger.warn(`job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`),
    );
    this.worker.on('error', (error) => this.logger.error(`queue worker error: ${error.message}`));
  }

  private process(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for job "${job.name}"`);
    return handler.call(job.data, job);
  }

  /** Stops taking jobs and waits for the running ones to finish. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.worker) return;
    // BullMQ emits an unhandled error when closed while still connecting; let it connect first.
    await this.worker.waitUntilReady().catch(() => undefined);
    await this.worker.close();
  }
}
