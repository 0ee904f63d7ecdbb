import { Type } from '@nestjs/common';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Min } from 'class-validator';
import { Edge, Page, PageInfoShape, SortColumn, SortDirection } from './paginate';

registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType('PageInfo', { description: 'Where this page sits in the list (Relay cursor connections).' })
export class PageInfo implements PageInfoShape {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => Boolean)
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null when the page is empty.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge: pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface ConnectionType<T> extends Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

const connections = new Map<Type<unknown>, Type<unknown>>();

/**
 * The Relay connection type of a node type: `<Name>Connection { edges { cursor node } pageInfo totalCount }`
 * with `<Name>Edge`. The name defaults to the class name without a trailing `Type` (UserType -> User).
 */
export function Connection<T>(nodeType: Type<T>, name = nodeType.name.replace(/Type$/, '')): Type<ConnectionType<T>> {
  const known = connections.get(nodeType);
  if (known) return known as Type<ConnectionType<T>>;

  @ObjectType(`${name}Edge`)
  class EdgeClass implements Edge<T> {
    @Field(() => String, { description: 'Opaque; pass as `after` or `before`.' })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements ConnectionType<T> {
    @Field(() => [EdgeClass])
    edges: EdgeClass[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, across all pages.' })
    totalCount: number;
  }

  connections.set(nodeType, ConnectionClass);
  return ConnectionClass;
}

/** `first`/`after` only: for lists paged forwards (e.g. newest first). The page size cap is checked by `paginate`. */
@ArgsType()
export class ForwardConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, at most the server maximum (GRAPHQL_MAX_PAGE_SIZE).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}

/** Full Relay arguments: `first`/`after` forwards or `last`/`before` backwards. */
@ArgsType()
export class ConnectionArgs extends ForwardConnectionArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'The `startCursor` of the next page.' })
  @IsOptional()
  @IsString()
  before?: string | null;
}

export interface OrderByValue<F extends string> {
  field: F;
  direction: SortDirection;
}

export interface OrderByInputType<F extends string> extends Type<OrderByValue<F>> {
  /** The sort columns for `paginate`: the chosen field (or the default) mapped to its entity property. */
  toSort(orderBy: OrderByValue<F> | null | undefined): SortColumn[];
}

/**
 * Declares a context's orderBy input from an enum of sortable fields and the entity property each maps to:
 * `const UserOrderBy = OrderByInput('User', UserOrderField, { EMAIL: 'email', ... }, { field: 'CREATED_AT', direction: DESC })`
 * gives `enum UserOrderField` and `input UserOrderBy { field: UserOrderField! direction: SortDirection! }`.
 */
export function OrderByInput<F extends string>(
  name: string,
  fields: Record<string, F>,
  columns: Record<F, string>,
  fallback: OrderByValue<F>,
): OrderByInputType<F> {
  registerEnumType(fields, { name: `${name}OrderField` });

  @InputType(`${name}OrderBy`)
  class OrderByClass implements OrderByValue<F> {
    @Field(() => fields)
    @IsEnum(fields)
    field: F;

    @Field(() => SortDirection)
    @IsEnum(SortDirection)
    direction: SortDirection;

    static toSort(orderBy: OrderByValue<F> | null | undefined): SortColumn[] {
      const chosen = orderBy ?? fallback;
      return [{ column: columns[chosen.field], direction: chosen.direction }];
    }
  }
  return OrderByClass;
}
