import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ChangeRequestType } from './account-changes.graphql-types';
import { AccountType, AddressKindValue, AddressType } from './account.types';

@InputType('SaveAccountAddressInput', { description: 'Adds an address to a customer, or changes one (with id).' })
export class SaveAccountAddressInput {
  @Field(() => ID) @IsUUID() accountId: string;
  @Field(() => ID, { nullable: true, description: 'The address to change; omit to add one.' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => AddressKindValue) @IsEnum(AddressKindValue) kind: AddressKindValue;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; CN when omitted.' }) @IsOptional() @IsString() @Length(2, 2) country?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) province?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) district?: string | null;
  @Field() @IsString() @MaxLength(300) street: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20) postcode?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isPrimary?: boolean | null;
}

@InputType('RemoveAccountAddressInput')
export class RemoveAccountAddressInput {
  @Field(() => ID) @IsUUID() accountId: string;
  @Field(() => ID) @IsUUID() id: string;
}

@ObjectType('AccountAddressPayload')
export class AccountAddressPayload {
  @Field(() => AccountType) account: AccountType;
  @Field(() => AddressType, { nullable: true, description: 'The address as saved; null when removed or held for approval.' }) address: AddressType | null;
  @Field(() => ChangeRequestType, { nullable: true, description: 'Set when a protected billing address change waits for approval (DQ-04).' })
  changeRequest: ChangeRequestType | null;
}
