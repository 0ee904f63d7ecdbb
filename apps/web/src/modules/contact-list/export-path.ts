import type { ContactFilter, ContactOrderBy } from '../../gql/graphql';

/** The export URL of the contacts list as it is filtered and sorted now (CUS-04). */
export function contactExportPath(format: 'csv' | 'xlsx', filter: ContactFilter, orderBy?: ContactOrderBy | null): string {
  const params = new URLSearchParams({ format });
  if (filter.search) params.set('search', filter.search);
  if (filter.accountId) params.set('accountId', String(filter.accountId));
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.hasEmail != null) params.set('hasEmail', String(filter.hasEmail));
  if (filter.hasPhone != null) params.set('hasPhone', String(filter.hasPhone));
  if (filter.archived) params.set('archived', filter.archived.toLowerCase());
  if (orderBy) {
    params.set('orderBy', orderBy.field);
    params.set('direction', orderBy.direction);
  }
  return `/api/customers/contacts/export?${params.toString()}`;
}
