import { Args, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType, GraphqlContext, mapPage, selectsField, TenantDb, UserType, userLoader } from '@crm/platform';
import { AccountOwnershipService, OwnershipChange } from '../application/account-ownership.service';
import { AccountOrderBy } from './account.inputs';
import { AccountConnection, AccountType } from './account.types';
import {
  AssignAccountsInput,
  ClaimAccountsInput,
  OwnershipChangeType,
  OwnershipTargetsType,
  PoolQuotaType,
  PublicPoolArgs,
  ReassignAccountsPayload,
  ReleaseAccountsInput,
  ShareAccountsInput,
  ShareAccountsPayload,
  TransferAccountsInput,
  UnshareAccountsInput,
  UpdatePoolSettingsInput,
  UpdatePoolSettingsPayload,
} from './ownership.types';

const reassigned = (accounts: Parameters<typeof AccountType.from>[0][]): ReassignAccountsPayload => ({ accounts: accounts.map(AccountType.from) });

/** ACC-02: assign, transfer, share and the public pool. All bulk operations are all-or-nothing. */
@Resolver(() => AccountType)
export class OwnershipResolver {
  constructor(private readonly ownership: AccountOwnershipService) {}

  @Mutation(() => ReassignAccountsPayload, { description: 'Gives customers to a user (needs customer:admin or being the owners’ manager).' })
  async assignAccounts(@Args('input') input: AssignAccountsInput): Promise<ReassignAccountsPayload> {
    return reassigned(await this.ownership.assign(input.accountIds, input.ownerId));
  }

  @Mutation(() => ReassignAccountsPayload, { description: 'Moves all (or the listed) customers of one user to another, e.g. when a rep leaves.' })
  async transferAccounts(@Args('input') input: TransferAccountsInput): Promise<ReassignAccountsPayload> {
    return reassigned(await this.ownership.transfer(input.fromUserId, input.toUserId, input.accountIds));
  }

  @Mutation(() => ShareAccountsPayload, { description: 'Shares customers with users and/or units.' })
  async shareAccounts(@Args('input') input: ShareAccountsInput): Promise<ShareAccountsPayload> {
    return reassigned(await this.ownership.share(input));
  }

  @Mutation(() => ShareAccountsPayload, { description: 'Stops sharing customers with users and/or units.' })
  async unshareAccounts(@Args('input') input: UnshareAccountsInput): Promise<ShareAccountsPayload> {
    return reassigned(await this.ownership.unshare(input));
  }

  @Mutation(() => ReassignAccountsPayload, { description: 'Returns customers to the public pool.' })
  async releaseAccounts(@Args('input') input: ReleaseAccountsInput): Promise<ReassignAccountsPayload> {
    return reassigned(await this.ownership.release(input.accountIds));
  }

  @Mutation(() => ReassignAccountsPayload, {
    description: 'Takes customers from the public pool: POOL_LIMIT_REACHED past the tenant’s limit, ALREADY_CLAIMED when someone was faster; nothing is claimed then.',
  })
  async claimAccounts(@Args('input') input: ClaimAccountsInput): Promise<ReassignAccountsPayload> {
    return reassigned(await this.ownership.claim(input.accountIds));
  }

  @Mutation(() => UpdatePoolSettingsPayload, { description: 'Sets how many pool customers one rep may hold (customer:admin).' })
  async updatePoolSettings(@Args('input') input: UpdatePoolSettingsInput): Promise<UpdatePoolSettingsPayload> {
    return { poolClaimLimit: await this.ownership.updatePoolClaimLimit(input.poolClaimLimit) };
  }

  @Query(() => AccountConnection, { description: 'Customers nobody owns, for every rep to claim.' })
  async publicPool(@Args() args: PublicPoolArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionType<AccountType>> {
    const page = await this.ownership.publicPool({
      first: args.first,
      after: args.after,
      last: args.last,
      before: args.before,
      filter: args.filter,
      orderBy: AccountOrderBy.toSort(args.orderBy),
      withTotalCount: selectsField(info, 'totalCount'),
    });
    return mapPage(page, AccountType.from) as ConnectionType<AccountType>;
  }

  @Query(() => PoolQuotaType)
  poolQuota(): Promise<PoolQuotaType> {
    return this.ownership.quota();
  }

  @Query(() => OwnershipTargetsType, { description: 'Active users and units to assign, transfer or share customers to (customer:edit).' })
  async ownershipTargets(): Promise<OwnershipTargetsType> {
    const { users, units } = await this.ownership.targets();
    return {
      users: users.map((u) => ({ id: u.id, displayName: u.displayName, email: u.email, unitId: u.unitId })),
      units: units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
    };
  }

  @ResolveField(() => [OwnershipChangeType], { description: 'Who owned this customer when, newest first (ACC-02).' })
  async ownershipHistory(account: AccountType, _args: unknown, context: GraphqlContext): Promise<OwnershipChangeType[]> {
    return context.loaders
      .get<string, OwnershipChange[]>('customers.ownershipHistory.byAccount', async (ids) => {
        const history = await this.ownership.historyOf(ids);
        return ids.map((id) => history.get(id) ?? []);
      })
      .load(account.id);
  }
}

@Resolver(() => OwnershipChangeType)
export class OwnershipChangeResolver {
  constructor(private readonly db: TenantDb) {}

  @ResolveField(() => UserType, { nullable: true })
  fromOwner(change: OwnershipChangeType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    return this.user(change.fromOwnerId, context);
  }

  @ResolveField(() => UserType, { nullable: true })
  toOwner(change: OwnershipChangeType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    return this.user(change.toOwnerId, context);
  }

  @ResolveField(() => UserType, { nullable: true })
  actor(change: OwnershipChangeType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    return this.user(change.actorUserId, context);
  }

  private async user(id: string | null, context: GraphqlContext): Promise<UserType | null> {
    if (!id) return null;
    const user = await userLoader(context.loaders, this.db).load(id);
    return user ? UserType.from(user) : null;
  }
}
