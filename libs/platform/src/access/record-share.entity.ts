import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export type ShareAccess = 'view' | 'edit';

/** A record of any context shared with a user or a whole unit. */
@Entity({ schema: 'platform', name: 'record_share' })
@Index('ix_record_share_user', ['tenantId', 'recordType', 'sharedWithUserId', 'recordId'])
@Index('ix_record_share_unit', ['tenantId', 'recordType', 'sharedWithUnitId', 'recordId'])
@Index('ix_record_share_record', ['tenantId', 'recordType', 'recordId'])
export class RecordShareEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  recordType: string;

  @Column({ type: 'uuid' })
  recordId: string;

  @Column({ type: 'uuid', nullable: true })
  sharedWithUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sharedWithUnitId: string | null;

  @Column({ type: 'text', default: 'view' })
  access: ShareAccess;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
