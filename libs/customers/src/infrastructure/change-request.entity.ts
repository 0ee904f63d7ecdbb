import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type ChangeRequestStatus = 'pending' | 'approved' | 'rejected';

/** A change to protected fields (DQ-04) held until an authorised person approves it. */
@Entity({ schema: 'customers', name: 'change_request' })
@Index('ix_change_request_record', ['tenantId', 'recordId', 'status'])
@Index('ix_change_request_status', ['tenantId', 'status', 'requestedAt'])
export class ChangeRequestEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  recordType: string;

  @Column({ type: 'uuid' })
  recordId: string;

  /** field → { before, after } as requested. */
  @Column({ type: 'jsonb' })
  changes: Record<string, { before: unknown; after: unknown }>;

  @Column({ type: 'text', default: 'pending' })
  status: ChangeRequestStatus;

  @Column({ type: 'uuid', nullable: true })
  requestedById: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
}
