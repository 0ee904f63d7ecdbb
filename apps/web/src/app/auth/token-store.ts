/**
 * Where the session lives in the browser: the short-lived access token only in memory (gone with
 * the tab), the rotating refresh token in localStorage (survives a reload, replaced on each use).
 */
const REFRESH_KEY = 'crm.refreshToken';
const TENANT_KEY = 'crm.tenant';

let accessToken: string | null = null;
const clearedListeners = new Set<() => void>();

export const tokenStore = {
  accessToken: (): string | null => accessToken,
  refreshToken: (): string | null => localStorage.getItem(REFRESH_KEY),
  /** The tenant slug the user last signed in to, to greet them and prefill the sign-in form. */
  tenant: (): string | null => localStorage.getItem(TENANT_KEY),

  setSession(session: { accessToken: string; refreshToken: string }, tenant?: string): void {
    accessToken = session.accessToken;
    localStorage.setItem(REFRESH_KEY, session.refreshToken);
    if (tenant) localStorage.setItem(TENANT_KEY, tenant);
  },

  /** Forgets the session; listeners (the auth provider) then send the user to the sign-in page. */
  clear(): void {
    const hadSession = accessToken !== null || localStorage.getItem(REFRESH_KEY) !== null;
    accessToken = null;
    localStorage.removeItem(REFRESH_KEY);
    if (hadSession) clearedListeners.forEach((listener) => listener());
  },

  onCleared(listener: () => void): () => void {
    clearedListeners.add(listener);
    return () => clearedListeners.delete(listener);
  },
};
