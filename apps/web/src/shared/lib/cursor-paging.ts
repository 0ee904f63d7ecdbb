import { useCallback, useState } from 'react';

export const PAGE_SIZE = 20;

/**
 * Forward paging over a Relay connection: a stack of the `after` cursors that opened each page seen
 * so far, so "previous" needs only `first/after` (every connection supports them).
 */
export function useCursorPaging(pageSize = PAGE_SIZE) {
  const [stack, setStack] = useState<string[]>([]);
  const after = stack.length > 0 ? stack[stack.length - 1] : undefined;
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setStack((s) => [...s, endCursor]);
  }, []);
  const previous = useCallback(() => setStack((s) => s.slice(0, -1)), []);
  const reset = useCallback(() => setStack([]), []);
  return { first: pageSize, after, page: stack.length + 1, hasPrevious: stack.length > 0, next, previous, reset };
}
