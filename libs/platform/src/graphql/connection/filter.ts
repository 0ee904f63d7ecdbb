import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** How one filter field narrows the query: an entity property compared for equality, or a function. */
export type FilterRule<V, E extends ObjectLiteral> = string | ((qb: SelectQueryBuilder<E>, value: V, alias: string) => void);

export type FilterRules<F, E extends ObjectLiteral> = { [K in keyof F]-?: FilterRule<NonNullable<F[K]>, E> };

/**
 * Applies a filter input to a query: each given (non-null) field through its rule, all ANDed.
 * `applyFilter(qb, filter, { isActive: 'isActive', search: (q, v, a) => q.andWhere(`${a}.email ILIKE :s`, { s: `%${v}%` }) })`
 */
export function applyFilter<F extends object, E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  filter: F | null | undefined,
  rules: FilterRules<F, E>,
): SelectQueryBuilder<E> {
  if (!filter) return qb;
  for (const key of Object.keys(rules) as (keyof F & string)[]) {
    const value = filter[key];
    if (value === null || value === undefined) continue;
    const rule = rules[key] as FilterRule<unknown, E>;
    if (typeof rule === 'function') rule(qb, value, qb.alias);
    else qb.andWhere(`${qb.alias}.${rule} = :__filter_${key}`, { [`__filter_${key}`]: value });
  }
  return qb;
}
