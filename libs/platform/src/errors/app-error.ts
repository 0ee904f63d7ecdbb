/**
 * Codes every context shares. A context adds its own enum (e.g. `CustomerErrorCode`) and throws
 * `AppError` with it; the GraphQL layer maps `code` to `extensions.code` and `field` to `extensions.field`.
 */
export enum PlatformErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  TOKEN_REVOKED = 'TOKEN_REVOKED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INTERNAL = 'INTERNAL',
}

/** How an error reads to a program: the HTTP status REST answers with for it. */
export type ErrorKind = 'bad_input' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited' | 'internal';

export interface FieldProblem {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: ErrorKind,
    /** The offending input field (dotted path), when one is to blame. */
    readonly field?: string,
    /** Every field problem when several were found at once. */
    readonly problems: FieldProblem[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static validation(problems: FieldProblem[], code: string = PlatformErrorCode.VALIDATION_FAILED): AppError {
    const first = problems[0];
    const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
    return new AppError(code, message || 'Invalid input', 'bad_input', first?.field, problems);
  }

  /** One bad field: VALIDATION_FAILED naming it (a business rule class-validator cannot express). */
  static badField(field: string, message: string): AppError {
    return AppError.validation([{ field, message }]);
  }

  /** The input clashes with what is stored (a duplicate name, a record still in use), naming the field to blame. */
  static conflict(message: string, field?: string): AppError {
    return new AppError(PlatformErrorCode.CONFLICT, message, 'conflict', field);
  }

  static notFound(recordType: string, id: string, field = 'id'): AppError {
    return new AppError(PlatformErrorCode.NOT_FOUND, `${recordType} ${id} was not found`, 'not_found', field);
  }

  static forbidden(message = 'You do not have permission to do this'): AppError {
    return new AppError(PlatformErrorCode.FORBIDDEN, message, 'forbidden');
  }

  static unauthenticated(message = 'Sign in first', code: string = PlatformErrorCode.UNAUTHENTICATED): AppError {
    return new AppError(code, message, 'unauthenticated');
  }
}
