import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionArgs, MoneyScalar, OrderByInput, SortDirection, type Money } from '@crm/platform';
import { AccountKindValue, AddressKindValue, ContactPointKindValue, LifecycleStageValue } from './account.types';

@InputType('ContactPointInput')
export class ContactPointInput {
  @Field(() => ContactPointKindValue) @IsEnum(ContactPointKindValue) kind: ContactPointKindValue;
  @Field() @IsString() @MaxLength(320) value: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) label?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isPrimary?: boolean | null;
}

@InputType('AddressInput')
export class AddressInput {
  @Field(() => AddressKindValue) @IsEnum(AddressKindValue) kind: AddressKindValue;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; CN when omitted.' })
  @IsOptional()
  @IsString()
  @Length(2, 2)
  country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) province?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) district?: string | null;
  @Field() @IsString() @MaxLength(300) street: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20) postcode?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isPrimary?: boolean | null;
}

/** A list of nested inputs an input carries (phones, addresses): each element validated, at most `max`. */
export function NestedListField<T>(type: new () => T, max: number, description?: string) {
  return applyDecorators(
    Field(() => [type], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(() => type),
  );
}

@InputType('CreateAccountInput')
export class CreateAccountInput {
  @Field(() => AccountKindValue) @IsEnum(AccountKindValue) kind: AccountKindValue;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentAccountId?: string | null;
  @Field(() => LifecycleStageValue, { nullable: true }) @IsOptional() @IsEnum(LifecycleStageValue) lifecycleStage?: LifecycleStageValue | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) industry?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) source?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) taxId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(50, { each: true }) tags?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Optional facts to record as explicitly unknown: industry, source, website, taxId, tier, creditTermsDays, value.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  unknownFields?: string[] | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'Customer value, e.g. {"amountMinor": "1200000", "currency": "CNY"}.' })
  @IsOptional()
  value?: Money | null;
  @NestedListField(ContactPointInput, 30)
  contactPoints?: ContactPointInput[] | null;
  @NestedListField(AddressInput, 10)
  addresses?: AddressInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Create even though duplicates are suspected.' })
  @IsOptional()
  @IsBoolean()
  allowDuplicate?: boolean | null;
}

@InputType('CheckAccountDuplicatesInput')
export class CheckAccountDuplicatesInput {
  @Field(() => AccountKindValue) @IsEnum(AccountKindValue) kind: AccountKindValue;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) emails?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsString({ each: true }) phones?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The account being edited, left out of its own candidates.' })
  @IsOptional()
  @IsUUID()
  excludeId?: string | null;
}

@InputType('AccountFilter')
export class AccountFilterInput {
  @Field(() => String, { nullable: true, description: 'Name in any spelling (Traditional/Simplified, pinyin), or part (2 characters or more) of any address (province, city, district, street, postcode) or contact point (e-mail, phone, WeChat and other handles).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
  @Field(() => AccountKindValue, { nullable: true }) @IsOptional() @IsEnum(AccountKindValue) kind?: AccountKindValue | null;
  @Field(() => LifecycleStageValue, { nullable: true }) @IsOptional() @IsEnum(LifecycleStageValue) lifecycleStage?: LifecycleStageValue | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() tag?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentAccountId?: string | null;
}

export enum AccountOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

export const AccountOrderBy = OrderByInput(
  'Account',
  AccountOrderField,
  { NAME: 'name', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' },
  { field: AccountOrderField.UPDATED_AT, direction: SortDirection.DESC },
);
export type AccountOrderBy = InstanceType<typeof AccountOrderBy>;

@ArgsType()
export class AccountsArgs extends ConnectionArgs {
  @Field(() => AccountFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountFilterInput)
  filter?: AccountFilterInput | null;

  @Field(() => AccountOrderBy, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AccountOrderBy)
  orderBy?: AccountOrderBy | null;
}

@ArgsType()
export class AccountIdArgs {
  @Field(() => ID) @IsUUID() id: string;
}
