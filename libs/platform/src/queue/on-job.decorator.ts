import type { Job } from 'bullmq';
import type { JobMap, JobName } from './job-map';

export const ON_JOB = Symbol('crm:on-job');

export type JobHandler<N extends JobName> = (data: JobMap[N], job: Job<JobMap[N]>) => Promise<unknown>;

/**
 * Marks the one handler of a job (worker only). Start-up fails unless every declared job has
 * exactly one handler. Handlers must be idempotent: a job may run more than once.
 */
export function OnJob<N extends JobName>(name: N) {
  return <H extends JobHandler<N>>(_target: object, _key: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    Reflect.defineMetadata(ON_JOB, name, descriptor.value as object);
  };
}
