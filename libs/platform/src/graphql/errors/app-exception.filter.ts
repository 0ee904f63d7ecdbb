import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { errorBody, httpStatusOf, toAppError } from './error-mapping';

/**
 * REST errors: AppError kinds to HTTP status with `{ code, message, field, problems }`. GraphQL errors pass
 * through untouched to `formatGraphqlError`, which shapes them.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return exception;
    const response = host.switchToHttp().getResponse<Response>();
    const error = toAppError(exception);
    // Keep what Nest or a library put in an HttpException body (e.g. the health check's details).
    const original = exception instanceof HttpException ? exception.getResponse() : undefined;
    const kept = original && typeof original === 'object' ? (original as Record<string, unknown>) : {};
    const status = exception instanceof HttpException ? exception.getStatus() : httpStatusOf(error.kind);
    if (error.code === 'RATE_LIMITED' && typeof error.extra.retryAfterSeconds === 'number') {
      response.setHeader('Retry-After', String(error.extra.retryAfterSeconds));
    }
    response.status(status).json({ ...kept, message: error.message, ...errorBody(error) });
    return undefined;
  }
}
