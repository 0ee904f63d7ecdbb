import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs, OrderByInput, SortDirection } from '@crm/platform';
import { AddressInput, ContactPointInput, NestedListField } from './account.inputs';
import { ConsentChannelValue, ConsentStatusValue, ContactArchiveStateValue, PartyTypeValue, RelationshipRoleValue } from './contact.types';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

@InputType({ isAbstract: true })
abstract class ContactFieldsInput {
  @Field(() => String, { nullable: true, description: 'Given name (名).' }) @IsOptional() @IsString() @MaxLength(100) givenName?: string | null;
  @Field(() => String, { nullable: true, description: 'Family name (姓).' }) @IsOptional() @IsString() @MaxLength(100) familyName?: string | null;
  @Field(() => String, { nullable: true, description: 'As the person writes it; composed from the parts when empty.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  displayName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) jobTitle?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) department?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'must be a date as YYYY-MM-DD' })
  birthday?: string | null;
  @Field(() => String, { nullable: true, description: 'Personality, habits and preferences noted by staff.' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  profileNotes?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MaxLength(50, { each: true }) tags?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Optional facts to record as explicitly unknown (jobTitle, department, birthday).' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  unknownFields?: string[] | null;
  @NestedListField(ContactPointInput, 30, 'Phones (to E.164), e-mails and handles; on update the whole list is replaced.')
  contactPoints?: ContactPointInput[] | null;
  @NestedListField(AddressInput, 10, 'On update the whole list is replaced.')
  addresses?: AddressInput[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Save even though duplicates are suspected.' }) @IsOptional() @IsBoolean() allowDuplicate?: boolean | null;
}

@InputType('CreateContactInput')
export class CreateContactInput extends ContactFieldsInput {
  @Field(() => ID, { nullable: true, description: 'The customer the person works at (or is).' }) @IsOptional() @IsUUID() accountId?: string | null;
}

@InputType('UpdateContactInput')
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version the editor saw.' }) @IsInt() @Min(1) version: number;
  @Field(() => ID, { nullable: true, description: 'Moves the person to another customer; null: to none; omitted: unchanged.' })
  @IsOptional()
  @IsUUID()
  accountId?: string | null;
}

@InputType('DeleteContactInput')
export class DeleteContactInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType('ArchiveContactInput')
export class ArchiveContactInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version the user saw.' }) @IsInt() @Min(1) version: number;
}

@InputType('RestoreContactInput')
export class RestoreContactInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version the user saw.' }) @IsInt() @Min(1) version: number;
}

@InputType('CheckContactDuplicatesInput')
export class CheckContactDuplicatesInput {
  @Field() @IsString() @MaxLength(200) name: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) emails?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) phones?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'The customer the person works at: namesakes there rank first.' }) @IsOptional() @IsUUID() accountId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The contact being edited, left out of its own candidates.' }) @IsOptional() @IsUUID() excludeId?: string | null;
}

@InputType('SetContactConsentInput')
export class SetContactConsentInput {
  @Field(() => ID) @IsUUID() contactId: string;
  @Field(() => ConsentChannelValue) @IsEnum(ConsentChannelValue) channel: ConsentChannelValue;
  @Field(() => ConsentStatusValue) @IsEnum(ConsentStatusValue) status: ConsentStatusValue;
  @Field(() => String, { nullable: true, description: 'Where the answer came from: form, call, email, visit...' }) @IsOptional() @IsString() @MaxLength(100) source?: string | null;
}

@InputType('AddRelationshipInput')
export class AddRelationshipInput {
  @Field(() => PartyTypeValue) @IsEnum(PartyTypeValue) fromType: PartyTypeValue;
  @Field(() => ID) @IsUUID() fromId: string;
  @Field(() => PartyTypeValue) @IsEnum(PartyTypeValue) toType: PartyTypeValue;
  @Field(() => ID) @IsUUID() toId: string;
  @Field(() => RelationshipRoleValue) @IsEnum(RelationshipRoleValue) role: RelationshipRoleValue;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType('RemoveRelationshipInput')
export class RemoveRelationshipInput {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType('ContactFilter')
export class ContactFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() accountId?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in any spelling (Traditional/Simplified, pinyin), or part (2 characters or more) of any address (province, city, district, street, postcode) or contact point (e-mail, phone, WeChat and other handles).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) tag?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only people with an e-mail; false: only people without one.' }) @IsOptional() @IsBoolean() hasEmail?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only people with a phone or mobile; false: only people without one.' }) @IsOptional() @IsBoolean() hasPhone?: boolean | null;
  @Field(() => ContactArchiveStateValue, { nullable: true, description: 'Left out: ACTIVE (archived people are hidden).' })
  @IsOptional()
  @IsEnum(ContactArchiveStateValue)
  archived?: ContactArchiveStateValue | null;
}

export enum ContactOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

export const ContactOrderBy = OrderByInput(
  'Contact',
  ContactOrderField,
  { NAME: 'displayName', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt' },
  { field: ContactOrderField.NAME, direction: SortDirection.ASC },
);
export type ContactOrderBy = InstanceType<typeof ContactOrderBy>;

@ArgsType()
export class ContactsArgs extends ConnectionArgs {
  @Field(() => ContactFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactFilterInput)
  filter?: ContactFilterInput | null;

  @Field(() => ContactOrderBy, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactOrderBy)
  orderBy?: ContactOrderBy | null;
}

@ArgsType()
export class AccountContactsArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Also the archived people (marked with archivedAt).' }) @IsOptional() @IsBoolean() includeArchived: boolean;
}

@ArgsType()
export class ContactIdArgs {
  @Field(() => ID) @IsUUID() id: string;
}
