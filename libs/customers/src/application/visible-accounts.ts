import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Principal, SqlCondition, visibilityCondition } from '@crm/platform';
import { AccountEntity } from '../infrastructure/account.entity';

export const CUSTOMER_RECORD = 'customer';

/**
 * The one query every read and write of accounts starts from: live (not merged) accounts the
 * principal may see by the platform's visibility rule (ACC-01), aliased `a`.
 */
export function visibleAccounts(em: EntityManager, principal: Principal): SelectQueryBuilder<AccountEntity> {
  const visible = visibleAccountCondition(principal, 'a');
  return em.getRepository(AccountEntity).createQueryBuilder('a').where(visible.sql, visible.params);
}

/**
 * The same rule as a condition on an account joined under `alias`, for the records that take their
 * visibility from their account (interactions, documents).
 */
export function visibleAccountCondition(principal: Principal, alias: string): SqlCondition {
  const visibility = visibilityCondition(principal, { recordType: CUSTOMER_RECORD, alias });
  return { sql: `("${alias}"."merged_into_id" IS NULL AND ${visibility.sql})`, params: visibility.params };
}
