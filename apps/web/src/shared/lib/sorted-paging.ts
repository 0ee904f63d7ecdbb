import type { Key } from 'react';
import { useState } from 'react';
import type { SortDirection } from '../../gql/graphql';
import { useCursorPaging } from './cursor-paging';

/** What an antd table's onChange says of sorting (one column or several). */
type TableSorter = { order?: 'ascend' | 'descend' | null; columnKey?: Key };

/**
 * A list page's paging, sort and filter plumbing: cursor paging that starts again on page one whenever a
 * filter or the sort changes, the server's `orderBy` from the table's sorter (`sortFields` maps column keys
 * to the API's order fields), and each column's shown sort order.
 */
export function useSortedPaging<F extends string>(sortFields: Record<string, F>) {
  const paging = useCursorPaging();
  const [orderBy, setOrderBy] = useState<{ field: F; direction: SortDirection } | undefined>();
  const changeFilter =
    <T,>(set: (v: T) => void) =>
    (value: T) => {
      set(value);
      paging.reset();
    };
  const sortOrder = (field: F) => (orderBy?.field === field ? (orderBy.direction === 'ASC' ? 'ascend' : 'descend') : null);
  const onTableChange = (_pagination: unknown, _filters: unknown, sorter: TableSorter | TableSorter[]) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = s?.order ? sortFields[String(s.columnKey)] : undefined;
    setOrderBy(field ? { field, direction: s?.order === 'descend' ? 'DESC' : 'ASC' } : undefined);
    paging.reset();
  };
  return { paging, orderBy, setOrderBy, changeFilter, sortOrder, onTableChange };
}
