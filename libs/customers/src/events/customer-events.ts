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
    'customer.contact.created': { contactId: string; accountId: string | null; ownerId: string | null };
    /** `changed` lists the fields (and `consent.<channel>`) that changed. */
    'customer.contact.updated': { contactId: string; accountId: string | null; changed: string[] };
    'customer.contact.deleted': { contactId: string; accountId: string | null };
    /** Marketing drops a denied channel from its lists at once (CUS-06). */
    'customer.contact.consent_changed': { contactId: string; channel: string; status: string };
  }
}

export const CUSTOMER_EVENTS = [
  'customer.account.created',
  'customer.accounts.merged',
  'customer.accounts.reassigned',
  'customer.contact.created',
  'customer.contact.updated',
  'customer.contact.deleted',
  'customer.contact.consent_changed',
] as const;
