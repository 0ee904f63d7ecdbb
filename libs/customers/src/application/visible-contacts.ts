import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Principal, SqlCondition, visibilityCondition } from '@crm/platform';
import { ContactEntity } from '../infrastructure/contact.entity';
import { CUSTOMER_RECORD } from './visible-accounts';

export const CONTACT_RECORD = 'contact';

/**
 * Who may see a contact (ACC-01): whoever may see its account (the customer's visibility rule,
 * shares and team included); a contact without an account by its own owner, shares and team.
 * `alias` is the contact table's alias in the query.
 */
export function contactVisibility(principal: Principal, alias: string): SqlCondition {
  const ofAccount = visibilityCondition(principal, { recordType: CUSTOMER_RECORD, alias: `${alias}_acc` });
  const own = visibilityCondition(principal, { recordType: CONTACT_RECORD, alias });
  const accountAlias = `"${alias}_acc"`;
  return {
    sql:
      `(("${alias}"."account_id" IS NOT NULL AND EXISTS (SELECT 1 FROM customers.account ${accountAlias} ` +
      `WHERE ${accountAlias}.id = "${alias}"."account_id" AND ${accountAlias}.merged_into_id IS NULL AND ${ofAccount.sql})) ` +
      `OR ("${alias}"."account_id" IS NULL AND ${own.sql}))`,
    params: { ...ofAccount.params, ...own.params },
  };
}

/** The one query every read and write of contacts starts from: live contacts the principal may see, aliased `c`. */
export function visibleContacts(em: EntityManager, principal: Principal): SelectQueryBuilder<ContactEntity> {
  const visibility = contactVisibility(principal, 'c');
  return em.getRepository(ContactEntity).createQueryBuilder('c').where('c.mergedIntoId IS NULL').andWhere(visibility.sql, visibility.params);
}
