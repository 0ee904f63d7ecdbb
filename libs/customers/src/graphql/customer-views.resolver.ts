import { Args, ArgsType, Field, ID, InputType, Mutation, ObjectType, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { AppError, GraphqlContext, RequestContext, SortDirection, TenantDb, UserType, userLoader } from '@crm/platform';
import { CustomerViewsService, type SaveCustomerViewCommand } from '../application/customer-views.service';
import type { SavedViewList } from '../domain/saved-views/view-lists';
import type { CustomerViewEntity } from '../infrastructure/customer-view.entity';
import { AccountFilterInput, AccountOrderBy, AccountOrderField } from './account.inputs';
import { AccountKindValue, LifecycleStageValue } from './account.types';
import { ContactFilterInput, ContactOrderBy, ContactOrderField } from './contact.inputs';
import { ContactArchiveStateValue } from './contact.types';

export enum SavedViewListValue {
  ACCOUNTS = 'accounts',
  CONTACTS = 'contacts',
}
registerEnumType(SavedViewListValue, { name: 'SavedViewList', description: 'The list a saved view is of: the customers (accounts) list or the contacts list.' });

@ArgsType()
export class CustomerViewsArgs {
  @Field(() => SavedViewListValue, { defaultValue: SavedViewListValue.ACCOUNTS, description: 'Whose list’s views: the customers list’s unless asked.' })
  @IsEnum(SavedViewListValue)
  list: SavedViewListValue;
}

@InputType('SaveCustomerViewInput')
export class SaveCustomerViewInput {
  @Field(() => SavedViewListValue, { nullable: true, description: 'The list the view is of; ACCOUNTS when left out.' })
  @IsOptional()
  @IsEnum(SavedViewListValue)
  list?: SavedViewListValue | null;
  @Field({ description: 'Saving under a name you already used for the list replaces that view.' }) @IsString() @Length(1, 100) name: string;
  @Field(() => AccountFilterInput, { nullable: true, description: 'The filter of an ACCOUNTS view (none: everything).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountFilterInput)
  filter?: AccountFilterInput | null;
  @Field(() => AccountOrderBy, { nullable: true, description: 'The sort of an ACCOUNTS view.' }) @IsOptional() @ValidateNested() @Type(() => AccountOrderBy) orderBy?: AccountOrderBy | null;
  @Field(() => ContactFilterInput, { nullable: true, description: 'The filter of a CONTACTS view (none: everything).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactFilterInput)
  contactFilter?: ContactFilterInput | null;
  @Field(() => ContactOrderBy, { nullable: true, description: 'The sort of a CONTACTS view.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactOrderBy)
  contactOrderBy?: ContactOrderBy | null;
  @Field(() => [String], { nullable: true, description: 'Visible column keys of the list in order; the default columns when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  columns?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Shared with everyone in the tenant.' }) @IsOptional() @IsBoolean() shared?: boolean | null;
}

@InputType('DeleteCustomerViewInput')
export class DeleteCustomerViewInput {
  @Field(() => ID) @IsUUID() id: string;
}

@ObjectType('SavedAccountFilter', { description: 'The AccountFilter a view applies.' })
export class SavedAccountFilterType {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => AccountKindValue, { nullable: true }) kind?: string | null;
  @Field(() => LifecycleStageValue, { nullable: true }) lifecycleStage?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) tag?: string | null;
  @Field(() => ID, { nullable: true }) parentAccountId?: string | null;
}

@ObjectType('SavedAccountOrder')
export class SavedAccountOrderType {
  @Field(() => AccountOrderField) field: string;
  @Field(() => SortDirection) direction: string;
}

@ObjectType('SavedContactFilter', { description: 'The ContactFilter a contacts view applies.' })
export class SavedContactFilterType {
  @Field(() => String, { nullable: true }) search?: string | null;
  @Field(() => ID, { nullable: true }) accountId?: string | null;
  @Field(() => String, { nullable: true }) tag?: string | null;
  @Field(() => Boolean, { nullable: true }) hasEmail?: boolean | null;
  @Field(() => Boolean, { nullable: true }) hasPhone?: boolean | null;
  @Field(() => ContactArchiveStateValue, { nullable: true }) archived?: string | null;
}

@ObjectType('SavedContactOrder')
export class SavedContactOrderType {
  @Field(() => ContactOrderField) field: string;
  @Field(() => SortDirection) direction: string;
}

@ObjectType('CustomerView', { description: 'A saved filter, sort and column choice of the customers list or the contacts list (CUS-03).' })
export class CustomerViewType {
  @Field(() => ID) id: string;
  @Field(() => SavedViewListValue) list: SavedViewList;
  @Field() name: string;
  @Field(() => SavedAccountFilterType, { description: 'The filter of an ACCOUNTS view; empty for other lists.' }) filter: SavedAccountFilterType;
  @Field(() => SavedAccountOrderType, { nullable: true, description: 'The sort of an ACCOUNTS view.' }) orderBy: SavedAccountOrderType | null;
  @Field(() => SavedContactFilterType, { nullable: true, description: 'The filter of a CONTACTS view; null for other lists.' }) contactFilter: SavedContactFilterType | null;
  @Field(() => SavedContactOrderType, { nullable: true, description: 'The sort of a CONTACTS view.' }) contactOrderBy: SavedContactOrderType | null;
  @Field(() => [String], { nullable: true }) columns: string[] | null;
  @Field() shared: boolean;
  @Field({ description: 'Whether the signed-in user owns it (and may change or delete it).' }) mine: boolean;
  @Field() updatedAt: Date;
  ownerId: string;

  static from(row: CustomerViewEntity, me: string | undefined): CustomerViewType {
    const accounts = row.list === 'accounts';
    return Object.assign(new CustomerViewType(), {
      id: row.id,
      list: row.list,
      name: row.name,
      filter: accounts ? row.filter : {},
      orderBy: accounts ? row.orderBy : null,
      contactFilter: row.list === 'contacts' ? row.filter : null,
      contactOrderBy: row.list === 'contacts' ? row.orderBy : null,
      columns: row.columns,
      shared: row.shared,
      mine: row.ownerId === me,
      updatedAt: row.updatedAt,
      ownerId: row.ownerId,
    });
  }
}

@ObjectType('SavedViewColumn', { description: 'One column a list’s column chooser offers and a saved view may store (CUS-03).' })
export class SavedViewColumnType {
  @Field({ description: 'The key a saved view stores in `columns`.' }) key: string;
  @Field({ description: 'The web app’s i18n key of the column’s label.' }) labelKey: string;
  @Field({ description: 'Shown when no view chose the columns.' }) shownByDefault: boolean;
}

@ObjectType('SaveCustomerViewPayload')
export class SaveCustomerViewPayload {
  @Field(() => CustomerViewType) view: CustomerViewType;
}

@ObjectType('DeleteCustomerViewPayload')
export class DeleteCustomerViewPayload {
  @Field(() => ID) id: string;
}

const me = () => RequestContext.principal()?.userId ?? undefined;

const hasAny = (value: object | null | undefined) => !!value && Object.values(value).some((v) => v !== null && v !== undefined && v !== '');

/** The input's filter and sort for its list; those of another list are refused, naming the field. */
function saveCommand(input: SaveCustomerViewInput): SaveCustomerViewCommand {
  const { list: chosen, filter, orderBy, contactFilter, contactOrderBy, ...rest } = input;
  const list = chosen ?? SavedViewListValue.ACCOUNTS;
  const [own, others] =
    list === SavedViewListValue.CONTACTS
      ? [{ filter: contactFilter, orderBy: contactOrderBy }, { filter, orderBy }]
      : [{ filter, orderBy }, { contactFilter, contactOrderBy }];
  for (const [field, value] of Object.entries(others)) {
    if (hasAny(value)) throw AppError.badField(`input.${field}`, `belongs to another list than ${list}; leave it out`);
  }
  return { ...rest, list, filter: { ...own.filter }, orderBy: own.orderBy };
}

@Resolver(() => CustomerViewType)
export class CustomerViewsResolver {
  constructor(
    private readonly views: CustomerViewsService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => [CustomerViewType], { description: 'The signed-in user’s saved views of a list (the customers list unless asked), then those shared with the tenant.' })
  async customerViews(@Args() args: CustomerViewsArgs): Promise<CustomerViewType[]> {
    return (await this.views.list(args.list)).map((v) => CustomerViewType.from(v, me()));
  }

  @Query(() => [SavedViewColumnType], {
    description: 'CUS-03: a list’s columns in their default order (the first always shown); the only list of them, which saveCustomerView checks `columns` against.',
  })
  savedViewColumns(@Args() args: CustomerViewsArgs): SavedViewColumnType[] {
    return this.views.columns(args.list);
  }

  @Mutation(() => SaveCustomerViewPayload, { description: 'CUS-03: saves a view of a list; its filter and sort are checked against that list’s inputs, its columns against the list’s columns.' })
  async saveCustomerView(@Args('input') input: SaveCustomerViewInput): Promise<SaveCustomerViewPayload> {
    const view = await this.views.save(saveCommand(input));
    return { view: CustomerViewType.from(view, me()) };
  }

  @Mutation(() => DeleteCustomerViewPayload)
  async deleteCustomerView(@Args('input') input: DeleteCustomerViewInput): Promise<DeleteCustomerViewPayload> {
    await this.views.delete(input.id);
    return { id: input.id };
  }

  @ResolveField(() => UserType, { nullable: true })
  async owner(view: CustomerViewType, _args: unknown, context: GraphqlContext): Promise<UserType | null> {
    const user = await userLoader(context.loaders, this.db).load(view.ownerId);
    return user ? UserType.from(user) : null;
  }
}
