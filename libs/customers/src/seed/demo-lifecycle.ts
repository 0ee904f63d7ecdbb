import { EntityManager } from 'typeorm';

/** An individual customer last heard from 14 months ago: the nightly detection (or "Run now") makes it inactive. */
export const DEMO_QUIET_CUSTOMER = '张伟';

/**
 * CUS-07: the demo tenant's thresholds (inactive after 12 months without interaction, churned after 36)
 * and one customer quiet long enough to go inactive; 深圳市前海云链物流有限公司 is inactive already and
 * stays so (quiet for two years, short of the churn threshold).
 */
export async function seedDemoLifecycle(em: EntityManager, tenantId: string): Promise<void> {
  await em.query(
    `UPDATE customers.settings SET inactive_after_months = 12, churned_after_months = 36 WHERE tenant_id = $1 AND churned_after_months IS NULL`,
    [tenantId],
  );
  // raw, so updated_at stays as it is
  await em.query(
    `UPDATE customers.account SET created_at = LEAST(created_at, now() - interval '20 months'), last_interaction_at = now() - interval '14 months'
      WHERE tenant_id = $1 AND name = $2 AND kind = 'individual' AND lifecycle_stage = 'customer' AND last_interaction_at IS NULL`,
    [tenantId, DEMO_QUIET_CUSTOMER],
  );
}
