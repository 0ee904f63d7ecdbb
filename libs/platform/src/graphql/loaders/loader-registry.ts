import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { getRawAndPlainEntities } from '../../database/plain-entities';
import { TenantDb } from '../../tenancy/tenant-db';

/**
 * One DataLoader per key per request, so every resolver of a request shares its batches and cache.
 * Lives in the GraphQL context (`context.loaders`); a new registry is made for each request.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, options) as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** What every GraphQL resolver finds in its context. */
export interface GraphqlContext {
  req: unknown;
  res: unknown;
  loaders: LoaderRegistry;
}

/** Resolver parameter: the request's loader registry. */
export const Loaders = createParamDecorator((_: unknown, ctx: ExecutionContext): LoaderRegistry => {
  return GqlExecutionContext.create(ctx).getContext<GraphqlContext>().loaders;
});

/**
 * The usual batch function: load rows by id inside the tenant transaction (so row-level security
 * applies), answered in the order asked, null for an id that does not exist (or is not visible).
 * The batch runs a tick after the first load of a batch, joining the transaction that load was made in
 * (if any): so inside a transaction, await the loads before it ends (e.g. to read a page's related rows
 * in the page's transaction); elsewhere the batch opens a transaction of its own.
 */
export function loadByIds<E extends ObjectLiteral>(
  db: TenantDb,
  entity: EntityTarget<E>,
  idProperty = 'id',
): DataLoader.BatchLoadFn<string, E | null> {
  return async (ids) => {
    const rows = await db.transaction(async (em) => {
      const qb = em.createQueryBuilder(entity, 'loaded').where(`loaded.${idProperty} IN (:...ids)`, { ids: [...ids] });
      return (await getRawAndPlainEntities(qb)).entities;
    });
    const byId = new Map(rows.map((row) => [String(row[idProperty]), row]));
    return ids.map((id) => byId.get(id) ?? null);
  };
}
