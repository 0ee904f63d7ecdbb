import { createSecretKey } from 'node:crypto';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';
import { ApiKeyService } from './api-key.service';
import { AuthMiddleware } from './auth.middleware';
import { AuthResolver } from './graphql/auth.resolver';
import { PrincipalLoader } from './principal-loader';
import { RateLimitMiddleware } from './rate-limit.middleware';
import { SignInService } from './sign-in.service';
import { TokenService } from './token.service';

/**
 * Authentication for every route: who is calling (JWT or API key) in the request context, the
 * per-principal rate limit, and the GraphQL operations to sign in and manage API keys.
 * Needs PlatformModule (config, database, Redis, audit) loaded.
 */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to parse it as a
        // public key on every verification, which cost ~0.7 ms of CPU per request.
        secret: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [PrincipalLoader, TokenService, SignInService, ApiKeyService, AuthMiddleware, RateLimitMiddleware, AuthResolver],
  exports: [PrincipalLoader, TokenService, ApiKeyService],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(AuthMiddleware, RateLimitMiddleware).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
