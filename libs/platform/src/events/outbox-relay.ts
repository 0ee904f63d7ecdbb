import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobQueue, JobRequest } from '../queue/job-queue.service';
import { deliveryJobId } from './domain-event';
import { EventConsumers } from './event-consumers';

export const RELAY_AUTOSTART = Symbol('RELAY_AUTOSTART');

export interface ClaimedEvent {
  tenantId: string;
  id: string;
  eventType: string;
  /** How many times the event has been claimed, this claim included. */
  attempts: number;
}

const MAX_ERROR_BACKOFF_MS = 30_000;

/**
 * Moves committed outbox events of every tenant to BullMQ: claim a batch (a lease, SKIP LOCKED so
 * replicas never share rows) → add one job per consumer with a deterministic id → mark published.
 * A relay that dies between the steps leaves its claim to expire; the next claim re-adds the same
 * job ids (a no-op if they exist) and consumers are idempotent, so nothing is lost or doubled.
 *
 * It reads across tenants only through the SECURITY DEFINER functions of migration `Outbox`,
 * never the table itself: the application role stays under row-level security.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running?: Promise<void>;
  private stopping = false;
  private wake?: () => void;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly consumers: EventConsumers,
    private readonly config: AppConfig,
    @Inject(RELAY_AUTOSTART) private readonly autostart: boolean,
  ) {}

  onApplicationBootstrap(): void {
    if (this.autostart) this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    this.stopping = false;
    this.running ??= this.loop().finally(() => (this.running = undefined));
  }

  /** Finishes the batch in hand, then returns; safe to call when not running. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    this.wake?.();
    await this.running;
  }

  /** One claim → enqueue → mark round; returns how many events it claimed. */
  async relayOnce(): Promise<number> {
    const events = await this.claim();
    if (events.length === 0) return 0;
    await this.enqueue(events);
    await this.markPublished(events);
    return events.length;
  }

  async claim(): Promise<ClaimedEvent[]> {
    const rows: { tenant_id: string; id: string; event_type: string; attempts: number }[] = await this.dataSource.query(
      'SELECT tenant_id, id, event_type, attempts FROM platform.claim_outbox_events($1, $2)',
      [this.config.OUTBOX_BATCH_SIZE, this.config.OUTBOX_LEASE_SECONDS],
    );
    const events = rows.map((r) => ({ tenantId: r.tenant_id, id: r.id, eventType: r.event_type, attempts: r.attempts }));
    const retried = events.filter((e) => e.attempts > 1);
    if (retried.length > 0) this.logger.warn(`re-claimed ${retried.length} event(s) whose earlier relay did not finish`);
    return events;
  }

  async enqueue(events: ClaimedEvent[]): Promise<void> {
    const requests: JobRequest<'event.deliver'>[] = events.flatMap((event) =>
      this.consumers.consumersOf(event.eventType).map((consumer) => ({
        name: 'event.deliver' as const,
        data: { tenantId: event.tenantId, eventId: event.id, eventType: event.eventType, consumer },
        options: { jobId: deliveryJobId(consumer, event.id) },
      })),
    );
    await this.queue.enqueueMany(requests);
  }

  async markPublished(events: ClaimedEvent[]): Promise<void> {
    await this.dataSource.query('SELECT platform.mark_outbox_published($1::uuid[], $2::uuid[])', [
      events.map((e) => e.tenantId),
      events.map((e) => e.id),
    ]);
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = await this.relayOnce();
        failures = 0;
      } catch (error) {
        failures += 1;
        this.logger.error(`outbox relay round failed (${failures} in a row): ${(error as Error).message}`);
      }
      if (this.stopping) break;
      if (claimed < this.config.OUTBOX_BATCH_SIZE || failures > 0) {
        const interval = this.config.OUTBOX_POLL_INTERVAL_MS;
        await this.sleep(failures > 0 ? Math.min(interval * 2 ** failures, MAX_ERROR_BACKOFF_MS) : interval);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.timer = setTimeout(resolve, ms);
    });
  }
}
