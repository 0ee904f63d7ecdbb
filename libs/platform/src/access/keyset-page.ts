import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badField } from './access-errors';

// ---------------------------------------------------------------------------------------------
// Keyset pagination for the `users` connection. Kept in this one file on purpose: the platform's
// shared connection helper (libs/platform/src/graphql) replaces it at merge.
// ---------------------------------------------------------------------------------------------

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface KeysetSort {
  /** SQL expression of the sort column, e.g. `"u"."email"`; must be NOT NULL. */
  column: string;
  /** SQL expression of the unique tie-breaker, e.g. `"u"."id"`. */
  id: string;
  direction: 'ASC' | 'DESC';
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Opaque to clients: the sort value as PostgreSQL prints it (full timestamp precision) and the id. */
export function encodeCursor(value: string, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

export function decodeCursor(cursor: string, field: string): [string, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) return parsed as [string, string];
  } catch {
    // falls through to the error below
  }
  throw badField(field, 'Not a cursor of this list');
}

function pageSize(args: PageArgs): number {
  if (args.first != null && args.last != null) throw badField('last', 'Give first or last, not both');
  const n = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  const field = args.last != null ? 'last' : 'first';
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) throw badField(field, `Must be between 0 and ${MAX_PAGE_SIZE}`);
  return n;
}

export async function keysetPage<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, args: PageArgs, sort: KeysetSort): Promise<Page<T>> {
  const size = pageSize(args);
  const totalCount = await query.clone().getCount();
  const backward = args.last != null;
  const ascending = sort.direction === 'ASC';
  const key = `(${sort.column}, ${sort.id})`;
  const qb = query.clone();
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 'after');
    qb.andWhere(`${key} ${ascending ? '>' : '<'} (:afterValue, :afterId)`, { afterValue: value, afterId: id });
  }
  if (args.before) {
    const [value, id] = decodeCursor(args.before, 'before');
    qb.andWhere(`${key} ${ascending ? '<' : '>'} (:beforeValue, :beforeId)`, { beforeValue: value, beforeId: id });
  }
  const order = ascending !== backward ? 'ASC' : 'DESC';
  const { entities, raw } = await qb
    .addSelect(`CAST(${sort.column} AS text)`, 'cursor_value')
    .orderBy(sort.column, order)
    .addOrderBy(sort.id, order)
    .limit(size + 1)
    .getRawAndEntities<{ cursor_value: string }>();

  const more = entities.length > size;
  let edges = entities.slice(0, size).map((node, i) => ({ node, cursor: encodeCursor(raw[i].cursor_value, String(node.id)) }));
  if (backward) edges = edges.reverse();
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: backward ? !!args.before : more,
      hasPreviousPage: backward ? more : !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
