import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { DeliverEventJobHandler, EventConsumers } from '../events/event-consumers';
import { OutboxRelay, RELAY_AUTOSTART } from '../events/outbox-relay';
import { JobName } from './job-map';
import { HousekeepingJobHandler } from '../events/housekeeping.job';
import { DECLARED_JOBS, JobRunner } from './job-runner';
import { DECLARED_SCHEDULES, JobSchedule, JobScheduler } from './job-schedule';

export interface WorkerRuntimeOptions {
  /** Every declared job name (the composition root's list); each needs exactly one `@OnJob` handler. */
  jobs: readonly JobName[];
  /** Jobs run on an interval (the composition root's list); none by default, so tests schedule nothing. */
  schedules?: readonly JobSchedule[];
  /** Run the outbox relay loop (default true); tests drive it by hand. */
  relay?: boolean;
}

/** What makes a process a worker: the job runner, the event consumers and the outbox relay. Worker only. */
@Module({})
export class WorkerRuntimeModule {
  static forRoot(options: WorkerRuntimeOptions): DynamicModule {
    return {
      module: WorkerRuntimeModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: DECLARED_JOBS, useValue: options.jobs },
        { provide: RELAY_AUTOSTART, useValue: options.relay ?? true },
        { provide: DECLARED_SCHEDULES, useValue: options.schedules ?? [] },
        JobRunner,
        JobScheduler,
        HousekeepingJobHandler,
        EventConsumers,
        DeliverEventJobHandler,
        OutboxRelay,
      ],
      exports: [JobRunner, JobScheduler, EventConsumers, OutboxRelay, HousekeepingJobHandler],
    };
  }
}
