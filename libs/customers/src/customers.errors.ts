import { AppError } from '@crm/platform';

/** Codes of the customers context, mapped to `extensions.code` by the platform's error mapping. */
export enum CustomerErrorCode {
  DUPLICATE_SUSPECTED = 'DUPLICATE_SUSPECTED',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  CHANGE_REQUEST_DECIDED = 'CHANGE_REQUEST_DECIDED',
  CONTACT_IN_USE = 'CONTACT_IN_USE',
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
