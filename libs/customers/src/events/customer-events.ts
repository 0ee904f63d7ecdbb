// The customers context's events, added to the platform's typed event map.
declare module '@crm/platform' {
  interface EventMap {
    'customer.account.created': { accountId: string; kind: string; ownerId: string | null };
    /** Other contexts re-point references from the merged ids to the survivor. */
    'customer.accounts.merged': { survivorId: string; mergedIds: string[]; mergeRecordId: string };
    /** CUS-07: marketing and service react to a customer becoming one, going quiet or leaving. */
    'customer.account.stage-changed': { accountId: string; from: string; to: string };
  }
}

export const CUSTOMER_EVENTS = ['customer.account.created', 'customer.accounts.merged', 'customer.account.stage-changed'] as const;
