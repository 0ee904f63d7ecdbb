import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { UnrecoverableError } from 'bullmq';
import { EntityManager } from 'typeorm';
import { discoverMethods, DiscoveredMethod, JobHandlerError } from '../queue/discover-methods';
import { DeliverEventJob } from '../queue/job-map';
import { OnJob } from '../queue/on-job.decorator';
import { Principal, RequestContext } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { deliveryJobId, DomainEvent } from './domain-event';
import { EventConsumerMeta, ON_EVENT } from './on-event.decorator';
import { OutboxEventEntity } from './outbox-event.entity';

export type DeliveryOutcome = 'processed' | 'already-processed';

/** The principal a consumer acts as: the event's tenant, channel `worker`, no user. */
export function workerPrincipal(tenantId: string): Principal {
  return { tenantId, channel: 'worker', permissions: new Set(['*:*']) };
}

/** Every `@OnEvent` consumer of the worker, and the idempotent delivery of one event to one of them. */
@Injectable()
export class EventConsumers implements OnModuleInit {
  private readonly byName = new Map<string, DiscoveredMethod<EventConsumerMeta>>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly db: TenantDb,
  ) {}

  onModuleInit(): void {
    const found = discoverMethods<EventConsumerMeta>(this.discovery, this.scanner, ON_EVENT);
    const problems: string[] = [];
    for (const consumer of found) {
      const same = this.byName.get(consumer.meta.consumer);
      if (same) problems.push(`consumer "${consumer.meta.consumer}" is declared twice: ${same.label}, ${consumer.label}`);
      this.byName.set(consumer.meta.consumer, consumer);
    }
    if (problems.length > 0) throw new JobHandlerError(problems);
  }

  /** The consumers an event of this type is fanned out to, one job each. */
  consumersOf(eventType: string): string[] {
    return [...this.byName.values()].filter((c) => c.meta.eventType === eventType).map((c) => c.meta.consumer);
  }

  /**
   * Runs the consumer in a tenant transaction that first records (tenant, consumer, event) in the
   * processed-event ledger; if the row is already there the event was handled and nothing runs.
   * A concurrent second delivery waits on the ledger row and then skips.
   */
  async deliver(job: DeliverEventJob): Promise<DeliveryOutcome> {
    const consumer = this.byName.get(job.consumer);
    if (!consumer) throw new UnrecoverableError(`no consumer named "${job.consumer}" in this worker`);
    const principal = workerPrincipal(job.tenantId);
    const state = { requestId: deliveryJobId(job.consumer, job.eventId), principal };
    return RequestContext.run(state, () =>
      this.db.transaction(async (em) => {
        if (!(await this.recordProcessed(em, job))) return 'already-processed';
        const row = await em.findOneBy(OutboxEventEntity, { tenantId: job.tenantId, id: job.eventId });
        if (!row) throw new UnrecoverableError(`event ${job.eventId} of tenant ${job.tenantId} does not exist`);
        await consumer.call(toDomainEvent(row), em);
        return 'processed';
      }, principal),
    );
  }

  private async recordProcessed(em: EntityManager, job: DeliverEventJob): Promise<boolean> {
    const inserted: unknown[] = await em.query(
      `INSERT INTO platform.processed_event (tenant_id, consumer, event_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [job.tenantId, job.consumer, job.eventId],
    );
    return inserted.length === 1;
  }
}

function toDomainEvent(row: OutboxEventEntity): DomainEvent {
  return {
    id: row.id,
    tenantId: row.tenantId,
    type: row.eventType as never,
    aggregateType: row.aggregateType,
    aggregateId: row.aggregateId,
    payload: row.payload as never,
    occurredAt: row.occurredAt,
    requestId: row.requestId,
  };
}

/** The handler of `event.deliver` jobs. */
@Injectable()
export class DeliverEventJobHandler {
  constructor(private readonly consumers: EventConsumers) {}

  @OnJob('event.deliver')
  handle(job: DeliverEventJob): Promise<DeliveryOutcome> {
    return this.consumers.deliver(job);
  }
}
