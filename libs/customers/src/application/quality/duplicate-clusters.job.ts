import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvent, JobQueue, JobSchedule, OnEvent, OnJob, TenantDb, workerPrincipal } from '@crm/platform';
import '../../events/customer-events';
import { clusterRecomputeJob, noteClusterRecomputeRequest, requestClusterRecompute, type RecomputeDuplicateClustersJob } from './cluster-jobs';
import { ClusterComputation, computeDuplicateClusters } from './compute-duplicate-clusters';

/**
 * When the schedule looks for tenants whose customers changed since their clusters were computed: every
 * quarter hour (a cron pattern, so a worker starting does not run it at once).
 */
export const CLUSTER_SCHEDULE_PATTERN = '*/15 * * * *';
/** A tenant's clusters are recomputed at least this often even when nothing seems to have changed. */
const MAX_CLUSTER_AGE_HOURS = 24;

/** The quarter-hour tick, declared for the worker's scheduler (ALL_SCHEDULES). */
export const DUPLICATE_CLUSTER_SCHEDULE: JobSchedule<'customers.schedule-duplicate-clusters'> = {
  id: 'customers-duplicate-clusters',
  job: 'customers.schedule-duplicate-clusters',
  data: {},
  repeat: () => ({ pattern: CLUSTER_SCHEDULE_PATTERN }),
};

/**
 * DQ-05 (ADR 0012): the worker side of stored duplicate clusters. Recomputes a tenant's clusters on
 * request (an admin's "Recompute now", a merge); a repeatable tick (BullMQ job scheduler, every quarter
 * hour) queues a recompute for every tenant whose accounts changed since the last one (imports included,
 * once they finished, without a hook in the import) or whose clusters are older than a day; a merge drops the merged accounts from
 * the stored clusters at once and asks for a recompute.
 */
@Injectable()
export class DuplicateClustersHandler {
  private readonly logger = new Logger(DuplicateClustersHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDb,
    private readonly jobs: JobQueue,
  ) {}

  @OnJob('customers.recompute-duplicate-clusters')
  handle(job: RecomputeDuplicateClustersJob): Promise<ClusterComputation> {
    return this.run(job.tenantId);
  }

  /** Recomputes and stores the tenant's clusters now. */
  async run(tenantId: string): Promise<ClusterComputation> {
    const result = await this.db.asTenant(workerPrincipal(tenantId), (em) => computeDuplicateClusters(em, tenantId));
    this.logger.log(`tenant ${tenantId}: ${result.clusters} duplicate clusters (${result.similarPairs} similar-name pairs) in ${result.durationMs} ms`);
    return result;
  }

  /**
   * Queues a recompute for every tenant whose accounts changed since their clusters were computed;
   * returns those tenants. A tenant with an import waiting or running is left for a later tick, so its
   * clusters are recomputed once after the import rather than over and over during it. The due tenants come
   * from one read across tenants (a SECURITY DEFINER function of migration ScheduleReads: tenant ids only);
   * each request is noted in its own tenant, under RLS, and then all are queued in one round trip.
   */
  @OnJob('customers.schedule-duplicate-clusters')
  async schedule(): Promise<string[]> {
    const due: { tenant_id: string }[] = await this.dataSource.query('SELECT tenant_id FROM customers.duplicate_cluster_due_tenants($1)', [MAX_CLUSTER_AGE_HOURS]);
    const ids = due.map((t) => t.tenant_id);
    for (const id of ids) await this.db.asTenant(workerPrincipal(id), (em) => noteClusterRecomputeRequest(em, id));
    await this.jobs.enqueueMany(ids.map(clusterRecomputeJob));
    return ids;
  }

  /** The merged accounts leave their clusters at once; the rest is recomputed. */
  @OnEvent('customer.accounts.merged', { consumer: 'customers.duplicate-clusters-after-merge' })
  async afterMerge(event: DomainEvent<'customer.accounts.merged'>, em: EntityManager): Promise<void> {
    const touched: { cluster_id: string }[] = await em.query(
      `DELETE FROM customers.duplicate_cluster_member WHERE tenant_id = $1 AND account_id = ANY($2::uuid[]) RETURNING cluster_id`,
      [event.tenantId, event.payload.mergedIds],
    );
    const clusterIds = [...new Set(touched.map((t) => t.cluster_id))];
    if (clusterIds.length > 0) {
      // a cluster left with one member is no cluster
      await em.query(
        `WITH gone AS (
           DELETE FROM customers.duplicate_cluster c WHERE c.tenant_id = $1 AND c.id = ANY($2::uuid[])
              AND (SELECT count(*) FROM customers.duplicate_cluster_member m WHERE m.tenant_id = c.tenant_id AND m.cluster_id = c.id) < 2
           RETURNING c.id)
         DELETE FROM customers.duplicate_cluster_member m USING gone WHERE m.tenant_id = $1 AND m.cluster_id = gone.id`,
        [event.tenantId, clusterIds],
      );
    }
    await requestClusterRecompute(this.jobs, em, event.tenantId);
  }
}
