import { useQuery } from '@apollo/client';
import { useMemo } from 'react';
import type { SavedViewList } from '../../gql/graphql';
import { SavedViewColumnsQuery } from './operations';
import { listColumnsOf, type ListColumns } from './view-columns';

export interface ListColumnsState {
  /** The list's columns once the server described them. */
  columns?: ListColumns;
  loading: boolean;
  error?: unknown;
  retry(): void;
}

/** CUS-03: a list's columns as the server describes them, limited to the keys this list can render. */
export function useListColumns(list: SavedViewList, renderable: readonly string[]): ListColumnsState {
  const { data, loading, error, refetch } = useQuery(SavedViewColumnsQuery, { variables: { list }, notifyOnNetworkStatusChange: true });
  const key = renderable.join(',');
  const columns = useMemo(
    () => (data ? listColumnsOf(data.savedViewColumns, key.split(',')) : undefined),
    [data, key],
  );
  return { columns, loading, error, retry: () => void refetch() };
}
