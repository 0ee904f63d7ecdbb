import { Args, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { In } from 'typeorm';
import { ConnectionType, GraphqlContext, LoaderRegistry, Loaders, mapPage, selectsField, TenantDb, UserType, userLoader } from '@crm/platform';
import { ConsentService } from '../application/consent.service';
import { ContactService } from '../application/contact.service';
import { RelationshipService } from '../application/relationship.service';
import { AddressEntity } from '../infrastructure/address.entity';
import { ContactPointEntity } from '../infrastructure/contact-point.entity';
import { AccountEntity } from '../infrastructure/account.entity';
import type { ContactEntity } from '../infrastructure/contact.entity';
import { AccountType, AddressType, ContactPointType } from './account.types';
import {
  AccountContactsArgs,
  AddRelationshipInput,
  ArchiveContactInput,
  CheckContactDuplicatesInput,
  ContactIdArgs,
  ContactOrderBy,
  ContactsArgs,
  CreateContactInput,
  DeleteContactInput,
  RemoveRelationshipInput,
  RestoreContactInput,
  SetContactConsentInput,
  UpdateContactInput,
} from './contact.inputs';
import {
  AddRelationshipPayload,
  ArchiveContactPayload,
  ConsentType,
  ContactConnection,
  ContactDuplicateCandidateType,
  ContactType,
  CreateContactPayload,
  DeleteContactPayload,
  RelationshipType,
  RemoveRelationshipPayload,
  RestoreContactPayload,
  SetContactConsentPayload,
  UpdateContactPayload,
} from './contact.types';

@Resolver(() => ContactType)
export class ContactResolver {
  constructor(
    private readonly contactService: ContactService,
    private readonly consentService: ConsentService,
    private readonly relationshipService: RelationshipService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => ContactConnection, { description: 'People the caller may see (through their customer), filtered and sorted, a page at a time.' })
  async contacts(@Args() args: ContactsArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionType<ContactType>> {
    const page = await this.contactService.list({
      first: args.first,
      after: args.after,
      last: args.last,
      before: args.before,
      filter: args.filter,
      orderBy: ContactOrderBy.toSort(args.orderBy),
      withTotalCount: selectsField(info, 'totalCount'),
    });
    return mapPage(page, ContactType.from) as ConnectionType<ContactType>;
  }

  @Query(() => ContactType)
  async contact(@Args() { id }: ContactIdArgs): Promise<ContactType> {
    return ContactType.from(await this.contactService.get(id));
  }

  @Query(() => [ContactDuplicateCandidateType], { description: 'Existing people that may be the one described, best first, with reasons (DQ-02).' })
  async checkContactDuplicates(@Args('input') input: CheckContactDuplicatesInput): Promise<ContactDuplicateCandidateType[]> {
    const found = await this.contactService.checkDuplicates({ name: input.name, emails: input.emails ?? [], phones: input.phones ?? [], accountId: input.accountId, excludeId: input.excludeId });
    return found.map(ContactDuplicateCandidateType.from);
  }

  @Mutation(() => CreateContactPayload, {
    description: 'Adds a person (to a customer). Refused with DUPLICATE_SUSPECTED (extensions.candidates) when it looks like an existing one, unless allowDuplicate.',
  })
  async createContact(@Args('input') input: CreateContactInput): Promise<CreateContactPayload> {
    const { contact, duplicates } = await this.contactService.create(input);
    return { contact: ContactType.from(contact), overriddenDuplicates: duplicates.map(ContactDuplicateCandidateType.from) };
  }

  @Mutation(() => UpdateContactPayload, { description: 'Edits a person; VERSION_CONFLICT when someone changed them meanwhile; a new name or phone re-runs the duplicate check.' })
  async updateContact(@Args('input') input: UpdateContactInput): Promise<UpdateContactPayload> {
    return { contact: ContactType.from(await this.contactService.update(input)) };
  }

  @Mutation(() => DeleteContactPayload, { description: 'Deletes a person with their phones, addresses, consents and relationships (the audit keeps them).' })
  async deleteContact(@Args('input') input: DeleteContactInput): Promise<DeleteContactPayload> {
    await this.contactService.delete(input.id, input.version);
    return { deletedId: input.id };
  }

  @Mutation(() => ArchiveContactPayload, {
    description: 'CUS-02: archives a person (kept with their history, hidden from lists by default); CONTACT_ALREADY_ARCHIVED, VERSION_CONFLICT, NOT_FOUND when not yours.',
  })
  async archiveContact(@Args('input') input: ArchiveContactInput): Promise<ArchiveContactPayload> {
    return { contact: ContactType.from(await this.contactService.archive(input.id, input.version)) };
  }

  @Mutation(() => RestoreContactPayload, { description: 'CUS-02: brings an archived person back to the lists; CONTACT_NOT_ARCHIVED when they are not archived.' })
  async restoreContact(@Args('input') input: RestoreContactInput): Promise<RestoreContactPayload> {
    return { contact: ContactType.from(await this.contactService.restore(input.id, input.version)) };
  }

  @ResolveField(() => UserType, { nullable: true, description: 'Who archived the person, while archived.' })
  async archivedBy(contact: ContactType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    if (!contact.archivedById) return null;
    const user = await userLoader(context.loaders, this.db).load(contact.archivedById);
    return user ? UserType.from(user) : null;
  }

  @Mutation(() => SetContactConsentPayload, { description: 'Records what a person said about one channel (CUS-06); audited with before and after.' })
  async setContactConsent(@Args('input') input: SetContactConsentInput): Promise<SetContactConsentPayload> {
    const consents = await this.consentService.set(input);
    return { contact: ContactType.from(await this.contactService.get(input.contactId)), consents: consents.map(ConsentType.from) };
  }

  @Mutation(() => AddRelationshipPayload, { description: 'Links two customers or people with a role (DQ-06); both must be visible to the caller.' })
  async addRelationship(@Args('input') input: AddRelationshipInput): Promise<AddRelationshipPayload> {
    const relationship = await this.relationshipService.add(input);
    return { relationshipId: relationship.id };
  }

  @Mutation(() => RemoveRelationshipPayload)
  async removeRelationship(@Args('input') input: RemoveRelationshipInput): Promise<RemoveRelationshipPayload> {
    await this.relationshipService.remove(input.id);
    return { removedId: input.id };
  }

  @ResolveField(() => AccountType, { nullable: true, description: 'The customer the person works at (or is).' })
  async account(contact: ContactType, _args: unknown, context: GraphqlContext): Promise<AccountType | null> {
    if (!contact.accountId) return null;
    const account = await context.loaders
      .get<string, AccountEntity | null>('customers.accounts.byIdForContacts', async (ids) => {
        const rows = await this.db.transaction((em) => em.find(AccountEntity, { where: { id: In([...ids]) } }));
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      })
      .load(contact.accountId);
    return account ? AccountType.from(account) : null;
  }

  @ResolveField(() => UserType, { nullable: true })
  async owner(contact: ContactType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    if (!contact.ownerId) return null;
    const user = await userLoader(context.loaders, this.db).load(contact.ownerId);
    return user ? UserType.from(user) : null;
  }

  @ResolveField(() => [ContactPointType])
  async contactPoints(contact: ContactType, _args: unknown, context: GraphqlContext): Promise<ContactPointType[]> {
    const rows = await context.loaders.get<string, ContactPointEntity[]>('customers.contactPoints.byContact', (ids) => this.byContact(ContactPointEntity, ids)).load(contact.id);
    return rows.map(ContactPointType.from);
  }

  @ResolveField(() => [AddressType])
  async addresses(contact: ContactType, _args: unknown, context: GraphqlContext): Promise<AddressType[]> {
    const rows = await context.loaders.get<string, AddressEntity[]>('customers.addresses.byContact', (ids) => this.byContact(AddressEntity, ids)).load(contact.id);
    return rows.map(AddressType.from);
  }

  @ResolveField(() => [ConsentType], { description: 'Every channel, UNKNOWN where nothing was recorded (CUS-06).' })
  async consents(contact: ContactType, _args: unknown, context: GraphqlContext): Promise<ConsentType[]> {
    const rows = await context.loaders.get<string, Awaited<ReturnType<ConsentService['ofContacts']>>[number]>('customers.consents.byContact', (ids) => this.consentService.ofContacts(ids)).load(contact.id);
    return rows.map(ConsentType.from);
  }

  @ResolveField(() => [RelationshipType], { description: 'Relationships in both directions, with the other party (DQ-06).' })
  async relationships(contact: ContactType, _args: unknown, context: GraphqlContext): Promise<RelationshipType[]> {
    const rows = await context.loaders
      .get<string, Awaited<ReturnType<RelationshipService['of']>>[number]>('customers.relationships.byContact', (ids) => this.relationshipService.of('contact', ids))
      .load(contact.id);
    return rows.map(RelationshipType.from);
  }

  private async byContact<E extends ContactPointEntity | AddressEntity>(entity: new () => E, ids: readonly string[]): Promise<E[][]> {
    const rows = (await this.db.transaction((em) =>
      em.getRepository(entity).find({ where: { partyType: 'contact', partyId: In([...ids]) } as never, order: { isPrimary: 'DESC' } as never }),
    )) as E[];
    return ids.map((id) => rows.filter((r) => r.partyId === id));
  }
}

/** `Account.contacts` and `Account.relationships`, batched per request. */
@Resolver(() => AccountType)
export class AccountContactsResolver {
  constructor(
    private readonly contactService: ContactService,
    private readonly relationshipService: RelationshipService,
  ) {}

  @ResolveField(() => [ContactType], { description: 'The people at this customer (CUS-01), by name; archived ones only when asked.' })
  async contacts(@Parent() account: AccountType, @Args() { includeArchived }: AccountContactsArgs, @Loaders() loaders: LoaderRegistry): Promise<ContactType[]> {
    const key = includeArchived ? 'customers.contacts.byAccountWithArchived' : 'customers.contacts.byAccount';
    const rows = await loaders.get<string, ContactEntity[]>(key, (ids) => this.contactService.ofAccounts(ids, includeArchived)).load(account.id);
    return rows.map(ContactType.from);
  }

  @ResolveField(() => [RelationshipType], { description: 'Relationships in both directions, with the other party (DQ-06).' })
  async relationships(account: AccountType, _args: unknown, context: GraphqlContext): Promise<RelationshipType[]> {
    const rows = await context.loaders
      .get<string, Awaited<ReturnType<RelationshipService['of']>>[number]>('customers.relationships.byAccount', (ids) => this.relationshipService.of('account', ids))
      .load(account.id);
    return rows.map(RelationshipType.from);
  }
}
