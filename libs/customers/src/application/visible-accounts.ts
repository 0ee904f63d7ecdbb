import { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Principal, visibilityCondition } from '@crm/platform';
import { AccountEntity } from '../infrastructure/account.entity';

export const CUSTOMER_RECORD = 'customer';

/**
 * The one query every read and write of accounts starts from: live (not merged) accounts the
 * principal may see by the platform's visibility rule (ACC-01), aliased `a`.
 */
export function visibleAccounts(em: EntityManager, principal: Principal): SelectQueryBuilder<AccountEntity> {
  const visibility = visibilityCondition(principal, { recordType: CUSTOMER_RECORD, alias: 'a' });
  return em.getRepository(AccountEntity).createQueryBuilder('a').where('a.mergedIntoId IS NULL').andWhere(visibility.sql, visibility.params);
}
