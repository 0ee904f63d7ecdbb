import type { JobName, JobRequest } from '@crm/platform';

/** CUS-07: moves one tenant's quiet customers to inactive or churned by its thresholds (ADR 0018). */
export interface DetectLifecycleStagesJob {
  tenantId: string;
}

/** CUS-07: the daily tick that queues a detection for every tenant with automatic stages switched on. */
export type ScheduleLifecycleStagesJob = Record<string, never>;

declare module '@crm/platform' {
  interface JobMap {
    'customers.detect-lifecycle-stages': DetectLifecycleStagesJob;
    'customers.schedule-lifecycle-stages': ScheduleLifecycleStagesJob;
  }
}

export const LIFECYCLE_JOBS = ['customers.detect-lifecycle-stages', 'customers.schedule-lifecycle-stages'] as const satisfies readonly JobName[];

/** One pending detection per tenant: a "run now" while one waits is folded into it. */
export const lifecycleDeduplicationId = (tenantId: string) => `customers-lifecycle-stages-${tenantId}`;

/** The queued detection of one tenant, folded into one already waiting. */
export const lifecycleDetectionJob = (tenantId: string): JobRequest<'customers.detect-lifecycle-stages'> => ({
  name: 'customers.detect-lifecycle-stages',
  data: { tenantId },
  options: { deduplicationId: lifecycleDeduplicationId(tenantId) },
});
