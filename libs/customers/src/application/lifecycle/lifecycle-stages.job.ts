import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, JobQueue, JobSchedule, OnJob, OutboxService, TenantDb, workerPrincipal } from '@crm/platform';
import type { LifecycleStage } from '../../domain/account-types';
import { AUTOMATIC_FROM_STAGES, automaticStage, lifecycleCutoffs, type LifecycleCutoffs } from '../../domain/lifecycle/automatic-stage';
import '../../events/customer-events';
import { CUSTOMER_RECORD } from '../visible-accounts';
import { lifecycleDetectionJob, type DetectLifecycleStagesJob } from './lifecycle-jobs';
import { lifecycleThresholdsOf } from './lifecycle-thresholds';

/** Once a day, at night (UTC); a cron pattern, so a worker starting does not run it at once. */
export const LIFECYCLE_SCHEDULE_PATTERN = '30 2 * * *';

export const LIFECYCLE_SCHEDULE: JobSchedule<'customers.schedule-lifecycle-stages'> = {
  id: 'customers-lifecycle-stages',
  job: 'customers.schedule-lifecycle-stages',
  data: {},
  repeat: () => ({ pattern: LIFECYCLE_SCHEDULE_PATTERN }),
};

/** Accounts read, moved, audited and announced per transaction. */
const BATCH = 1000;

export interface LifecycleDetection {
  /** Accounts quiet long enough to be looked at (customers and inactive ones past the inactive threshold). */
  examined: number;
  movedToInactive: number;
  movedToChurned: number;
}

interface QuietAccount {
  id: string;
  stage: LifecycleStage;
  quiet_since: Date;
}

/**
 * CUS-07 (ADR 0018): moves a tenant's customers without interaction for its `inactiveAfterMonths` to
 * inactive, and those (customers or inactive) without one for `churnedAfterMonths` to churned, along the
 * allowed moves only. "Quiet since" is the latest of the last interaction (as the stale-records report
 * reads it), when a person last set the stage, and the account's creation. Set-wise: a keyset page of
 * quiet accounts per transaction, one UPDATE, one audit insert and one outbox insert per page. Idempotent:
 * a second run finds nothing to move. Nothing moves back on a new interaction.
 */
@Injectable()
export class LifecycleStagesHandler {
  private readonly logger = new Logger(LifecycleStagesHandler.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly jobs: JobQueue,
  ) {}

  @OnJob('customers.detect-lifecycle-stages')
  handle(job: DetectLifecycleStagesJob): Promise<LifecycleDetection> {
    return this.run(job.tenantId);
  }

  /**
   * Queues a detection for every tenant that has automatic stages on; returns those tenants. One read of
   * every tenant's settings (a SECURITY DEFINER function of migration ScheduleReads: tenant ids only) and
   * one round trip to queue them all.
   */
  @OnJob('customers.schedule-lifecycle-stages')
  async schedule(): Promise<string[]> {
    const due: { tenant_id: string }[] = await this.dataSource.query('SELECT tenant_id FROM customers.lifecycle_detection_tenants()');
    const ids = due.map((t) => t.tenant_id);
    await this.jobs.enqueueMany(ids.map(lifecycleDetectionJob));
    return ids;
  }

  async run(tenantId: string, now = new Date()): Promise<LifecycleDetection> {
    const principal = workerPrincipal(tenantId);
    const thresholds = await this.db.asTenant(principal, (em) => lifecycleThresholdsOf(em, tenantId));
    const cutoffs = lifecycleCutoffs(now, thresholds);
    const result: LifecycleDetection = { examined: 0, movedToInactive: 0, movedToChurned: 0 };
    if (!cutoffs.inactiveBefore) return result;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await this.db.asTenant(principal, async (em) => {
        const quiet = await this.quietAccounts(em, tenantId, after, cutoffs.inactiveBefore!);
        const moved = await this.move(em, tenantId, quiet, cutoffs);
        result.movedToInactive += moved.filter((to) => to === 'inactive').length;
        result.movedToChurned += moved.filter((to) => to === 'churned').length;
        return quiet;
      });
      result.examined += page.length;
      if (page.length < BATCH) break;
      after = page.at(-1)!.id;
    }
    this.logger.log(`tenant ${tenantId}: ${result.movedToInactive} customers became inactive, ${result.movedToChurned} churned (${result.examined} quiet accounts examined)`);
    return result;
  }

  /** The next page of customers and inactive accounts quiet since before `quietBefore`, locked for the move. */
  private quietAccounts(em: EntityManager, tenantId: string, after: string, quietBefore: Date): Promise<QuietAccount[]> {
    return em.query(
      `SELECT a.id, a.lifecycle_stage AS stage, q.quiet_since
         FROM customers.account a
        CROSS JOIN LATERAL (
          SELECT GREATEST(a.last_interaction_at, COALESCE(a.stage_set_at, a.created_at),
                   (SELECT max(i.occurred_at) FROM customers.interaction i WHERE i.tenant_id = a.tenant_id AND i.account_id = a.id)) AS quiet_since
        ) q
        WHERE a.tenant_id = $1 AND a.id > $2 AND a.merged_into_id IS NULL AND a.lifecycle_stage = ANY($3::text[]) AND q.quiet_since < $4
        ORDER BY a.id
        LIMIT $5
          FOR UPDATE OF a`,
      [tenantId, after, AUTOMATIC_FROM_STAGES, quietBefore, BATCH],
    );
  }

  /** Moves the page's accounts the rule moves; returns the stage each moved account reached. */
  private async move(em: EntityManager, tenantId: string, quiet: QuietAccount[], cutoffs: LifecycleCutoffs): Promise<LifecycleStage[]> {
    const moves = quiet.flatMap((a) => {
      const to = automaticStage(a.stage, new Date(a.quiet_since), cutoffs);
      return to ? [{ id: a.id, from: a.stage, to, reason: `no interaction since ${new Date(a.quiet_since).toISOString().slice(0, 10)}` }] : [];
    });
    if (!moves.length) return [];
    // The version moves on (an edit begun before the move must not overwrite it); updated_at stays, as no
    // person touched the record (the stale-records report still lists it).
    await em.query(
      `UPDATE customers.account a SET lifecycle_stage = m.to_stage, version = a.version + 1
         FROM unnest($2::uuid[], $3::text[]) AS m(id, to_stage)
        WHERE a.tenant_id = $1 AND a.id = m.id`,
      [tenantId, moves.map((m) => m.id), moves.map((m) => m.to)],
    );
    await this.audit.recordMany(
      em,
      moves.map((m) => ({ recordType: CUSTOMER_RECORD, recordId: m.id, action: 'stage_detected', before: { lifecycleStage: m.from }, after: { lifecycleStage: m.to, reason: m.reason } })),
    );
    await this.outbox.publishMany(
      em,
      moves.map((m) => ({ type: 'customer.account.stage-changed' as const, aggregateType: 'account', aggregateId: m.id, payload: { accountId: m.id, from: m.from, to: m.to } })),
    );
    return moves.map((m) => m.to);
  }
}
