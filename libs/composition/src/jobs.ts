import { CUSTOMERS_JOBS, CUSTOMERS_SCHEDULES, DUPLICATE_CLUSTER_JOBS, LIFECYCLE_JOBS } from '@crm/customers';
import { JobName, JobSchedule, PLATFORM_JOBS, PLATFORM_SCHEDULES } from '@crm/platform';

/** Every declared job of every context; the worker refuses to start unless each has exactly one handler. */
export const ALL_JOBS = [...PLATFORM_JOBS, ...CUSTOMERS_JOBS, ...DUPLICATE_CLUSTER_JOBS, ...LIFECYCLE_JOBS] as const satisfies readonly JobName[];

// Compile-time check that every job declared in JobMap (by any context) is listed above.
type Unlisted = Exclude<JobName, (typeof ALL_JOBS)[number]>;
const _everyJobListed: [Unlisted] extends [never] ? true : Unlisted = true;
void _everyJobListed;

/** Every job the worker runs on an interval. */
export const ALL_SCHEDULES: readonly JobSchedule[] = [...PLATFORM_SCHEDULES, ...CUSTOMERS_SCHEDULES];
