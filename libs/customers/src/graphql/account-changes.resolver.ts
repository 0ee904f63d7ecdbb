import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AppConfig, assertCan, ConnectionType, GraphqlContext, mapPage, paginate, requirePrincipal, SortDirection, TenantDb } from '@crm/platform';
import { AccountChangesService } from '../application/account-changes.service';
import { CUSTOMER_RECORD } from '../application/visible-accounts';
import { ChangeRequestEntity } from '../infrastructure/change-request.entity';
import {
  ChangeRequestConnection,
  ChangeRequestType,
  CustomerSettingsType,
  DecideChangeRequestInput,
  DecideChangeRequestPayload,
  PendingChangeRequestsArgs,
  UpdateAccountInput,
  UpdateAccountPayload,
  UpdateCustomerSettingsInput,
} from './account-changes.graphql-types';
import { AccountType } from './account.types';

@Resolver(() => AccountType)
export class AccountChangesResolver {
  constructor(
    private readonly changes: AccountChangesService,
    private readonly db: TenantDb,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => UpdateAccountPayload, {
    description: 'Edits a customer. Changes to protected fields by someone without customer:admin are held as a change request.',
  })
  async updateAccount(@Args('input') input: UpdateAccountInput): Promise<UpdateAccountPayload> {
    const { account, changeRequest } = await this.changes.update(input);
    return { account: AccountType.from(account), changeRequest: changeRequest ? ChangeRequestType.from(changeRequest) : null };
  }

  @Mutation(() => DecideChangeRequestPayload, { description: 'Applies a pending change request (needs customer:admin).' })
  async approveChangeRequest(@Args('input') input: DecideChangeRequestInput): Promise<DecideChangeRequestPayload> {
    return this.decide(input, true);
  }

  @Mutation(() => DecideChangeRequestPayload, { description: 'Rejects a pending change request (needs customer:admin); nothing changes.' })
  async rejectChangeRequest(@Args('input') input: DecideChangeRequestInput): Promise<DecideChangeRequestPayload> {
    return this.decide(input, false);
  }

  @Query(() => ChangeRequestConnection, { description: 'Change requests waiting for a decision, oldest first (needs customer:admin).' })
  async pendingChangeRequests(@Args() args: PendingChangeRequestsArgs): Promise<ConnectionType<ChangeRequestType>> {
    assertCan(requirePrincipal(), CUSTOMER_RECORD, 'admin');
    const page = await this.db.transaction((em) =>
      paginate(em.getRepository(ChangeRequestEntity).createQueryBuilder('cr').where(`cr.status = 'pending'`), {
        first: args.first,
        after: args.after,
        orderBy: [{ column: 'requestedAt', direction: SortDirection.ASC }],
        maxPageSize: this.config.GRAPHQL_MAX_PAGE_SIZE,
      }),
    );
    return mapPage(page, ChangeRequestType.from) as ConnectionType<ChangeRequestType>;
  }

  @Query(() => CustomerSettingsType)
  customerSettings(): Promise<CustomerSettingsType> {
    return this.changes.settings();
  }

  @Mutation(() => CustomerSettingsType, { description: 'Chooses the protected account fields (needs customer:admin).' })
  updateCustomerSettings(@Args('input') input: UpdateCustomerSettingsInput): Promise<CustomerSettingsType> {
    return this.changes.updateSettings(input.protectedAccountFields);
  }

  @ResolveField('pendingChangeRequests', () => [ChangeRequestType], { description: 'Protected-field changes waiting for approval.' })
  async pendingChangeRequestsOfAccount(account: AccountType, _args: unknown, context: GraphqlContext): Promise<ChangeRequestType[]> {
    const rows = await context.loaders.get<string, ChangeRequestEntity[]>('customers.changeRequests.pendingByAccount', (ids) => this.changes.pendingFor(ids)).load(account.id);
    return rows.map(ChangeRequestType.from);
  }

  private async decide(input: DecideChangeRequestInput, approve: boolean): Promise<DecideChangeRequestPayload> {
    const { changeRequest, account } = await this.changes.decide(input.id, approve, input.note);
    return { changeRequest: ChangeRequestType.from(changeRequest), account: AccountType.from(account) };
  }
}
