import { AppError } from '@crm/platform';

/** Codes of the customers context, mapped to `extensions.code` by the platform's error mapping. */
export enum CustomerErrorCode {
  DUPLICATE_SUSPECTED = 'DUPLICATE_SUSPECTED',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  CHANGE_REQUEST_DECIDED = 'CHANGE_REQUEST_DECIDED',
  /** A claim would take the rep past the tenant's poolClaimLimit; nothing was claimed. */
  POOL_LIMIT_REACHED = 'POOL_LIMIT_REACHED',
  /** Someone else claimed (or was given) the pool account first. */
  ALREADY_CLAIMED = 'ALREADY_CLAIMED',
  CONTACT_IN_USE = 'CONTACT_IN_USE',
  /** Archiving a person who is archived already. */
  CONTACT_ALREADY_ARCHIVED = 'CONTACT_ALREADY_ARCHIVED',
  /** Restoring a person who is not archived. */
  CONTACT_NOT_ARCHIVED = 'CONTACT_NOT_ARCHIVED',
  /** INT-02: an interaction a manager replied to is no longer edited. */
  INTERACTION_REVIEWED = 'INTERACTION_REVIEWED',
}

export function duplicateSuspected(candidates: unknown[], what: 'customer' | 'contact' = 'customer', field = 'input.name'): AppError {
  return new AppError(
    CustomerErrorCode.DUPLICATE_SUSPECTED,
    `This ${what} looks like one that already exists: pick one of the candidates, or create it anyway with allowDuplicate`,
    'conflict',
    field,
    [],
    { candidates },
  );
}

export function poolLimitReached(quota: { limit: number; held: number; remaining: number }): AppError {
  return new AppError(
    CustomerErrorCode.POOL_LIMIT_REACHED,
    `You may hold ${quota.limit} customers from the public pool and hold ${quota.held}: claim at most ${quota.remaining} more`,
    'conflict',
    'input.accountIds',
    [],
    { ...quota },
  );
}

export function alreadyClaimed(field: string): AppError {
  return new AppError(CustomerErrorCode.ALREADY_CLAIMED, 'This customer is no longer in the public pool: someone claimed it first', 'conflict', field);
}
