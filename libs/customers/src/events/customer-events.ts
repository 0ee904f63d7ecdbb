// The customers context's events, added to the platform's typed event map.
declare module '@crm/platform' {
  interface EventMap {
    'customer.account.created': { accountId: string; kind: string; ownerId: string | null };
    /** Other contexts re-point references from the merged ids to the survivor. */
    'customer.accounts.merged': { survivorId: string; mergedIds: string[]; mergeRecordId: string };
    /** ACC-02: accounts changed owner (null: the public pool), one event per bulk operation. */
    'customer.accounts.reassigned': {
      reason: 'assign' | 'transfer' | 'claim' | 'release';
      toOwnerId: string | null;
      changes: { accountId: string; fromOwnerId: string | null }[];
    };
  }
}

export const CUSTOMER_EVENTS = ['customer.account.created', 'customer.accounts.merged', 'customer.accounts.reassigned'] as const;
