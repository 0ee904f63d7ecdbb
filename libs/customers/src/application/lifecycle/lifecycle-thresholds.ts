import type { EntityManager } from 'typeorm';
import { DEFAULT_LIFECYCLE_THRESHOLDS, type LifecycleThresholds } from '../../domain/lifecycle/automatic-stage';
import { CustomerSettingsEntity } from '../../infrastructure/customer-settings.entity';

/** A tenant's thresholds for automatic stages (the defaults while it has no settings row). */
export async function lifecycleThresholdsOf(em: EntityManager, tenantId: string): Promise<LifecycleThresholds> {
  const settings = await em.findOneBy(CustomerSettingsEntity, { tenantId });
  if (!settings) return { ...DEFAULT_LIFECYCLE_THRESHOLDS };
  return { inactiveAfterMonths: settings.inactiveAfterMonths, churnedAfterMonths: settings.churnedAfterMonths };
}
