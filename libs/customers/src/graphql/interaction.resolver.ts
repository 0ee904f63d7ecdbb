import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, ForwardConnectionArgs, GraphqlContext, mapPage, requirePrincipal, TenantDb, UserType, userLoader } from '@crm/platform';
import { InteractionService } from '../application/interactions/interaction.service';
import { visibleAccounts } from '../application/visible-accounts';
import { visibleContacts } from '../application/visible-contacts';
import type { ContactEntity } from '../infrastructure/contact.entity';
import { ContactType } from './contact.types';
import { AccountEntity } from '../infrastructure/account.entity';
import { AccountType } from './account.types';
import {
  ContactInteractionsArgs,
  InteractionConnection,
  InteractionIdArgs,
  InteractionType,
  LogInteractionInput,
  LogInteractionPayload,
  ReviewInteractionInput,
  ReviewInteractionPayload,
  UpdateInteractionInput,
  UpdateInteractionPayload,
} from './interaction.types';

@Resolver(() => InteractionType)
export class InteractionResolver {
  constructor(
    private readonly interactions: InteractionService,
    private readonly db: TenantDb,
  ) {}

  @Mutation(() => LogInteractionPayload, { description: 'INT-01: records a call, e-mail, meeting, visit, note, ... on a customer the caller sees.' })
  async logInteraction(@Args('input') input: LogInteractionInput): Promise<LogInteractionPayload> {
    return { interaction: InteractionType.from(await this.interactions.log(input)) };
  }

  @Mutation(() => UpdateInteractionPayload, { description: 'The author corrects an interaction, until a manager replied to it.' })
  async updateInteraction(@Args('input') input: UpdateInteractionInput): Promise<UpdateInteractionPayload> {
    return { interaction: InteractionType.from(await this.interactions.update(input)) };
  }

  @Mutation(() => ReviewInteractionPayload, { description: 'INT-02: a manager of the author (or a customer admin) replies with guidance.' })
  async reviewInteraction(@Args('input') input: ReviewInteractionInput): Promise<ReviewInteractionPayload> {
    return { interaction: InteractionType.from(await this.interactions.review(input.interactionId, input.reply)) };
  }

  @Query(() => InteractionType)
  async interaction(@Args() { id }: InteractionIdArgs): Promise<InteractionType> {
    return InteractionType.from(await this.interactions.get(id));
  }

  @Query(() => InteractionConnection, { description: 'INT-02: interactions of the caller’s team still waiting for a manager’s reply, newest first.' })
  async interactionsToReview(@Args() args: ForwardConnectionArgs): Promise<ConnectionType<InteractionType>> {
    return mapPage(await this.interactions.toReview(args), InteractionType.from) as ConnectionType<InteractionType>;
  }

  @Query(() => InteractionConnection, { description: 'INT-01: the interactions about one person (their own timeline), newest first.' })
  async contactInteractions(@Args() args: ContactInteractionsArgs): Promise<ConnectionType<InteractionType>> {
    return mapPage(await this.interactions.ofContact(args.contactId, args), InteractionType.from) as ConnectionType<InteractionType>;
  }

  @ResolveField(() => UserType, { nullable: true })
  async author(interaction: InteractionType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    return this.user(interaction.ownerId, context);
  }

  @ResolveField(() => UserType, { nullable: true })
  async reviewedBy(interaction: InteractionType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    return this.user(interaction.reviewedById, context);
  }

  @ResolveField(() => AccountType, { nullable: true, description: 'The customer; null if the caller no longer sees it.' })
  async account(interaction: InteractionType, _args: unknown, context: GraphqlContext): Promise<AccountType | null> {
    const account = await context.loaders
      .get<string, AccountEntity | null>('customers.accounts.visibleById', async (ids) => {
        const principal = requirePrincipal();
        const rows = await this.db.transaction((em) => visibleAccounts(em, principal).andWhere('a.id IN (:...ids)', { ids: [...ids] }).getMany());
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      })
      .load(interaction.accountId);
    return account ? AccountType.from(account) : null;
  }

  @ResolveField(() => ContactType, { nullable: true, description: 'The person it was with; null when none or not visible.' })
  async contact(interaction: InteractionType, _args: unknown, context: GraphqlContext): Promise<ContactType | null> {
    if (!interaction.contactId) return null;
    const contact = await context.loaders
      .get<string, ContactEntity | null>('customers.contacts.visibleById', async (ids) => {
        const principal = requirePrincipal();
        const rows = await this.db.transaction((em) => visibleContacts(em, principal).andWhere('c.id IN (:...ids)', { ids: [...ids] }).getMany());
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      })
      .load(interaction.contactId);
    return contact ? ContactType.from(contact) : null;
  }

  private async user(id: string | null, context: GraphqlContext): Promise<UserType | null> {
    if (!id) return null;
    const user = await userLoader(context.loaders, this.db).load(id);
    return user ? UserType.from(user) : null;
  }
}
