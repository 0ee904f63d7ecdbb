// The customers context's events, added to the platform's typed event map.
declare module '@crm/platform' {
  interface EventMap {
    'customer.account.created': { accountId: string; kind: string; ownerId: string | null };
    /**
     * CUS-04: the customers (and their contacts) one batch of a bulk import created, one event per batch of
     * up to IMPORT_BATCH_SIZE rows instead of a `customer.account.created` / `customer.contact.created` per
     * record (ADR 0009): a consumer of new customers or contacts handles both.
     */
    'customer.accounts.imported': {
      importJobId: string;
      accounts: { accountId: string; kind: string; ownerId: string | null }[];
      contacts: { contactId: string; accountId: string; ownerId: string | null }[];
    };
    /**
     * CUS-04: the people one batch of a contacts import created (`contacts`) and filled (`updated`, policy
     * `update`, with the changed fields), one event per batch instead of a `customer.contact.created` /
     * `customer.contact.updated` per person (ADR 0009): a consumer of new or changed contacts handles both.
     */
    'customer.contacts.imported': {
      importJobId: string;
      contacts: { contactId: string; accountId: string; ownerId: string | null }[];
      updated: { contactId: string; accountId: string | null; changed: string[] }[];
    };
    /** Other contexts re-point references from the merged ids to the survivor. */
    'customer.accounts.merged': { survivorId: string; mergedIds: string[]; mergeRecordId: string };
    /** ACC-02: accounts changed owner (null: the public pool), one event per bulk operation. */
    'customer.accounts.reassigned': {
      reason: 'assign' | 'transfer' | 'claim' | 'release';
      toOwnerId: string | null;
      changes: { accountId: string; fromOwnerId: string | null }[];
    };
    /** DQ-03: people merged into one; other contexts re-point contact ids from mergedIds to survivorId. */
    'customer.contacts.merged': { survivorId: string; mergedIds: string[]; accountId: string | null; mergeRecordId: string };
    /** CUS-03: people given to another owner, one event per bulk operation. */
    'customer.contacts.reassigned': { toOwnerId: string; changes: { contactId: string; accountId: string | null; fromOwnerId: string | null }[] };
    'customer.contact.created': { contactId: string; accountId: string | null; ownerId: string | null };
    /** `changed` lists the fields (and `consent.<channel>`) that changed. */
    'customer.contact.updated': { contactId: string; accountId: string | null; changed: string[] };
    'customer.contact.deleted': { contactId: string; accountId: string | null };
    /** CUS-02: a person was archived (left, no longer relevant) or brought back; lists hide archived people. */
    'customer.contact.archived': { contactId: string; accountId: string | null; byUserId: string | null };
    'customer.contact.restored': { contactId: string; accountId: string | null; byUserId: string | null };
    /** Marketing drops a denied channel from its lists at once (CUS-06). */
    'customer.contact.consent_changed': { contactId: string; channel: string; status: string };
    /** INT-01: a call, e-mail, meeting, visit, ... was logged on a customer. */
    'customer.interaction.logged': { interactionId: string; accountId: string; contactId: string | null; kind: string; authorId: string | null; occurredAt: string };
    /** INT-02: a manager replied to an interaction; a notification can tell the author. */
    'customer.interaction.reviewed': { interactionId: string; accountId: string; authorId: string | null; reviewedById: string | null };
    /** CUS-08: a document was filed under a customer. */
    'customer.document.filed': { documentId: string; accountId: string; fileName: string; category: string | null; uploadedById: string | null };
    /** CUS-07: marketing and service react to a customer becoming one, going quiet or leaving. */
    'customer.account.stage-changed': { accountId: string; from: string; to: string };
  }
}

export const CUSTOMER_EVENTS = [
  'customer.account.created',
  'customer.accounts.imported',
  'customer.contacts.imported',
  'customer.accounts.merged',
  'customer.accounts.reassigned',
  'customer.contacts.merged',
  'customer.contacts.reassigned',
  'customer.contact.created',
  'customer.contact.updated',
  'customer.contact.deleted',
  'customer.contact.archived',
  'customer.contact.restored',
  'customer.contact.consent_changed',
  'customer.interaction.logged',
  'customer.interaction.reviewed',
  'customer.document.filed',
  'customer.account.stage-changed',
] as const;
