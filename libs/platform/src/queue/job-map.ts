/** Delivers one outbox event to one consumer. Ids only: the consumer re-reads the event in its transaction. */
export interface DeliverEventJob {
  tenantId: string;
  eventId: string;
  eventType: string;
  consumer: string;
}

/**
 * Every job name with its payload type, declared once. A context adds its jobs by merging into
 * this interface and lists the names in an exported array that the composition root collects:
 *
 *   declare module '@crm/platform' {
 *     interface JobMap { 'sales.recalculate-forecast': { tenantId: string; forecastId: string } }
 *   }
 *   export const SALES_JOBS = ['sales.recalculate-forecast'] as const satisfies readonly JobName[];
 *
 * Payloads carry ids, never entities: a job re-reads the state it needs.
 */
export interface JobMap {
  'event.deliver': DeliverEventJob;
  /** Removes what nothing can use any more (published outbox events past retention, expired refresh tokens). */
  'platform.housekeeping': Record<string, never>;
}

export type JobName = keyof JobMap;

export const PLATFORM_JOBS = ['event.deliver', 'platform.housekeeping'] as const satisfies readonly JobName[];

/** The one BullMQ queue every job goes through (ADR 0003). */
export const QUEUE_NAME = 'jobs';
