import { EntityManager } from 'typeorm';
import type { Money, TierRules } from '../domain/value/tier';
import type { AccountEntity } from '../infrastructure/account.entity';
import { CustomerSettingsEntity } from '../infrastructure/customer-settings.entity';

/** The tenant's tier rules (CUS-05), or null when tiers are entered by hand. */
export async function tierRulesOf(em: EntityManager, tenantId: string): Promise<TierRules | null> {
  const settings = await em.findOneBy(CustomerSettingsEntity, { tenantId });
  const stored = settings?.tierRules;
  if (!stored) return null;
  return { currency: stored.currency, thresholds: stored.thresholds.map((t) => ({ tier: t.tier, minMinor: BigInt(t.minMinor) })) };
}

/** An account's value as Money, or null when none is recorded. */
export function accountValue(account: Pick<AccountEntity, 'valueMinor' | 'valueCurrency'>): Money | null {
  return account.valueMinor !== null && account.valueCurrency ? { amountMinor: BigInt(account.valueMinor), currency: account.valueCurrency } : null;
}
