import { Injectable } from '@nestjs/common';
import { AppError, assertCan, AuditService, JobQueue, requirePrincipal, TenantDb } from '@crm/platform';
import { tierRulesProblems, type Money, type TierRules } from '../../domain/value/tier';
import { CustomerSettingsEntity } from '../../infrastructure/customer-settings.entity';
import { AccountChangesService } from '../account-changes.service';
import { tierRulesOf } from '../tier-rules';
import { CUSTOMER_RECORD } from '../visible-accounts';

/** CUS-05: a tenant's rules for tiers from customer value; changing them recomputes every tier in the worker. */
@Injectable()
export class TierRulesService {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly accounts: AccountChangesService,
  ) {}

  get(): Promise<TierRules | null> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'view');
    return this.db.transaction((em) => tierRulesOf(em, principal.tenantId));
  }

  /** No thresholds: tiers are entered by hand again (existing tiers stay). */
  async update(thresholds: { tier: string; minValue: Money }[]): Promise<{ rules: TierRules | null; jobId: string | null }> {
    const principal = requirePrincipal();
    assertCan(principal, CUSTOMER_RECORD, 'admin');
    const currencies = [...new Set(thresholds.map((t) => t.minValue.currency))];
    if (currencies.length > 1) throw AppError.badField('input.thresholds', `all thresholds need one currency, got ${currencies.join(', ')}`);
    const rules: TierRules | null = thresholds.length
      ? { currency: currencies[0]!, thresholds: thresholds.map((t) => ({ tier: t.tier.trim(), minMinor: t.minValue.amountMinor })) }
      : null;
    if (rules) {
      const problems = tierRulesProblems(rules);
      if (problems.length) throw AppError.validation(problems);
    }
    const stored = rules ? { currency: rules.currency, thresholds: rules.thresholds.map((t) => ({ tier: t.tier, minMinor: String(t.minMinor) })) } : null;
    await this.db.transaction(async (em) => {
      const before = await em.findOneBy(CustomerSettingsEntity, { tenantId: principal.tenantId });
      const protectedAccountFields = await this.accounts.protectedFields(em, principal.tenantId);
      await em.upsert(CustomerSettingsEntity, { tenantId: principal.tenantId, protectedAccountFields, tierRules: stored as never }, ['tenantId']);
      await this.audit.record(em, { recordType: 'customer_settings', recordId: principal.tenantId, action: 'update', before: { tierRules: before?.tierRules ?? null }, after: { tierRules: stored } });
    });
    // After commit, so the worker reads the new rules; a lost enqueue is repaired by saving the rules again.
    const jobId = rules ? await this.jobs.enqueue('customers.recompute-tiers', { tenantId: principal.tenantId }) : null;
    return { rules, jobId };
  }
}
