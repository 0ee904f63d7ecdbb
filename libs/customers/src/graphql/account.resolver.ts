import { Args, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ConnectionType, GraphqlContext, mapPage, selectsField, TenantDb, UserType, userLoader } from '@crm/platform';
import { In } from 'typeorm';
import { AccountService } from '../application/account.service';
import { AddressEntity } from '../infrastructure/address.entity';
import { ContactPointEntity } from '../infrastructure/contact-point.entity';
import { AccountIdArgs, AccountOrderBy, AccountsArgs, CheckAccountDuplicatesInput, CreateAccountInput } from './account.inputs';
import { AccountConnection, AccountType, AddressType, ContactPointType, CreateAccountPayload, DuplicateCandidateType } from './account.types';

@Resolver(() => AccountType)
export class AccountResolver {
  constructor(
    private readonly service: AccountService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => AccountConnection, { description: 'Customers the caller may see, filtered and sorted, a page at a time.' })
  async accounts(@Args() args: AccountsArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionType<AccountType>> {
    const page = await this.service.list({
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

  @Query(() => AccountType)
  async account(@Args() { id }: AccountIdArgs): Promise<AccountType> {
    return AccountType.from(await this.service.get(id));
  }

  @Query(() => [DuplicateCandidateType], { description: 'Existing customers that may be the same as the one described, best first, with reasons.' })
  checkAccountDuplicates(@Args('input') input: CheckAccountDuplicatesInput): Promise<DuplicateCandidateType[]> {
    return this.service.checkDuplicates({
      kind: input.kind,
      name: input.name,
      emails: input.emails ?? [],
      phones: input.phones ?? [],
      excludeId: input.excludeId ?? undefined,
    });
  }

  @Mutation(() => CreateAccountPayload, {
    description: 'Creates a customer. Refused with DUPLICATE_SUSPECTED (extensions.candidates) when it looks like an existing one, unless allowDuplicate.',
  })
  async createAccount(@Args('input') input: CreateAccountInput): Promise<CreateAccountPayload> {
    const { account, duplicates } = await this.service.create(input);
    return { account: AccountType.from(account), overriddenDuplicates: duplicates };
  }

  @ResolveField(() => UserType, { nullable: true })
  async owner(account: AccountType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    return this.userById(account.ownerId, context);
  }

  @ResolveField(() => [ContactPointType])
  async contactPoints(account: AccountType, _args: unknown, context: GraphqlContext): Promise<ContactPointType[]> {
    const rows = await context.loaders
      .get<string, ContactPointEntity[]>('customers.contactPoints.byAccount', (ids) => this.byParty(ContactPointEntity, ids))
      .load(account.id);
    return rows.map(ContactPointType.from);
  }

  @ResolveField(() => [AddressType])
  async addresses(account: AccountType, _args: unknown, context: GraphqlContext): Promise<AddressType[]> {
    const rows = await context.loaders
      .get<string, AddressEntity[]>('customers.addresses.byAccount', (ids) => this.byParty(AddressEntity, ids))
      .load(account.id);
    return rows.map(AddressType.from);
  }

  private async userById(id: string | null, context: GraphqlContext): Promise<UserType | null> {
    if (!id) return null;
    const user = await userLoader(context.loaders, this.db).load(id);
    return user ? UserType.from(user) : null;
  }

  private async byParty<E extends ContactPointEntity | AddressEntity>(
    entity: new () => E,
    ids: readonly string[],
  ): Promise<E[][]> {
    const rows = (await this.db.transaction((em) =>
      em.getRepository(entity).find({ where: { partyType: 'account', partyId: In([...ids]) } as never, order: { isPrimary: 'DESC' } as never }),
    )) as E[];
    return ids.map((id) => rows.filter((r) => r.partyId === id));
  }
}
