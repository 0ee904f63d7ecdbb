import type { JobName } from '@crm/platform';
import '../tiers/tier-jobs';

/** Runs one uploaded CSV import (CUS-04); ids only, the handler re-reads the job row. */
export interface ImportAccountsJob {
  tenantId: string;
  importJobId: string;
}

declare module '@crm/platform' {
  interface JobMap {
    'customers.import': ImportAccountsJob;
  }
}

export const CUSTOMERS_JOBS = ['customers.import', 'customers.recompute-tiers'] as const satisfies readonly JobName[];
