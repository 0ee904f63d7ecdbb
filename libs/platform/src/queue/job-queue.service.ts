import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { bullConnection } from './bull-connection';
import { JobMap, JobName, QUEUE_NAME } from './job-map';

export interface EnqueueOptions {
  /** Makes the enqueue idempotent: a job with the same id that still exists is not added again. */
  jobId?: string;
  delayMs?: number;
  /** While a job with this deduplication id waits or runs, adding another is a no-op (BullMQ deduplication). */
  deduplicationId?: string;
}

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  data: JobMap[N];
  options?: EnqueueOptions;
}

function jobOptions(options: EnqueueOptions = {}): JobsOptions {
  return {
    jobId: options.jobId,
    delay: options.delayMs,
    ...(options.deduplicationId ? { deduplication: { id: options.deduplicationId } } : {}),
  };
}

/**
 * Enqueues jobs; never processes them (the worker does). Retries back off exponentially and a job
 * that used all its attempts stays in the failed set for ops to inspect and retry.
 */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private opened?: Queue;

  constructor(private readonly config: AppConfig) {}

  /** The BullMQ queue, connected on first use: a process that never enqueues opens no connection. */
  get queue(): Queue {
    if (!this.opened) {
      const defaultJobOptions: JobsOptions = {
        attempts: this.config.JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: this.config.JOB_BACKOFF_MS },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: false,
      };
      this.opened = new Queue(QUEUE_NAME, { ...bullConnection(this.config), defaultJobOptions });
    }
    return this.opened;
  }

  async enqueue<N extends JobName>(name: N, data: JobMap[N], options: EnqueueOptions = {}): Promise<string> {
    const job = await this.queue.add(name, data, jobOptions(options));
    return job.id as string;
  }

  /** One job described as a request (as `enqueueMany` takes them); returns its id. */
  enqueueRequest<N extends JobName>(request: JobRequest<N>): Promise<string> {
    return this.enqueue(request.name, request.data, request.options);
  }

  /** Several jobs in one round trip, each with the same options (id, delay, deduplication) as `enqueue`. */
  async enqueueMany(requests: JobRequest[]): Promise<void> {
    if (requests.length === 0) return;
    await this.queue.addBulk(requests.map((r) => ({ name: r.name, data: r.data, opts: jobOptions(r.options) })));
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.opened) return;
    // BullMQ emits an unhandled error when closed while still connecting; let it connect first.
    await this.opened.waitUntilReady().catch(() => undefined);
    await this.opened.close().catch(() => undefined);
  }
}
