/**
 * Every event type with its payload type. A context declares the events it publishes by merging
 * into this interface (in its `events/` folder, exported from its index):
 *
 *   declare module '@crm/platform' {
 *     interface EventMap { 'customer.merged': { survivorId: string; mergedIds: string[] } }
 *   }
 */
// Empty on purpose: contexts fill it by declaration merging.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventMap {}

export type EventType = keyof EventMap;

/** An event as a consumer receives it, re-read from the outbox inside the consumer's transaction. */
export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  tenantId: string;
  type: T;
  aggregateType: string;
  aggregateId: string;
  payload: EventMap[T];
  occurredAt: Date;
  requestId: string | null;
}

export interface NewEvent<T extends EventType> {
  type: T;
  aggregateType: string;
  aggregateId: string;
  payload: EventMap[T];
}

/** BullMQ job id of one consumer's delivery of one event: re-adding it is a no-op while the job exists. */
export function deliveryJobId(consumer: string, eventId: string): string {
  // BullMQ forbids ':' in custom job ids.
  return `${consumer}@${eventId}`;
}
