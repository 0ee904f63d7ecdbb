import { useApolloClient } from '@apollo/client';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SignInInput } from '../../gql/graphql';
import { refreshSession } from './apollo-client';
import { AuthContext, type AuthState, type CurrentUser } from './auth-context';
import { MeQuery, SignInMutation, SignOutMutation } from './operations';
import { tokenStore } from './token-store';

/** Loads `me` at start (after trading a remembered refresh token for an access token) and owns sign-in/out. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [status, setStatus] = useState<AuthState['status']>('loading');
  const [user, setUser] = useState<CurrentUser | null>(null);

  const becomeAnonymous = useCallback(() => {
    setUser(null);
    setStatus('anonymous');
    void client.clearStore();
  }, [client]);

  useEffect(() => tokenStore.onCleared(becomeAnonymous), [becomeAnonymous]);

  useEffect(() => {
    let cancelled = false;
    async function restore() {
      if (!tokenStore.accessToken() && !(await refreshSession())) return becomeAnonymous();
      try {
        const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
        if (cancelled) return;
        setUser(data.me);
        setStatus('signedIn');
      } catch {
        if (!cancelled) becomeAnonymous();
      }
    }
    void restore();
    return () => {
      cancelled = true;
    };
  }, [client, becomeAnonymous]);

  const signIn = useCallback(
    async (input: SignInInput) => {
      const { data } = await client.mutate({ mutation: SignInMutation, variables: { input } });
      if (!data) throw new Error('signIn returned no data');
      tokenStore.setSession(data.signIn, input.tenant);
      setUser(data.signIn.user);
      setStatus('signedIn');
    },
    [client],
  );

  const signOut = useCallback(async () => {
    const refreshToken = tokenStore.refreshToken();
    if (refreshToken) {
      // Signing out locally must work even when the server cannot be told.
      await client.mutate({ mutation: SignOutMutation, variables: { input: { refreshToken } } }).catch(() => undefined);
    }
    tokenStore.clear();
    becomeAnonymous();
  }, [client, becomeAnonymous]);

  const value = useMemo<AuthState>(
    () => ({ status, user, tenant: tokenStore.tenant(), signIn, signOut }),
    [status, user, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
