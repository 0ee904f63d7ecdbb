import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { ConnectionArgs, OrderByInput, OrderByValue } from '../../graphql/connection/connection.types';
import { DataScopeValue, SortDirection, UserOrderField } from './access.enums';

export const MIN_PASSWORD_LENGTH = 10;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

// ---------- organisation units ----------
@InputType()
export class CreateOrgUnitInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType({ description: 'Omitted fields stay; parentId null moves the unit to the top; moving re-paths the subtree.' })
export class UpdateOrgUnitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType({ description: 'Refused while the unit has members or child units.' })
export class DeleteOrgUnitInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

// ---------- roles ----------
@InputType()
export class CreateRoleInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @Field(() => DataScopeValue)
  @IsEnum(DataScopeValue)
  dataScope: DataScopeValue;

  @Field(() => [String], { description: '`recordType:action`, `recordType:*` or `*:*`; see permissionCatalog.' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  permissions: string[];
}

@InputType()
export class UpdateRoleInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;

  @Field(() => DataScopeValue, { nullable: true })
  @IsOptional()
  @IsEnum(DataScopeValue)
  dataScope?: DataScopeValue;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  permissions?: string[];
}

@InputType({ description: 'Refused for built-in roles and for roles still assigned to someone.' })
export class DeleteRoleInput {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

// ---------- users ----------
@InputType()
export class CreateUserInput {
  // The contract's Email scalar comes with the shared GraphQL plumbing; until then a validated String.
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `password must be at least ${MIN_PASSWORD_LENGTH} characters` })
  @MaxLength(200)
  password: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'roleIds must be role ids' })
  roleIds: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(LOCALE, { message: 'locale must be a language tag such as zh-CN or en' })
  locale?: string;
}

@InputType({ description: 'Omitted fields stay; unitId null takes the user out of every unit; roleIds replaces the roles.' })
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'roleIds must be role ids' })
  roleIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(LOCALE, { message: 'locale must be a language tag such as zh-CN or en' })
  locale?: string;
}

@InputType()
export class UserFilter {
  @Field({ nullable: true, description: 'Part of the email or display name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  roleId?: string;
}

/** `input UserOrderBy { field: UserOrderField! direction: SortDirection! }`; email ascending when omitted. */
export const UserOrderBy = OrderByInput(
  'User',
  UserOrderField,
  { [UserOrderField.EMAIL]: 'email', [UserOrderField.DISPLAY_NAME]: 'displayName', [UserOrderField.CREATED_AT]: 'createdAt' },
  { field: UserOrderField.EMAIL, direction: SortDirection.ASC },
);
export type UserOrderBy = OrderByValue<UserOrderField>;

/** The arguments of the `users` connection: Relay paging, a filter and an order. */
@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => UserFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilter)
  filter?: UserFilter | null;

  @Field(() => UserOrderBy, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserOrderBy)
  orderBy?: UserOrderBy | null;
}
