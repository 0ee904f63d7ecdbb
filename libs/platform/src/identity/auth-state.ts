import { AppError, PlatformErrorCode } from '../errors/app-error';
import { Principal, RequestContext } from '../tenancy/request-context';

/**
 * The acting principal of the running request. Without one, the error remembered by the auth
 * middleware (expired token, revoked key, ...) or else UNAUTHENTICATED.
 */
export function requirePrincipal(): Principal {
  const state = RequestContext.current();
  if (state?.principal) return state.principal;
  throw state?.authError ?? AppError.unauthenticated();
}

export function rateLimited(retryAfterSeconds: number, message = 'Too many requests; slow down'): AppError {
  return new AppError(PlatformErrorCode.RATE_LIMITED, `${message} (retry after ${retryAfterSeconds} s)`, 'rate_limited', undefined, [], {
    retryAfterSeconds,
  });
}
