import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChange {
  before: unknown;
  after: unknown;
}

/** One row per mutation: who, which record, what changed (before/after), when and through which channel. */
@Entity({ schema: 'platform', name: 'audit_log' })
@Index('ix_audit_log_record', ['tenantId', 'recordType', 'recordId', 'occurredAt'])
export class AuditLogEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  @Column({ type: 'text' })
  channel: string;

  @Column({ type: 'text' })
  recordType: string;

  @Column({ type: 'text' })
  recordId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'jsonb' })
  changes: Record<string, FieldChange>;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;
}
