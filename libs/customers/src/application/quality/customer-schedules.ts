import type { JobSchedule } from '@crm/platform';
import { LIFECYCLE_SCHEDULE } from '../lifecycle/lifecycle-stages.job';
import { DUPLICATE_CLUSTER_SCHEDULE } from './duplicate-clusters.job';

/** The customers context's jobs that run on a schedule (collected in the composition root's ALL_SCHEDULES). */
export const CUSTOMERS_SCHEDULES: readonly JobSchedule[] = [DUPLICATE_CLUSTER_SCHEDULE, LIFECYCLE_SCHEDULE];
