import { createContext, useContext } from 'react';
import type { CurrentUserFieldsFragment, SignInInput } from '../../gql/graphql';

export type CurrentUser = CurrentUserFieldsFragment;

export interface AuthState {
  status: 'loading' | 'anonymous' | 'signedIn';
  user: CurrentUser | null;
  tenant: string | null;
  signIn(input: SignInInput): Promise<void>;
  signOut(): Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}

/** The signed-in user, for screens that only render behind <RequireAuth>. */
export function useCurrentUser(): CurrentUser {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser without a signed-in user');
  return user;
}
