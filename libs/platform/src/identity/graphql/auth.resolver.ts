import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType, ForwardConnectionArgs } from '../../graphql/connection/connection.types';
import { mapPage } from '../../graphql/connection/paginate';
import { selectsField } from '../../graphql/connection/selection';
import { AppError } from '../../errors/app-error';
import { RequestContext } from '../../tenancy/request-context';
import { TenantDb } from '../../tenancy/tenant-db';
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
import { UserType } from './user.type';

/** Sign-in, sessions, the current user and API keys. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly signIns: SignInService,
    private readonly tokens: TokenService,
    private readonly keys: ApiKeyService,
    private readonly db: TenantDb,
  ) {}

  @Mutation(() => AuthSession, { description: 'Signs in with tenant, e-mail and password; needs no authentication.' })
  async signIn(@Args('input') input: SignInInput): Promise<AuthSession> {
    return this.toSession(await this.signIns.signIn(input));
  }

  @Mutation(() => AuthSession, { description: 'Trades a refresh token for a new pair; the old refresh token is used up.' })
  async refreshSession(@Args('input') input: RefreshSessionInput): Promise<AuthSession> {
    return this.toSession(await this.tokens.refreshSession(input.refreshToken));
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the session the refresh token belongs to.' })
  async signOut(@Args('input') input: SignOutInput): Promise<SignOutPayload> {
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
  async createApiKey(@Args('input') input: CreateApiKeyInput): Promise<CreateApiKeyPayload> {
    const { apiKey, secret } = await this.keys.create(input);
    return { apiKey: ApiKeyType.from(apiKey), secret };
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes an API key at once; revoking twice is harmless.' })
  async revokeApiKey(@Args('input') input: RevokeApiKeyInput): Promise<RevokeApiKeyPayload> {
    return { apiKey: ApiKeyType.from(await this.keys.revoke(input.id)) };
  }

  @Query(() => ApiKeyConnection, { description: 'The tenant’s API keys, newest first.' })
  async apiKeys(@Args() args: ForwardConnectionArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionType<ApiKeyType>> {
    const page = await this.keys.list({ ...args, withTotalCount: selectsField(info, 'totalCount') });
    return mapPage(page, ApiKeyType.from) as ConnectionType<ApiKeyType>;
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
