import { Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { AppError, PlatformErrorCode } from '../errors/app-error';
import { Principal } from '../tenancy/request-context';
import { TenantDb } from '../tenancy/tenant-db';
import { AccessEpochService } from './access-epoch.service';
import { issueCredential, parseCredential, secretMatches } from './credentials';
import { PrincipalLoader } from './principal-loader';
import { RefreshTokenEntity } from './refresh-token.entity';

/** The access token's claims; other services (the queue dashboard) verify exactly these. */
export interface AccessTokenClaims {
  sub: string;
  tid: string;
  perms: string[];
  unit: string | null;
  upath: string | null;
  scope: 'own' | 'subtree' | 'all';
  /** The tenant's access epoch the grants were read at (absent in tokens issued before ADR 0022: 0). */
  aev?: number;
  typ: 'access';
}

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  userId: string;
  tenantId: string;
  /** Who the session acts as, so the rest of the sign-in request can act as them too. */
  principal: Principal;
}

export function claimsOf(principal: Principal): AccessTokenClaims {
  if (!principal.userId) throw new Error('Only a user can hold an access token');
  return {
    sub: principal.userId,
    tid: principal.tenantId,
    perms: [...principal.permissions].sort(),
    unit: principal.unitId ?? null,
    upath: principal.unitPath ?? null,
    scope: principal.dataScope ?? 'own',
    aev: principal.accessEpoch ?? 0,
    typ: 'access',
  };
}

export function principalOf(claims: AccessTokenClaims): Principal {
  return {
    tenantId: claims.tid,
    userId: claims.sub,
    channel: 'web',
    permissions: new Set(claims.perms),
    unitId: claims.unit,
    unitPath: claims.upath,
    dataScope: claims.scope,
    accessEpoch: claims.aev ?? 0,
  };
}

const tokenRevoked = () => AppError.unauthenticated('This session has been revoked; sign in again', PlatformErrorCode.TOKEN_REVOKED);
const tokenExpired = (what: string) => AppError.unauthenticated(`The ${what} has expired`, PlatformErrorCode.TOKEN_EXPIRED);
const grantsChanged = () =>
  AppError.unauthenticated('Your access has changed since this token was issued; refresh the session', PlatformErrorCode.TOKEN_EXPIRED);
const tokenInvalid = (what: string) => AppError.unauthenticated(`The ${what} is not valid`);

/** A principal that only names the tenant: enough to open its transaction before we know who is acting. */
export function tenantOnly(tenantId: string): Principal {
  return { tenantId, channel: 'system', permissions: new Set() };
}

type RotationOutcome = { ok: IssuedSession } | { error: AppError };

/** Short-lived JWT access tokens (HS256) and rotating opaque refresh tokens with theft detection. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly db: TenantDb,
    private readonly principals: PrincipalLoader,
    private readonly epochs: AccessEpochService,
  ) {}

  async signAccessToken(principal: Principal): Promise<{ token: string; expiresAt: Date }> {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const issuedAt = Math.floor(Date.now() / 1000);
    const token = await this.jwt.signAsync({ ...claimsOf(principal), iat: issuedAt, exp: issuedAt + ttl });
    return { token, expiresAt: new Date((issuedAt + ttl) * 1000) };
  }

  async verifyAccessToken(token: string): Promise<Principal> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch (error) {
      throw error instanceof TokenExpiredError ? tokenExpired('access token') : tokenInvalid('access token');
    }
    if (claims.typ !== 'access' || !claims.sub || !claims.tid || !Array.isArray(claims.perms)) throw tokenInvalid('access token');
    if ((claims.aev ?? 0) < (await this.epochs.current(claims.tid))) throw grantsChanged();
    return principalOf(claims);
  }

  /** A new session (new family) for a signed-in user, inside the caller's tenant transaction. */
  async startSession(em: EntityManager, principal: Principal): Promise<IssuedSession> {
    return this.issuePair(em, principal, undefined);
  }

  /** Exchanges a refresh token for a new pair; reuse of a replaced or revoked token revokes its family. */
  async refreshSession(refreshToken: string): Promise<IssuedSession> {
    const parsed = parseCredential(refreshToken, 'refresh');
    if (!parsed) throw tokenInvalid('refresh token');
    // The revocation must commit even though the call fails, so the transaction returns the outcome.
    const outcome = await this.db.transaction<RotationOutcome>(async (em) => {
      const current = await em.findOne(RefreshTokenEntity, {
        where: { tenantId: parsed.tenantId, id: parsed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || !secretMatches(parsed.secret, current.tokenHash)) return { error: tokenInvalid('refresh token') };
      if (current.revokedAt || current.replacedById) {
        await this.revokeFamily(em, current.familyId);
        return { error: tokenRevoked() };
      }
      if (current.expiresAt.getTime() <= Date.now()) return { error: tokenExpired('refresh token') };
      const principal = await this.principals.load(em, current.tenantId, current.userId);
      if (!principal) {
        await this.revokeFamily(em, current.familyId);
        return { error: tokenRevoked() };
      }
      return { ok: await this.issuePair(em, principal, current) };
    }, tenantOnly(parsed.tenantId));
    if ('error' in outcome) throw outcome.error;
    return outcome.ok;
  }

  /** Ends the session a refresh token belongs to (every token of its family). Unknown tokens are ignored. */
  async revokeSession(refreshToken: string): Promise<{ userId: string; tenantId: string } | null> {
    const parsed = parseCredential(refreshToken, 'refresh');
    if (!parsed) return null;
    return this.db.transaction(async (em) => {
      const token = await em.findOneBy(RefreshTokenEntity, { tenantId: parsed.tenantId, id: parsed.id });
      if (!token || !secretMatches(parsed.secret, token.tokenHash)) return null;
      await this.revokeFamily(em, token.familyId);
      return { userId: token.userId, tenantId: token.tenantId };
    }, tenantOnly(parsed.tenantId));
  }

  private async revokeFamily(em: EntityManager, familyId: string): Promise<void> {
    await em.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issuePair(em: EntityManager, principal: Principal, replacing: RefreshTokenEntity | undefined): Promise<IssuedSession> {
    const userId = principal.userId!;
    const refresh = issueCredential('refresh', principal.tenantId);
    await em.insert(RefreshTokenEntity, {
      tenantId: principal.tenantId,
      id: refresh.id,
      userId,
      familyId: replacing?.familyId ?? refresh.id,
      tokenHash: refresh.secretHash,
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    if (replacing) await em.update(RefreshTokenEntity, { tenantId: replacing.tenantId, id: replacing.id }, { replacedById: refresh.id });
    const access = await this.signAccessToken(principal);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.value,
      userId,
      tenantId: principal.tenantId,
      principal,
    };
  }
}
