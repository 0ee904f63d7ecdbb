import { Injectable } from '@nestjs/common';
import { AuditService, OnJob, TenantDb, workerPrincipal } from '@crm/platform';
import { tierFor } from '../../domain/value/tier';
import { AccountEntity } from '../../infrastructure/account.entity';
import { accountValue, tierRulesOf } from '../tier-rules';
import { CUSTOMER_RECORD } from '../visible-accounts';
import type { RecomputeCustomerTiersJob } from './tier-jobs';

const BATCH = 500;

/**
 * CUS-05: sets each valued customer's tier from the tenant's rules, a batch per transaction, keyset by
 * id. Idempotent (a second run changes nothing) and safe to retry; customers without a value keep the
 * tier entered by hand, and without rules nothing changes.
 */
@Injectable()
export class RecomputeTiersHandler {
  constructor(
    private readonly db: TenantDb,
    private readonly audit: AuditService,
  ) {}

  @OnJob('customers.recompute-tiers')
  handle(job: RecomputeCustomerTiersJob): Promise<number> {
    return this.run(job.tenantId, job.accountIds);
  }

  /** Returns how many tiers changed. */
  async run(tenantId: string, accountIds?: string[]): Promise<number> {
    const principal = workerPrincipal(tenantId);
    let after = '00000000-0000-0000-0000-000000000000';
    let changed = 0;
    for (;;) {
      const batch = await this.db.asTenant(principal, async (em) => {
        const rules = await tierRulesOf(em, tenantId);
        if (!rules) return null;
        const qb = em
          .getRepository(AccountEntity)
          .createQueryBuilder('a')
          .where('a.id > :after', { after })
          .andWhere('a.mergedIntoId IS NULL')
          .andWhere('a.valueMinor IS NOT NULL')
          .orderBy('a.id')
          .take(BATCH)
          .setLock('pessimistic_write');
        if (accountIds) qb.andWhere('a.id IN (:...ids)', { ids: accountIds.length ? accountIds : [after] });
        const accounts = await qb.getMany();
        for (const account of accounts) {
          const tier = tierFor(accountValue(account), rules);
          if (tier === account.tier) continue;
          await em.update(AccountEntity, { tenantId, id: account.id }, { tier });
          await this.audit.record(em, { recordType: CUSTOMER_RECORD, recordId: account.id, action: 'tier_computed', before: { tier: account.tier }, after: { tier } });
          changed++;
        }
        return accounts;
      });
      if (!batch || batch.length < BATCH) return changed;
      after = batch.at(-1)!.id;
    }
  }
}
