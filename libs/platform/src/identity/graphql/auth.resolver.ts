import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError } from '../../errors/app-error';
import { RequestContext } from '../../tenancy/request-context';
import { TenantDb } from '../../tenancy/tenant-db';
import { AppConfig } from '../../config/app-config';
import { ApiKeyService } from '../api-key.service';
import { requirePrincipal } from '../auth-state';
import { SignInService } from '../sign-in.service';
import { IssuedSession, tenantOnly, TokenService } from '../token.service';
import { UserEntity } from '../user.entity';
import {
  ApiKeyConnection,
  ApiKeyType,
  AuthSession,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  RefreshSessionInput,
  RevokeApiKeyInput,
  RevokeApiKeyPayload,
  SignInInput,
  SignOutInput,
  SignOutPayload,
} from './auth.types';
import { inputValidation } from './input-validation.pipe';
import { UserType } from './user.type';

/** Sign-in, sessions, the current user and API keys. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly signIns: SignInService,
    private readonly tokens: TokenService,
    private readonly keys: ApiKeyService,
    private readonly db: TenantDb,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => AuthSession, { description: 'Signs in with tenant, e-mail and password; needs no authentication.' })
  async signIn(@Args('input', inputValidation) input: SignInInput): Promise<AuthSession> {
    return this.toSession(await this.signIns.signIn(input));
  }

  @Mutation(() => AuthSession, { description: 'Trades a refresh token for a new pair; the old refresh token is used up.' })
  async refreshSession(@Args('input', inputValidation) input: RefreshSessionInput): Promise<AuthSession> {
    return this.toSession(await this.tokens.refreshSession(input.refreshToken));
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the session the refresh token belongs to.' })
  async signOut(@Args('input', inputValidation) input: SignOutInput): Promise<SignOutPayload> {
    await this.signIns.signOut(input.refreshToken);
    return { signedOut: true };
  }

  @Query(() => UserType, { description: 'The signed-in user (for an API key: the user who created it).' })
  async me(): Promise<UserType> {
    const principal = requirePrincipal();
    if (!principal.userId) throw AppError.notFound('User', 'me');
    const user = await this.db.transaction((em) => em.findOneBy(UserEntity, { tenantId: principal.tenantId, id: principal.userId! }));
    if (!user) throw AppError.notFound('User', principal.userId);
    return UserType.from(user);
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Creates an API key; its secret is in this answer only.' })
  async createApiKey(@Args('input', inputValidation) input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    const { apiKey, secret } = await this.keys.create(input);
    return { apiKey: ApiKeyType.from(apiKey), secret };
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key at once; revoking twice is harmless.' })
  async revokeApiKey(@Args('input', inputValidation) input: RevokeApiKeyInput): Promise<RevokeApiKeyPayload> {
    return { apiKey: ApiKeyType.from(await this.keys.revoke(input.id)) };
  }

  @Query(() => ApiKeyConnection, { description: 'The tenant’s API keys, newest first.' })
  async apiKeys(
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ApiKeyConnection> {
    const max = this.config.GRAPHQL_MAX_PAGE_SIZE;
    const size = first ?? Math.min(20, max);
    if (size < 0 || size > max) throw AppError.validation([{ field: 'first', message: `must be between 0 and ${max}` }]);
    const page = await this.keys.list(size, after);
    const edges = page.rows.map(({ key, cursor }) => ({ cursor, node: ApiKeyType.from(key) }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async toSession(session: IssuedSession): Promise<AuthSession> {
    // fields resolved below this one (the user's roles, unit, ...) see the newly signed-in user
    RequestContext.setPrincipal(session.principal);
    const user = await this.db.transaction(
      (em) => em.findOneByOrFail(UserEntity, { tenantId: session.tenantId, id: session.userId }),
      tenantOnly(session.tenantId),
    );
    const { accessToken, accessTokenExpiresAt, refreshToken } = session;
    return { accessToken, accessTokenExpiresAt, refreshToken, user: UserType.from(user) };
  }
}
