import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@crm/platform';
import type { TimelineEntry, TimelinePosition } from '../../domain/timeline/timeline';

/** What a provider is asked for: one customer's entries, newest first, strictly before a position. */
export interface TimelineSlice {
  accountId: string;
  principal: Principal;
  /** Only entries strictly older than this (keyset); null for the newest. */
  before: TimelinePosition | null;
  /** Return at most this many (the page size plus one). */
  limit: number;
  /** Only these kinds (already narrowed to the provider's own); null for all of them. */
  kinds: readonly string[] | null;
}

/**
 * A context's contribution to the customer timeline (ADR 0011). It runs in the timeline's tenant
 * transaction after the account's visibility was checked, so it only adds its own permission check
 * (answer nothing when the principal may not view its records) and its own rows of that account.
 */
export interface TimelineProvider {
  /** `<context>.<record type>`, e.g. `sales.order`; entry ids start with it. */
  readonly source: string;
  /** Every entry kind it may produce, for the filter. */
  readonly kinds: readonly string[];
  entries(em: EntityManager, slice: TimelineSlice): Promise<TimelineEntry[]>;
  /** How many entries the customer has in the given kinds (for `totalCount`). */
  count(em: EntityManager, slice: Omit<TimelineSlice, 'before' | 'limit'>): Promise<number>;
}

/**
 * The providers of the timeline. Other contexts inject it (from `@crm/customers`) and register
 * their provider in `onModuleInit`; the order of registration does not matter.
 */
@Injectable()
export class TimelineRegistry {
  private readonly providers = new Map<string, TimelineProvider>();

  register(provider: TimelineProvider): void {
    const known = this.providers.get(provider.source);
    if (known && known !== provider) throw new Error(`Timeline provider ${provider.source} is registered twice`);
    this.providers.set(provider.source, provider);
  }

  all(): TimelineProvider[] {
    return [...this.providers.values()];
  }

  /** Every kind some provider produces, sorted. */
  kinds(): string[] {
    return [...new Set(this.all().flatMap((p) => p.kinds))].sort();
  }
}

/**
 * The keyset condition for a provider's SQL: rows strictly before `before` in (time desc, entry id desc),
 * where the entry id is `<source>:<id>` compared byte-wise (as JavaScript compares these ASCII strings).
 */
export function seekBefore(
  timeSql: string,
  idSql: string,
  source: string,
  before: TimelinePosition | null,
  name: string,
): { sql: string; params: Record<string, unknown> } {
  if (!before) return { sql: 'TRUE', params: {} };
  const entryId = `(:${name}_src || ':' || ${idSql}::text) COLLATE "C"`;
  return {
    sql: `(${timeSql} < :${name}_at::timestamptz OR (${timeSql} = :${name}_at::timestamptz AND ${entryId} < :${name}_id COLLATE "C"))`,
    params: { [`${name}_at`]: before.at, [`${name}_id`]: before.id, [`${name}_src`]: source },
  };
}
