import { Injectable } from '@nestjs/common';
import { AppError, assertCan, AuditService, JobQueue, requirePrincipal, TenantDb } from '@crm/platform';
import { DEFAULT_PROTECTED_ACCOUNT_FIELDS } from '../../domain/change-approval/protected-fields';
import { lifecycleThresholdProblems, type LifecycleThresholds } from '../../domain/lifecycle/automatic-stage';
import { CustomerSettingsEntity } from '../../infrastructure/customer-settings.entity';
import { CUSTOMER_RECORD } from '../visible-accounts';
import { lifecycleDetectionJob } from './lifecycle-jobs';
import { lifecycleThresholdsOf } from './lifecycle-thresholds';

const SETTINGS_RECORD = 'customer_settings';

/** CUS-07: a tenant's thresholds for automatic inactive/churned stages, and an administrator's "run now". */
@Injectable()
export class LifecycleSettingsService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
  ) {}

  get(): Promise<LifecycleThresholds> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction((em) => lifecycleThresholdsOf(em, principal.tenantId));
  }

  async update(thresholds: LifecycleThresholds): Promise<LifecycleThresholds> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'admin');
    const problems = lifecycleThresholdProblems(thresholds);
    if (problems.length) throw AppError.validation(problems);
    return this.db.transaction(async (em) => {
      const existing = await em.findOneBy(CustomerSettingsEntity, { tenantId: principal.tenantId });
      const before = await lifecycleThresholdsOf(em, principal.tenantId);
      await em.upsert(
        CustomerSettingsEntity,
        { tenantId: principal.tenantId, protectedAccountFields: existing?.protectedAccountFields ?? [...DEFAULT_PROTECTED_ACCOUNT_FIELDS], ...thresholds },
        ['tenantId'],
      );
      await this.audit.record(em, { recordType: SETTINGS_RECORD, recordId: principal.tenantId, action: 'update', before: { ...before }, after: { ...thresholds } });
      return thresholds;
    });
  }

  /** Queues the detection for this tenant now (one waits at a time); audited. Refused while detection is off. */
  async runNow(): Promise<string> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'admin');
    const on = await this.db.transaction(async (em) => {
      const thresholds = await lifecycleThresholdsOf(em, principal.tenantId);
      if (thresholds.inactiveAfterMonths === null) return false;
      await this.audit.record(em, { recordType: SETTINGS_RECORD, recordId: principal.tenantId, action: 'lifecycle_run_requested', after: { ...thresholds } });
      return true;
    });
    if (!on) throw AppError.badField('inactiveAfterMonths', 'automatic inactive/churned detection is off; set inactiveAfterMonths first');
    return this.jobs.enqueueRequest(lifecycleDetectionJob(principal.tenantId));
  }
}
