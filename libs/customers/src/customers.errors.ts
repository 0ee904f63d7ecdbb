import { AppError } from '@crm/platform';

/** Codes of the customers context, mapped to `extensions.code` by the platform's error mapping. */
export enum CustomerErrorCode {
  DUPLICATE_SUSPECTED = 'DUPLICATE_SUSPECTED',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  CHANGE_REQUEST_DECIDED = 'CHANGE_REQUEST_DECIDED',
  /** INT-02: an interaction a manager replied to is no longer edited. */
  INTERACTION_REVIEWED = 'INTERACTION_REVIEWED',
}

export function duplicateSuspected(candidates: unknown[]): AppError {
  return new AppError(
    CustomerErrorCode.DUPLICATE_SUSPECTED,
    'This customer looks like one that already exists: pick one of the candidates, or create it anyway with allowDuplicate',
    'conflict',
    'input.name',
    [],
    { candidates },
  );
}
