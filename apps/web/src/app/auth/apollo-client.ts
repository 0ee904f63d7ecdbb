import { ApolloClient, from, HttpLink, InMemoryCache, Observable, type FetchResult } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { onError } from '@apollo/client/link/error';
import { print } from 'graphql';
import { RefreshSessionMutation } from './operations';
import { tokenStore } from './token-store';

const GRAPHQL_PATH = '/graphql';

let refreshing: Promise<boolean> | null = null;

async function exchangeRefreshToken(): Promise<boolean> {
  const refreshToken = tokenStore.refreshToken();
  if (!refreshToken) return false;
  try {
    // A plain fetch, outside the link chain: a refresh must never itself trigger a refresh.
    const response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(RefreshSessionMutation), variables: { input: { refreshToken } } }),
    });
    const body = (await response.json()) as { data?: { refreshSession?: { accessToken: string; refreshToken: string } | null } };
    const session = body.data?.refreshSession;
    if (!session) {
      tokenStore.clear();
      return false;
    }
    tokenStore.setSession(session);
    return true;
  } catch {
    // Offline or server down: keep the refresh token for the next attempt.
    return false;
  }
}

/**
 * Trades the refresh token for a new session. Refresh tokens rotate, so concurrent callers share
 * one exchange instead of each spending (and invalidating) the same token.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= exchangeRefreshToken().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

const authLink = setContext((_, { headers }) => {
  const token = tokenStore.accessToken();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** On TOKEN_EXPIRED: refresh the session, then send the operation again, once. */
const refreshLink = onError(({ graphQLErrors, operation, forward, response }) => {
  const expired = graphQLErrors?.some((e) => e.extensions?.code === 'TOKEN_EXPIRED');
  if (!expired || operation.getContext().retriedAfterRefresh) return;
  return new Observable<FetchResult>((observer) => {
    let subscription: { unsubscribe(): void } | undefined;
    void refreshSession().then((ok) => {
      if (!ok) {
        if (response) observer.next(response);
        observer.complete();
        return;
      }
      operation.setContext({ retriedAfterRefresh: true });
      subscription = forward(operation).subscribe(observer);
    });
    return () => subscription?.unsubscribe();
  });
});

export function createApolloClient(): ApolloClient<unknown> {
  return new ApolloClient({
    link: from([refreshLink, authLink, new HttpLink({ uri: GRAPHQL_PATH })]),
    cache: new InMemoryCache(),
    // A refetch after a mutation must read after it: with deduplication it joins an identical request
    // still in flight from before the mutation (a quick archive after a restore showed the person as
    // restored again). Superseded requests are aborted, so the latest answer wins.
    queryDeduplication: false,
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
}
