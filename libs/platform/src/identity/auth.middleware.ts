import { randomUUID } from 'node:crypto';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';
import { Principal, RequestContext } from '../tenancy/request-context';
import { ApiKeyService } from './api-key.service';
import { isApiKey } from './credentials';
import { TokenService } from './token.service';

type RequestWithId = Request & { id?: unknown };

/** The credential a request presents: `Authorization: Bearer <JWT | crmk_...>` or `X-Api-Key: crmk_...`. */
export function presentedCredential(req: Request): { kind: 'jwt' | 'api_key'; value: string } | null {
  const apiKeyHeader = req.headers['x-api-key'];
  if (typeof apiKeyHeader === 'string' && apiKeyHeader.trim()) return { kind: 'api_key', value: apiKeyHeader.trim() };
  const authorization = req.headers.authorization;
  const bearer = authorization && /^Bearer\s+(.+)$/i.exec(authorization.trim());
  if (!bearer) return null;
  const value = bearer[1].trim();
  return { kind: isApiKey(value) ? 'api_key' : 'jwt', value };
}

function requestIdOf(req: RequestWithId): string {
  if (typeof req.id === 'string' || typeof req.id === 'number') return String(req.id);
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && given.length > 0 && given.length <= 100 ? given : randomUUID();
}

/**
 * Runs the rest of the request inside a RequestContext holding the request id and, when valid
 * credentials were presented, the principal. Refused credentials do not end the request here:
 * public operations still work, and anything needing a principal throws the remembered error.
 */
@Injectable()
export class AuthMiddleware implements NestMiddleware {
  constructor(
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  async use(req: RequestWithId, _res: Response, next: NextFunction): Promise<void> {
    const requestId = requestIdOf(req);
    req.id = requestId; // pino-http keeps an id already set, so logs and audit rows agree
    let principal: Principal | undefined;
    let authError: AppError | undefined;
    const credential = presentedCredential(req);
    if (credential) {
      try {
        principal = credential.kind === 'jwt' ? await this.tokens.verifyAccessToken(credential.value) : await this.apiKeys.authenticate(credential.value);
      } catch (error) {
        if (!(error instanceof AppError)) return next(error);
        authError = error;
      }
    }
    RequestContext.run({ requestId, principal, authError }, next);
  }
}
