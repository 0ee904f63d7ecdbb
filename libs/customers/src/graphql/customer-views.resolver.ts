import { Args, Field, ID, InputType, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { GraphqlContext, RequestContext, SortDirection, TenantDb, UserType, userLoader } from '@crm/platform';
import { CustomerViewsService } from '../application/customer-views.service';
import type { CustomerViewEntity } from '../infrastructure/customer-view.entity';
import { AccountFilterInput, AccountOrderBy, AccountOrderField } from './account.inputs';
import { AccountKindValue, LifecycleStageValue } from './account.types';

@InputType('SaveCustomerViewInput')
export class SaveCustomerViewInput {
  @Field({ description: 'Saving under a name you already used replaces that view.' }) @IsString() @Length(1, 100) name: string;
  @Field(() => AccountFilterInput) @ValidateNested() @Type(() => AccountFilterInput) filter: AccountFilterInput;
  @Field(() => AccountOrderBy, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => AccountOrderBy) orderBy?: AccountOrderBy | null;
  @Field(() => [String], { nullable: true, description: 'Visible column keys in order; the default columns when omitted.' })
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

@ObjectType('CustomerView', { description: 'A saved filter, sort and column choice of the customer list (CUS-03).' })
export class CustomerViewType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => SavedAccountFilterType) filter: SavedAccountFilterType;
  @Field(() => SavedAccountOrderType, { nullable: true }) orderBy: SavedAccountOrderType | null;
  @Field(() => [String], { nullable: true }) columns: string[] | null;
  @Field() shared: boolean;
  @Field({ description: 'Whether the signed-in user owns it (and may change or delete it).' }) mine: boolean;
  @Field() updatedAt: Date;
  ownerId: string;

  static from(row: CustomerViewEntity, me: string | undefined): CustomerViewType {
    return Object.assign(new CustomerViewType(), {
      id: row.id,
      name: row.name,
      filter: row.filter,
      orderBy: row.orderBy,
      columns: row.columns,
      shared: row.shared,
      mine: row.ownerId === me,
      updatedAt: row.updatedAt,
      ownerId: row.ownerId,
    });
  }
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

@Resolver(() => CustomerViewType)
export class CustomerViewsResolver {
  constructor(
    private readonly views: CustomerViewsService,
    private readonly db: TenantDb,
  ) {}

  @Query(() => [CustomerViewType], { description: 'The signed-in user’s saved customer views, then those shared with the tenant.' })
  async customerViews(): Promise<CustomerViewType[]> {
    return (await this.views.list()).map((v) => CustomerViewType.from(v, me()));
  }

  @Mutation(() => SaveCustomerViewPayload)
  async saveCustomerView(@Args('input') input: SaveCustomerViewInput): Promise<SaveCustomerViewPayload> {
    const view = await this.views.save({ ...input, filter: { ...input.filter } });
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
