import { AppError } from '../errors/app-error';
import { Principal, RequestContext } from '../tenancy/request-context';

/** The authenticated principal of the running request; UNAUTHENTICATED when there is none. */
export function actingPrincipal(): Principal {
  const principal = RequestContext.principal();
  if (!principal) throw AppError.unauthenticated();
  return principal;
}
