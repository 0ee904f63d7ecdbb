import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../tenancy/request-context';
import { MissingPrincipalError } from '../tenancy/tenant-db';
import { EventType, NewEvent } from './domain-event';
import { OutboxEventEntity } from './outbox-event.entity';

/**
 * Publishes domain events through the transactional outbox: the event row is inserted in the
 * caller's tenant transaction, so it exists if and only if the change it reports commits.
 */
@Injectable()
export class OutboxService {
  async publish<T extends EventType>(em: EntityManager, event: NewEvent<T>): Promise<string> {
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.publish needs the caller’s transaction (the em of TenantDb.transaction)');
    }
    const state = RequestContext.current();
    if (!state?.principal) throw new MissingPrincipalError();
    const result = await em
      .createQueryBuilder()
      .insert()
      .into(OutboxEventEntity)
      .values({
        tenantId: state.principal.tenantId,
        eventType: event.type,
        aggregateType: event.aggregateType,
        aggregateId: event.aggregateId,
        // jsonb column: TypeORM's deep-partial type cannot express a free-form record.
        payload: event.payload as never,
        requestId: state.requestId,
      })
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[])[0].id;
  }

  /** Many events in one statement (a bulk import's batch), in the caller's transaction like `publish`. */
  async publishMany<T extends EventType>(em: EntityManager, events: NewEvent<T>[]): Promise<void> {
    if (!events.length) return;
    if (!em.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.publishMany needs the caller’s transaction (the em of TenantDb.transaction)');
    }
    const state = RequestContext.current();
    if (!state?.principal) throw new MissingPrincipalError();
    await em.query(
      `INSERT INTO platform.outbox_event (tenant_id, event_type, aggregate_type, aggregate_id, payload, request_id)
       SELECT $1, e.event_type, e.aggregate_type, e.aggregate_id, e.payload, $2
       FROM unnest($3::text[], $4::text[], $5::text[], $6::jsonb[]) AS e(event_type, aggregate_type, aggregate_id, payload)`,
      [
        state.principal.tenantId,
        state.requestId ?? null,
        events.map((e) => e.type),
        events.map((e) => e.aggregateType),
        events.map((e) => e.aggregateId),
        events.map((e) => JSON.stringify(e.payload)),
      ],
    );
  }
}
