import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export const INTERACTION_KINDS = ['call', 'email', 'meeting', 'visit', 'note', 'web', 'fax', 'partner'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** One entry of a customer's timeline (INT-01), optionally reviewed by a manager (INT-02). */
@Entity({ schema: 'customers', name: 'interaction' })
@Index('ix_interaction_timeline', ['tenantId', 'accountId', 'occurredAt'])
@Index('ix_interaction_contact', ['tenantId', 'contactId', 'occurredAt'])
// the managers' review queue (INT-02): only rows still waiting for a reply
@Index('ix_interaction_unreviewed', ['tenantId', 'occurredAt'], { where: 'reviewed_at IS NULL' })
export class InteractionEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'text' })
  kind: InteractionKind;

  /** inbound / outbound; null for notes. */
  @Column({ type: 'text', nullable: true })
  direction: 'inbound' | 'outbound' | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'text', nullable: true })
  managerReply: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
