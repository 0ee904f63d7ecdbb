import type { AccountFilter, AccountOrderBy } from '../../gql/graphql';

/** The export URL of the accounts list as it is filtered and sorted now. */
export function exportPath(format: 'csv' | 'xlsx', filter: AccountFilter, orderBy?: AccountOrderBy): string {
  const params = new URLSearchParams({ format });
  if (filter.search) params.set('search', filter.search);
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.lifecycleStage) params.set('stage', filter.lifecycleStage);
  if (filter.tag) params.set('tag', filter.tag);
  if (orderBy) {
    params.set('orderBy', orderBy.field);
    params.set('direction', orderBy.direction);
  }
  return `/api/customers/export?${params.toString()}`;
}
