import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../tenancy/request-context';

/** Whether the principal may see one record, asked inside the caller's tenant transaction. */
export type RecordVisibilityCheck = (em: EntityManager, principal: Principal, recordId: string) => Promise<boolean>;

/**
 * Per record type, the rule that decides whether a principal sees one record (ACC-01), for platform
 * features that serve records of any context by type and id: the audit trail today. Contexts whose
 * records are owner- or team-scoped register theirs when their module starts, as they do permissions.
 * A type without a rule is visible to whoever holds its view permission (platform records: users, roles).
 */
@Injectable()
export class RecordVisibilityRegistry {
  private readonly checks = new Map<string, RecordVisibilityCheck>();

  register(recordType: string, check: RecordVisibilityCheck): void {
    if (this.checks.has(recordType)) throw new Error(`record visibility of "${recordType}" is registered twice`);
    this.checks.set(recordType, check);
  }

  async canSee(em: EntityManager, principal: Principal, recordType: string, recordId: string): Promise<boolean> {
    const check = this.checks.get(recordType);
    return check ? check(em, principal, recordId) : true;
  }
}
