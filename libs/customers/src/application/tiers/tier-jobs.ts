import type { JobName } from '@crm/platform';

/**
 * Recomputes the tiers of a tenant's customers from their value (CUS-05): after the tier rules change,
 * and later when order events change customer values (then with the accounts concerned).
 */
export interface RecomputeCustomerTiersJob {
  tenantId: string;
  /** Only these accounts; all of the tenant's when omitted. */
  accountIds?: string[];
}

declare module '@crm/platform' {
  interface JobMap {
    'customers.recompute-tiers': RecomputeCustomerTiersJob;
  }
}

export const TIER_JOBS = ['customers.recompute-tiers'] as const satisfies readonly JobName[];
