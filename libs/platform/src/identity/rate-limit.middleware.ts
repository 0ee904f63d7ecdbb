import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { RequestContext } from '../tenancy/request-context';
import { REDIS } from '../redis/redis.module';
import { rateLimited } from './auth-state';

/** Who a request is counted against: the API key, else the user, else (anonymous) the client address. */
export function rateLimitKey(req: Request): string {
  const principal = RequestContext.principal();
  if (principal?.apiKeyId) return `key:${principal.apiKeyId}`;
  if (principal?.userId) return `user:${principal.userId}`;
  return `ip:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}

/**
 * RATE_LIMIT_PER_MINUTE requests per principal per minute across GraphQL and REST (health probes
 * excluded), counted in Redis so every API replica shares the budget. Runs after AuthMiddleware.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  private readonly logger = new Logger(RateLimitMiddleware.name);
  private readonly limiter: RateLimiterRedis;

  constructor(config: AppConfig, @Inject(REDIS) redis: Redis) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.REDIS_PREFIX}:rate`,
      points: config.RATE_LIMIT_PER_MINUTE,
      duration: 60,
    });
  }

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (req.originalUrl.startsWith('/health')) return next();
    try {
      await this.limiter.consume(rateLimitKey(req));
      return next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        // Redis trouble must not take the API down with it: let the request through, say so in the log.
        this.logger.warn(`rate limiter unavailable: ${String(rejection)}`);
        return next();
      }
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const error = rateLimited(retryAfterSeconds);
      res.setHeader('Retry-After', String(retryAfterSeconds));
      res.status(429).json(
        req.originalUrl.startsWith('/graphql')
          ? { errors: [{ message: error.message, extensions: { code: error.code, retryAfterSeconds } }] }
          : { statusCode: 429, code: error.code, message: error.message, retryAfterSeconds },
      );
    }
  }
}
