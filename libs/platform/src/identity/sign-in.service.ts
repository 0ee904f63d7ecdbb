import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import { AppError, PlatformErrorCode } from '../errors/app-error';
import { REDIS } from '../redis/redis.module';
import { TenantEntity } from '../tenancy/tenant.entity';
import { TenantDb } from '../tenancy/tenant-db';
import { hashPassword, verifyPassword } from './password';
import { PrincipalLoader } from './principal-loader';
import { IssuedSession, tenantOnly, TokenService } from './token.service';
import { UserEntity } from './user.entity';
import { rateLimited } from './auth-state';

export interface SignInCommand {
  tenant: string;
  email: string;
  password: string;
}

/** Failed sign-ins allowed per tenant and e-mail address before the address is locked for a while. */
export const SIGN_IN_FAILURES_ALLOWED = 10;
export const SIGN_IN_LOCK_SECONDS = 15 * 60;

const invalidCredentials = () =>
  new AppError(PlatformErrorCode.INVALID_CREDENTIALS, 'The tenant, e-mail address or password is wrong', 'unauthenticated');

/**
 * Sign-in with tenant, e-mail and password. Every failure looks the same from outside (code,
 * message and, thanks to a dummy argon2 verification, roughly the time taken).
 */
@Injectable()
export class SignInService implements OnModuleInit {
  private dummyHash!: Promise<string>;
  private readonly failures: RateLimiterRedis;

  constructor(
    private readonly db: TenantDb,
    private readonly tokens: TokenService,
    private readonly principals: PrincipalLoader,
    private readonly audit: AuditService,
    config: AppConfig,
    @Inject(REDIS) redis: Redis,
  ) {
    this.failures = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.REDIS_PREFIX}:signin-fail`,
      points: SIGN_IN_FAILURES_ALLOWED,
      duration: SIGN_IN_LOCK_SECONDS,
    });
  }

  onModuleInit() {
    this.dummyHash = hashPassword('not-a-real-password-only-for-timing');
  }

  async signIn(command: SignInCommand): Promise<IssuedSession> {
    const email = command.email.trim().toLowerCase();
    const slug = command.tenant.trim().toLowerCase();
    const attemptKey = `${slug}:${email}`;
    await this.assertNotLocked(attemptKey);

    const tenant = await this.db.dataSource.getRepository(TenantEntity).findOneBy({ slug });
    const user = tenant
      ? await this.db.transaction((em) => em.findOneBy(UserEntity, { tenantId: tenant.id, email }), tenantOnly(tenant.id))
      : null;
    // Verify even when there is nobody to verify, so a missing user costs the same time as a wrong password.
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), command.password);
    if (!tenant || !user || !user.isActive || !passwordOk) {
      await this.failures.penalty(attemptKey).catch(() => undefined);
      throw invalidCredentials();
    }
    await this.failures.delete(attemptKey).catch(() => undefined);

    const principal = await this.db.transaction((em) => this.principals.load(em, tenant.id, user.id), tenantOnly(tenant.id));
    if (!principal) throw invalidCredentials();
    return this.db.transaction(async (em) => {
      const signedInAt = new Date();
      await em.update(UserEntity, { tenantId: tenant.id, id: user.id }, { lastSignInAt: signedInAt });
      await this.audit.record(em, {
        recordType: 'user',
        recordId: user.id,
        action: 'sign_in',
        before: { lastSignInAt: user.lastSignInAt?.toISOString() ?? null },
        after: { lastSignInAt: signedInAt.toISOString() },
      });
      return this.tokens.startSession(em, principal);
    }, principal);
  }

  /** Revokes the session (the refresh token's whole family); signing out twice is harmless. */
  async signOut(refreshToken: string): Promise<boolean> {
    const session = await this.tokens.revokeSession(refreshToken);
    if (!session) return false;
    await this.db.transaction(
      (em) => this.audit.record(em, { recordType: 'user', recordId: session.userId, action: 'sign_out' }),
      { ...tenantOnly(session.tenantId), userId: session.userId, channel: 'web' },
    );
    return true;
  }

  private async assertNotLocked(key: string): Promise<void> {
    const state = await this.failures.get(key).catch(() => null);
    if (state && state.consumedPoints >= SIGN_IN_FAILURES_ALLOWED) {
      throw rateLimited(Math.max(1, Math.ceil(state.msBeforeNext / 1000)), 'Too many failed sign-ins for this address; try again later');
    }
  }
}
