import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue.service';
import { JobMap, JobName } from './job-map';

/**
 * A job the worker runs on a fixed interval. Declared by a context next to its job names and collected
 * by the composition root; BullMQ's job schedulers keep one schedule per id across every worker replica.
 */
export interface JobSchedule<N extends JobName = JobName> {
  /** Stable id: a deployment that drops the schedule has its scheduler removed at the next start. */
  id: string;
  job: N;
  data: JobMap[N];
  /** Every so many milliseconds (the first run at once), or a cron pattern (the first at its next time). */
  repeat(config: AppConfig): { every: number } | { pattern: string };
}

export const PLATFORM_SCHEDULES: readonly JobSchedule[] = [
  {
    id: 'platform.housekeeping',
    job: 'platform.housekeeping',
    data: {},
    repeat: (config) => ({ every: config.HOUSEKEEPING_INTERVAL_MINUTES * 60_000 }),
  } satisfies JobSchedule<'platform.housekeeping'>,
];

export const DECLARED_SCHEDULES = Symbol('DECLARED_SCHEDULES');

/** At worker start: creates or updates every declared schedule and removes the ones no longer declared. */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobScheduler.name);

  constructor(
    @Inject(DECLARED_SCHEDULES) private readonly schedules: readonly JobSchedule[],
    private readonly jobs: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.schedules.length === 0) return;
    await this.sync();
  }

  async sync(): Promise<void> {
    const queue = this.jobs.queue;
    for (const schedule of this.schedules) {
      await queue.upsertJobScheduler(schedule.id, schedule.repeat(this.config), { name: schedule.job, data: schedule.data });
    }
    const declared = new Set(this.schedules.map((s) => s.id));
    for (const existing of await queue.getJobSchedulers()) {
      if (existing.key && !declared.has(existing.key)) {
        await queue.removeJobScheduler(existing.key);
        this.logger.log(`removed the schedule ${existing.key}: no longer declared`);
      }
    }
  }
}
