import { messages } from '../../app/i18n/resources';

/**
 * Every audit action written on a customer record (libs/customers: account, changes, address, ownership,
 * share, contact, relationship, merge, tier and lifecycle services), as the customer's history card shows it.
 */
const CUSTOMER_AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'merge',
  'merged_into',
  'change_requested',
  'change_approved',
  'change_rejected',
  'assign',
  'transfer',
  'claim',
  'release',
  'share',
  'unshare',
  'contact_added',
  'contact_removed',
  'address_added',
  'address_updated',
  'address_removed',
  'relationship_added',
  'relationship_removed',
  'tier_computed',
  'stage_detected',
];

type Tree = { [key: string]: string | Tree };
const labels = (lang: 'en' | 'zh-CN') => ((messages[lang].customers as Tree).history as Tree).actions as Record<string, string>;

describe('customer history labels (CUS-05)', () => {
  it.each(['en', 'zh-CN'] as const)('CUS-05 every audit action of a customer has a %s label', (lang) => {
    const missing = CUSTOMER_AUDIT_ACTIONS.filter((action) => !labels(lang)[action]);
    expect(missing).toEqual([]);
  });
});
