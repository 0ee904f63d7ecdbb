import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { diffFields } from './audit-diff';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditEntry {
  recordType: string;
  recordId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Fields never copied into the audit log. */
const NEVER_AUDITED = ['passwordHash', 'secretHash', 'tokenHash', 'updatedAt'];

/** Writes audit rows inside the caller's tenant transaction, so a change and its audit commit together. */
@Injectable()
export class AuditService {
  constructor(private readonly db: TenantDb) {}

  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    const state = RequestContext.current();
    const principal = state?.principal;
    if (!principal) throw new Error('Audit needs an acting principal');
    const row: Partial<AuditLogEntity> = {
      tenantId: principal.tenantId,
      actorUserId: principal.userId ?? null,
      actorApiKeyId: principal.apiKeyId ?? null,
      channel: principal.channel,
      recordType: entry.recordType,
      recordId: entry.recordId,
      action: entry.action,
      changes: diffFields(entry.before, entry.after, NEVER_AUDITED),
      requestId: state?.requestId ?? null,
    };
    // jsonb columns: TypeORM's deep-partial type cannot express a free-form record.
    await em.createQueryBuilder().insert().into(AuditLogEntity).values(row as never).execute();
  }

  /**
   * Many audit rows in one statement (a bulk import's batch): the same rows `record` writes, sent as one
   * array per column and unnested, so a thousand rows cost one round trip.
   */
  async recordMany(em: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const state = RequestContext.current();
    const principal = state?.principal;
    if (!principal) throw new Error('Audit needs an acting principal');
    await em.query(
      `INSERT INTO platform.audit_log (tenant_id, actor_user_id, actor_api_key_id, channel, record_type, record_id, action, changes, request_id)
       SELECT $1, $2, $3, $4, r.record_type, r.record_id, r.action, r.changes, $5
       FROM unnest($6::text[], $7::text[], $8::text[], $9::jsonb[]) AS r(record_type, record_id, action, changes)`,
      [
        principal.tenantId,
        principal.userId ?? null,
        principal.apiKeyId ?? null,
        principal.channel,
        state?.requestId ?? null,
        entries.map((e) => e.recordType),
        entries.map((e) => e.recordId),
        entries.map((e) => e.action),
        entries.map((e) => JSON.stringify(diffFields(e.before, e.after, NEVER_AUDITED))),
      ],
    );
  }

  /** The history of one record, newest first. */
  trail(recordType: string, recordId: string, limit = 100): Promise<AuditLogEntity[]> {
    return this.db.transaction((em) =>
      em.find(AuditLogEntity, { where: { recordType, recordId }, order: { occurredAt: 'DESC' }, take: limit }),
    );
  }
}
