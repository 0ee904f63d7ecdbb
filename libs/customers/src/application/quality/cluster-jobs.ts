import type { EntityManager } from 'typeorm';
import type { JobName, JobQueue, JobRequest } from '@crm/platform';

/** DQ-05: recomputes one tenant's stored duplicate clusters (ADR 0012). */
export interface RecomputeDuplicateClustersJob {
  tenantId: string;
}

/** DQ-05: the repeatable tick that queues a recompute for every tenant whose customers changed. */
export type ScheduleDuplicateClustersJob = Record<string, never>;

declare module '@crm/platform' {
  interface JobMap {
    'customers.recompute-duplicate-clusters': RecomputeDuplicateClustersJob;
    'customers.schedule-duplicate-clusters': ScheduleDuplicateClustersJob;
  }
}

export const DUPLICATE_CLUSTER_JOBS = ['customers.recompute-duplicate-clusters', 'customers.schedule-duplicate-clusters'] as const satisfies readonly JobName[];

/** One pending recompute per tenant: requests while one waits are folded into it. */
export const recomputeDeduplicationId = (tenantId: string) => `customers-duplicate-clusters-${tenantId}`;

/** The queued recompute of one tenant's clusters; one waits per tenant at a time. */
export const clusterRecomputeJob = (tenantId: string): JobRequest<'customers.recompute-duplicate-clusters'> => ({
  name: 'customers.recompute-duplicate-clusters',
  data: { tenantId },
  options: { deduplicationId: recomputeDeduplicationId(tenantId) },
});

/** Notes a recompute request on the tenant's run row (in the caller's tenant transaction, under RLS). */
export async function noteClusterRecomputeRequest(em: EntityManager, tenantId: string): Promise<void> {
  await em.query(
    `INSERT INTO customers.duplicate_cluster_run (tenant_id, requested_at) VALUES ($1, now())
     ON CONFLICT (tenant_id) DO UPDATE SET requested_at = now()`,
    [tenantId],
  );
}

/** Asks for a recompute of a tenant's clusters (noted on its run row); one waits per tenant at a time. */
export async function requestClusterRecompute(jobs: JobQueue, em: EntityManager, tenantId: string): Promise<void> {
  await noteClusterRecomputeRequest(em, tenantId);
  await jobs.enqueueRequest(clusterRecomputeJob(tenantId));
}
