import { serverErrors } from '../../shared/lib/graphql-errors';

export interface SelectedAccount {
  id: string;
  name: string;
  owner?: { id: string } | null;
}

/** The customer a bulk error names (`input.accountIds.N`), so the message says which one is in the way. */
export function accountOfError(error: unknown, ids: readonly string[], accounts: readonly SelectedAccount[]): string | undefined {
  const field = serverErrors(error)[0]?.field ?? '';
  const match = /^input\.accountIds\.(\d+)$/.exec(field);
  if (!match) return undefined;
  const id = ids[Number(match[1])];
  return accounts.find((a) => a.id === id)?.name ?? id;
}
