import { Brackets, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { getRawAndPlainEntities } from '../../database/plain-entities';
import { AppError, FieldProblem } from '../../errors/app-error';
import { decodeCursor, encodeCursor } from './cursor';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** One sort key: an entity property (of the query's main alias) and its direction. */
export interface SortColumn {
  column: string;
  direction: SortDirection;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PaginateOptions extends PageArgs {
  /** The requested order; the id is always appended as the tie-breaker. */
  orderBy: SortColumn[];
  /** AppConfig.GRAPHQL_MAX_PAGE_SIZE: asking for more is an error naming `first` or `last`. */
  maxPageSize: number;
  /** Page size when neither `first` nor `last` is given (default 20, never above maxPageSize). */
  defaultPageSize?: number;
  /** The unique property that breaks ties (default `id`). */
  idColumn?: string;
  /** Counting every matching row costs a query; skip it when the client did not ask for totalCount. */
  withTotalCount?: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoShape;
  /** Undefined only when `withTotalCount: false`. */
  totalCount?: number;
}

const DEFAULT_PAGE_SIZE = 20;

interface PageRequest {
  size: number;
  backward: boolean;
  cursor?: { argument: 'after' | 'before'; value: string };
}

function checkSize(name: 'first' | 'last', value: number | null | undefined, max: number, problems: FieldProblem[]): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 0) problems.push({ field: name, message: 'must be a whole number, 0 or more' });
  else if (value > max) problems.push({ field: name, message: `must be at most ${max} (the maximum page size)` });
}

/** Checks the Relay arguments: `first`/`after` page forwards, `last`/`before` backwards; never both. */
export function readPageArgs(args: PageArgs, maxPageSize: number, defaultPageSize = DEFAULT_PAGE_SIZE): PageRequest {
  const problems: FieldProblem[] = [];
  checkSize('first', args.first, maxPageSize, problems);
  checkSize('last', args.last, maxPageSize, problems);
  const given = (v: unknown) => v !== null && v !== undefined;
  if (given(args.first) && given(args.last)) problems.push({ field: 'last', message: 'cannot be combined with first; page with first/after or last/before' });
  if (given(args.after) && given(args.before)) problems.push({ field: 'before', message: 'cannot be combined with after' });
  if (given(args.after) && given(args.last)) problems.push({ field: 'after', message: 'pairs with first; with last use before' });
  if (given(args.before) && given(args.first)) problems.push({ field: 'before', message: 'pairs with last; with first use after' });
  if (problems.length > 0) throw AppError.validation(problems);

  const backward = given(args.last) || given(args.before);
  const size = (backward ? args.last : args.first) ?? Math.min(defaultPageSize, maxPageSize);
  const cursorArgument = backward ? 'before' : 'after';
  const cursorValue = backward ? args.before : args.after;
  return { size, backward, cursor: cursorValue ? { argument: cursorArgument, value: cursorValue } : undefined };
}

const flip = (d: SortDirection) => (d === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC);

/**
 * The rows after the cursor in sort order, written so PostgreSQL starts an index scan at the cursor
 * instead of filtering from the first row: one row comparison `(a, b, id) > (…)` when every key sorts the
 * same way; otherwise the expanded OR form, led by a bound on the first key (`a >= …`) that an index can use.
 */
function seekCondition(keys: { sql: string; direction: SortDirection }[]): string {
  const op = (direction: SortDirection, strict: boolean) => (direction === SortDirection.ASC ? '>' : '<') + (strict ? '' : '=');
  if (keys.every((k) => k.direction === keys[0].direction)) {
    return `(${keys.map((k) => k.sql).join(', ')}) ${op(keys[0].direction, true)} (${keys.map((_, i) => `:__seek${i}`).join(', ')})`;
  }
  const alternatives = keys.map((key, i) => {
    const equalBefore = keys.slice(0, i).map((k, j) => `${k.sql} = :__seek${j}`);
    return `(${[...equalBefore, `${key.sql} ${op(key.direction, true)} :__seek${i}`].join(' AND ')})`;
  });
  return `(${keys[0].sql} ${op(keys[0].direction, false)} :__seek0 AND (${alternatives.join(' OR ')}))`;
}

/**
 * Keyset (seek) pagination over a TypeORM query: no OFFSET, so deep pages cost what the first does and
 * rows inserted meanwhile never shift a page. The cursor carries the row's sort values as PostgreSQL
 * prints them (exact to the microsecond) plus its id, and is bound to the ordering it was made for.
 * Sort columns must be NOT NULL (a NULL has no place in a keyset comparison): a nullable one is refused.
 * Meant for queries over one table or to-one joins (each row one node).
 */
export async function paginate<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, options: PaginateOptions): Promise<Page<E>> {
  const request = readPageArgs(options, options.maxPageSize, options.defaultPageSize);
  const metadata = qb.expressionMap.mainAlias?.metadata;
  if (!metadata) throw new Error('paginate needs a query builder over an entity');
  const idProperty = options.idColumn ?? 'id';
  const tieBreak = options.orderBy.at(-1)?.direction ?? SortDirection.ASC;
  const sort = [...options.orderBy.filter((s) => s.column !== idProperty), { column: idProperty, direction: tieBreak }];
  const keys = sort.map(({ column, direction }) => {
    const meta = metadata.findColumnWithPropertyPath(column);
    if (!meta) throw new Error(`paginate: ${metadata.name} has no column ${column}`);
    if (meta.isNullable) throw new Error(`paginate: ${metadata.name}.${column} is nullable; keyset paging needs NOT NULL sort columns`);
    const sql = `${qb.escape(qb.alias)}.${qb.escape(meta.databaseName)}`;
    return { column, sql, direction: request.backward ? flip(direction) : direction };
  });
  const sortKey = sort.map((s) => `${s.column}:${s.direction}`).join(',');

  const totalCount = options.withTotalCount === false ? undefined : await qb.clone().orderBy().getCount();

  const page = qb.clone();
  const existing = page.expressionMap.wheres;
  if (existing.length > 0) {
    // The caller's conditions may contain OR: keep them in their own brackets before adding ours.
    page.expressionMap.wheres = [];
    page.where(
      new Brackets((inner) => {
        (inner as SelectQueryBuilder<E>).expressionMap.wheres = existing;
      }),
    );
  }
  if (request.cursor) {
    const cursor = decodeCursor(request.cursor.value, sortKey, request.cursor.argument);
    const values = [...cursor.values, cursor.id];
    if (values.length !== keys.length) throw AppError.badField(request.cursor.argument, 'is not a valid cursor for this list');
    page.andWhere(seekCondition(keys), Object.fromEntries(values.map((value, i) => [`__seek${i}`, value])));
  }
  page.orderBy();
  keys.forEach((key, i) => {
    page.addOrderBy(key.sql, key.direction);
    page.addSelect(`${key.sql}::text`, `__cursor_${i}`);
  });
  page.limit(request.size + 1);

  const { entities, raw } = await getRawAndPlainEntities(page);
  const cursorsById = new Map<string, string>();
  for (const row of raw as Record<string, string>[]) {
    const values = keys.map((_, i) => row[`__cursor_${i}`]);
    const id = values.pop() as string;
    cursorsById.set(id, encodeCursor({ key: sortKey, values, id }));
  }
  const hasMore = entities.length > request.size;
  const rows = entities.slice(0, request.size);
  if (request.backward) rows.reverse();
  const edges = rows.map((node) => ({ node, cursor: cursorsById.get(String(node[idProperty])) as string }));
  return {
    edges,
    totalCount,
    pageInfo: {
      // Relay allows "false when it cannot be known cheaply": a cursor means rows lay on its other side.
      hasNextPage: request.backward ? Boolean(options.before) : hasMore,
      hasPreviousPage: request.backward ? hasMore : Boolean(options.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Turns a page of entities into a page of GraphQL objects. */
export function mapPage<E, T>(page: Page<E>, map: (entity: E) => T): Page<T> {
  return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: map(edge.node) })) };
}
