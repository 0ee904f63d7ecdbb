import { Args, ArgsType, Context, Field, Info, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType, ForwardConnectionArgs } from '../../graphql/connection/connection.types';
import { mapPage } from '../../graphql/connection/paginate';
import { selectsField, selectsPath } from '../../graphql/connection/selection';
import type { GraphqlContext } from '../../graphql/loaders/loader-registry';
import { UserType } from '../../identity/graphql/user.type';
import { userLoader } from '../../identity/graphql/user.loader';
import { TenantDb } from '../../tenancy/tenant-db';
import { AuditTrailService } from '../audit-trail.service';
import { AuditEntryConnection, AuditEntryType } from './audit-entry.type';

@ArgsType()
class AuditTrailArgs extends ForwardConnectionArgs {
  @Field(() => String, { description: 'e.g. customer, user, opportunity' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  recordType: string;

  @Field(() => String)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  recordId: string;
}

@Resolver(() => AuditEntryType)
export class AuditTrailResolver {
  constructor(
    private readonly trail: AuditTrailService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => AuditEntryConnection, {
    description: 'The history of one record, newest first. Needs audit:view or the view permission of the record type.',
  })
  async auditTrail(
    @Args() { recordType, recordId, first, after }: AuditTrailArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphqlContext,
  ): Promise<ConnectionType<AuditEntryType>> {
    // The actors are read in the page's transaction (one batch), so `actor` answers from the loader's
    // cache instead of opening a second transaction after this one has ended.
    const actors = selectsPath(info, ['edges', 'node', 'actor']) ? userLoader(context.loaders, this.db) : undefined;
    const rows = await this.trail.page(recordType, recordId, {
      first,
      after,
      withTotalCount: selectsField(info, 'totalCount'),
      alongside: actors && ((page) => actors.loadMany([...new Set(page.edges.flatMap((e) => (e.node.actorUserId ? [e.node.actorUserId] : [])))])),
    });
    return mapPage(rows, AuditEntryType.from) as ConnectionType<AuditEntryType>;
  }

  /** No parameter decorators: Nest then calls it as a plain GraphQL resolver, skipping its per-call pipeline (hot path). */
  @ResolveField(() => UserType, { nullable: true, description: 'The user who made the change (for an API key, its creator).' })
  async actor(entry: AuditEntryType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    if (!entry.actorUserId) return null;
    const user = await userLoader(context.loaders, this.db).load(entry.actorUserId);
    return user ? UserType.from(user) : null;
  }
}
