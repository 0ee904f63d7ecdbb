import { serverErrors } from '../../shared/lib/graphql-errors';

export interface SelectedAccount {
  id: string;
  name: string;
  owner?: { id: string } | null;
}

/**
 * The record a bulk error names (`input.<listField>.N`), so the message says which one is in the way:
 * its name when known, else its id; undefined when the error names no record of the list.
 */
export function recordOfBulkError(error: unknown, listField: string, ids: readonly string[], nameOf: (id: string) => string | undefined): string | undefined {
  const field = serverErrors(error)[0]?.field ?? '';
  const match = new RegExp(`^input\\.${listField}\\.(\\d+)$`).exec(field);
  if (!match) return undefined;
  const id = ids[Number(match[1])];
  return id === undefined ? undefined : (nameOf(id) ?? id);
}

/** The customer a bulk error names (`input.accountIds.N`). */
export function accountOfError(error: unknown, ids: readonly string[], accounts: readonly SelectedAccount[]): string | undefined {
  return recordOfBulkError(error, 'accountIds', ids, (id) => accounts.find((a) => a.id === id)?.name);
}
