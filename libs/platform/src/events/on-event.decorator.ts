import type { EntityManager } from 'typeorm';
import type { DomainEvent, EventType } from './domain-event';

export const ON_EVENT = Symbol('crm:on-event');

export interface EventConsumerMeta {
  eventType: string;
  consumer: string;
}

export type EventHandler<T extends EventType> = (event: DomainEvent<T>, em: EntityManager) => Promise<unknown>;

const CONSUMER_NAME = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;

/**
 * Marks a worker-side consumer of an event type. `consumer` names the reaction for good
 * (`<context>.<what-it-does>`): it keys the idempotency ledger, so renaming it replays nothing but
 * forgets what was processed. The handler runs in a tenant transaction as the event's tenant
 * (channel `worker`) and gets that transaction's `em`; a redelivered event does not run it again.
 */
export function OnEvent<T extends EventType>(eventType: T, options: { consumer: string }) {
  if (!CONSUMER_NAME.test(options.consumer)) {
    throw new Error(`Consumer name "${options.consumer}" must be lower-case words joined by "." or "-"`);
  }
  return <H extends EventHandler<T>>(_target: object, _key: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    const meta: EventConsumerMeta = { eventType, consumer: options.consumer };
    Reflect.defineMetadata(ON_EVENT, meta, descriptor.value as object);
  };
}
