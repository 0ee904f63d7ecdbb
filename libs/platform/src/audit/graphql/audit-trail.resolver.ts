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
    // The actors are read in the page's transaction (one batch, through the request's user loader), and
    // handed to the entries, so `actor` neither opens a second transaction nor waits on a promise per entry.
    const loader = selectsPath(info, ['edges', 'node', 'actor']) ? userLoader(context.loaders, this.db) : undefined;
    const actors = new Map<string, UserType | null>();
    const rows = await this.trail.page(recordType, recordId, {
      first,
      after,
      withTotalCount: selectsField(info, 'totalCount'),
      alongside:
        loader &&
        (async (page) => {
          const ids = [...new Set(page.edges.flatMap((e) => (e.node.actorUserId ? [e.node.actorUserId] : [])))];
          const users = await loader.loadMany(ids);
          ids.forEach((id, i) => {
            const user = users[i];
            if (user instanceof Error) throw user;
            actors.set(id, user ? UserType.from(user) : null);
          });
        }),
    });
    return mapPage(rows, (row) => {
      const entry = AuditEntryType.from(row);
      if (loader) entry.actorUser = row.actorUserId ? (actors.get(row.actorUserId) ?? null) : null;
      return entry;
    }) as ConnectionType<AuditEntryType>;
  }

  /** No parameter decorators: Nest then calls it as a plain GraphQL resolver, skipping its per-call pipeline (hot path). */
  @ResolveField(() => UserType, { nullable: true, description: 'The user who made the change (for an API key, its creator).' })
  actor(entry: AuditEntryType, _args: unknown, context: GraphqlContext): UserType | null | Promise<UserType | null> {
    if (entry.actorUser !== undefined) return entry.actorUser;
    if (!entry.actorUserId) return null;
    return userLoader(context.loaders, this.db)
      .load(entry.actorUserId)
      .then((user) => (user ? UserType.from(user) : null));
  }
}
