import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event written in the same transaction as the change it reports (the transactional
 * outbox). The worker's relay claims unpublished rows, enqueues one job per consumer and marks
 * them published; a claim is a lease (`claimed_until`), so a relay that dies loses nothing.
 */
@Entity({ schema: 'platform', name: 'outbox_event' })
// the relay claims the oldest unpublished events of every tenant (migration OutboxRelayAtScale)
@Index('ix_outbox_event_unpublished', ['occurredAt'], { where: '"published_at" IS NULL' })
// housekeeping removes published events after OUTBOX_RETENTION_DAYS, across tenants
@Index('ix_outbox_event_published', ['publishedAt'], { where: '"published_at" IS NOT NULL' })
export class OutboxEventEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `<context>.<past-tense verb>`, e.g. `customer.merged`. */
  @Column({ type: 'text' })
  eventType: string;

  @Column({ type: 'text' })
  aggregateType: string;

  @Column({ type: 'text' })
  aggregateId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** The request that caused the event, to follow it through the logs. */
  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** How many times a relay has claimed the event; more than one means a relay died or failed. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** A relay's lease: until then no other relay claims the event. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;
}
