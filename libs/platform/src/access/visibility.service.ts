import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError } from '../errors/app-error';
import type { Principal } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { actingPrincipal } from './acting-principal';
import { SqlCondition, visibilityCondition, VisibilityOptions } from './visibility';

/** Record visibility for the acting principal: the query condition for lists, and a check for one record. */
@Injectable()
export class VisibilityService {
  constructor(private readonly db: TenantDb) {}

  /** The condition for the acting principal; see `visibilityCondition`. */
  condition(options: VisibilityOptions): SqlCondition {
    return visibilityCondition(actingPrincipal(), options);
  }

  /** Whether the principal sees one record of `recordType` owned by `ownerId` (null: nobody's). */
  async canSee(principal: Principal, recordType: string, recordId: string, ownerId: string | null, em?: EntityManager): Promise<boolean> {
    if (principal.dataScope === 'all') return true;
    if (!principal.userId) return false;
    if (ownerId === principal.userId) return true;
    const check = (m: EntityManager) => recordVisible(m, principal, recordType, recordId, ownerId);
    return em ? check(em) : this.db.transaction(check, principal);
  }

  /** NOT_FOUND (not FORBIDDEN: whether an invisible record exists is itself not to be told) unless visible. */
  async assertCanSee(principal: Principal, recordType: string, recordId: string, ownerId: string | null, em?: EntityManager): Promise<void> {
    if (!(await this.canSee(principal, recordType, recordId, ownerId, em))) throw AppError.notFound(recordType, recordId);
  }
}

async function recordVisible(em: EntityManager, principal: Principal, recordType: string, recordId: string, ownerId: string | null): Promise<boolean> {
  const condition = visibilityCondition(principal, { recordType, alias: 'r' });
  const [sql, params] = em.connection.driver.escapeQueryWithParameters(
    `SELECT ${condition.sql} AS visible FROM (SELECT CAST(:canSeeId AS uuid) AS id, CAST(:canSeeOwner AS uuid) AS owner_id) r`,
    { ...condition.params, canSeeId: recordId, canSeeOwner: ownerId },
    {},
  );
  const [row] = (await em.query(sql, params)) as { visible: boolean }[];
  return row?.visible === true;
}
