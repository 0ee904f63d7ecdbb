// The customers context's events, added to the platform's typed event map.
declare module '@crm/platform' {
  interface EventMap {
    'customer.account.created': { accountId: string; kind: string; ownerId: string | null };
  }
}

export const CUSTOMER_EVENTS = ['customer.account.created'] as const;
