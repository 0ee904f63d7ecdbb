import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The idempotency ledger of event consumers: written in the same transaction as the consumer's
 * effect, so a redelivered event finds its row and is skipped.
 */
@Entity({ schema: 'platform', name: 'processed_event' })
// housekeeping removes ledger entries with their events, after OUTBOX_RETENTION_DAYS
@Index('ix_processed_event_processed_at', ['processedAt'])
export class ProcessedEventEntity {
  @PrimaryColumn('uuid')
  tenantId: string;

  @PrimaryColumn('text')
  consumer: string;

  @PrimaryColumn('uuid')
  eventId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
