import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorKind, PlatformErrorCode } from '../../errors/app-error';
import { MissingPrincipalError } from '../../tenancy/tenant-db';

const logger = new Logger('Errors');

/** The HTTP status REST answers with for each kind of error; GraphQL answers 200 with extensions.code. */
export function httpStatusOf(kind: ErrorKind): number {
  switch (kind) {
    case 'bad_input':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'rate_limited':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'internal':
      return HttpStatus.INTERNAL_SERVER_ERROR;
    default: {
      const unhandled: never = kind;
      throw new Error(`No HTTP status for error kind ${String(unhandled)}`);
    }
  }
}

const KIND_OF_STATUS: Partial<Record<number, [ErrorKind, PlatformErrorCode]>> = {
  400: ['bad_input', PlatformErrorCode.VALIDATION_FAILED],
  401: ['unauthenticated', PlatformErrorCode.UNAUTHENTICATED],
  403: ['forbidden', PlatformErrorCode.FORBIDDEN],
  404: ['not_found', PlatformErrorCode.NOT_FOUND],
  409: ['conflict', PlatformErrorCode.CONFLICT],
  429: ['rate_limited', PlatformErrorCode.RATE_LIMITED],
};

const GENERIC_MESSAGE = 'Something went wrong on our side; it has been logged. Please try again or contact support.';

export function internalError(): AppError {
  return new AppError(PlatformErrorCode.INTERNAL, GENERIC_MESSAGE, 'internal');
}

/**
 * Everything a handler can throw, as the AppError a client is shown. Errors we did not expect become
 * INTERNAL with a generic message; their detail goes to the log only.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof MissingPrincipalError) return AppError.unauthenticated();
  if (error instanceof HttpException) {
    const known = KIND_OF_STATUS[error.getStatus()];
    if (known) return new AppError(known[1], error.message, known[0]);
  }
  logger.error(error instanceof Error ? error : `Non-error thrown: ${String(error)}`);
  return internalError();
}

/** The client-facing body of an AppError, the same for GraphQL extensions and REST. */
export function errorBody(error: AppError): { code: string; field: string | null; problems: { field: string; message: string }[] } & Record<string, unknown> {
  return { ...error.extra, code: error.code, field: error.field ?? null, problems: error.problems };
}

/** Codes Apollo itself gives to malformed requests; the message is about the request, so safe to show. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

function findAppError(error: unknown): AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * Apollo `formatError`: the one place a GraphQL error's shape is decided.
 * AppError -> { message, extensions: { code, field, problems, ...extra } }; Apollo's request errors are kept;
 * anything else is INTERNAL with a generic message (the detail is logged).
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const appError = findAppError(error);
  const code = formatted.extensions?.code;
  if (!appError && typeof code === 'string' && APOLLO_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const original = unwrapResolverError(error);
  const mapped = appError ?? (original instanceof GraphQLError && !original.originalError && code && code !== 'INTERNAL_SERVER_ERROR'
    ? new AppError(String(code), original.message, 'bad_input')
    : toAppError(original));
  return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: errorBody(mapped) };
}
