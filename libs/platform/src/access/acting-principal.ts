import { requirePrincipal } from '../identity/auth-state';

/**
 * The authenticated principal of the running request. Without one, the refused credential's own error
 * (TOKEN_EXPIRED, which the web app answers with a refresh; TOKEN_REVOKED) or else UNAUTHENTICATED.
 */
export const actingPrincipal = requirePrincipal;
