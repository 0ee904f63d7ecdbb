import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@crm/platform';
import { AccountFilterInput, AccountOrderBy } from './account.inputs';
import { AccountType } from './account.types';

/** Most accounts one bulk ownership operation takes: a page of the customer list or two. */
export const MAX_BULK_ACCOUNTS = 500;

export enum ShareAccessValue {
  VIEW = 'view',
  EDIT = 'edit',
}
registerEnumType(ShareAccessValue, { name: 'ShareAccess' });

@InputType('AssignAccountsInput')
export class AssignAccountsInput {
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_BULK_ACCOUNTS) @IsUUID('all', { each: true }) accountIds: string[];
  @Field(() => ID, { description: 'The new owner.' }) @IsUUID() ownerId: string;
}

@InputType('TransferAccountsInput')
export class TransferAccountsInput {
  @Field(() => ID) @IsUUID() fromUserId: string;
  @Field(() => ID) @IsUUID() toUserId: string;
  @Field(() => [ID], { nullable: true, description: 'Only these (each must be owned by fromUserId); all of fromUserId’s customers when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_BULK_ACCOUNTS)
  @IsUUID('all', { each: true })
  accountIds?: string[] | null;
}

@InputType('ShareAccountsInput')
export class ShareAccountsInput {
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_BULK_ACCOUNTS) @IsUUID('all', { each: true }) accountIds: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) userIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) unitIds?: string[] | null;
  @Field(() => ShareAccessValue, { nullable: true, description: 'view by default.' }) @IsOptional() @IsEnum(ShareAccessValue) access?: ShareAccessValue | null;
}

@InputType('UnshareAccountsInput')
export class UnshareAccountsInput {
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_BULK_ACCOUNTS) @IsUUID('all', { each: true }) accountIds: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) userIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) unitIds?: string[] | null;
}

@InputType('ReleaseAccountsInput')
export class ReleaseAccountsInput {
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_BULK_ACCOUNTS) @IsUUID('all', { each: true }) accountIds: string[];
}

@InputType('ClaimAccountsInput')
export class ClaimAccountsInput {
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(MAX_BULK_ACCOUNTS) @IsUUID('all', { each: true }) accountIds: string[];
}

@InputType('UpdatePoolSettingsInput')
export class UpdatePoolSettingsInput {
  @Field(() => Int, { description: 'How many pool customers one rep may hold at once.' }) @IsInt() @Min(0) @Max(100000) poolClaimLimit: number;
}

@ArgsType()
export class PublicPoolArgs extends ConnectionArgs {
  @Field(() => AccountFilterInput, { nullable: true, description: 'ownerId is ignored: pool customers have none.' })
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

@ObjectType('ReassignAccountsPayload', { description: 'The customers as they are now.' })
export class ReassignAccountsPayload {
  @Field(() => [AccountType]) accounts: AccountType[];
}

@ObjectType('ShareAccountsPayload')
export class ShareAccountsPayload {
  @Field(() => [AccountType]) accounts: AccountType[];
}

@ObjectType('PoolQuota', { description: 'The signed-in rep’s allowance of public-pool customers.' })
export class PoolQuotaType {
  @Field(() => Int, { description: 'The tenant’s poolClaimLimit.' }) limit: number;
  @Field(() => Int, { description: 'Customers the rep claimed from the pool and still owns.' }) held: number;
  @Field(() => Int) remaining: number;
}

@ObjectType('UpdatePoolSettingsPayload')
export class UpdatePoolSettingsPayload {
  @Field(() => Int) poolClaimLimit: number;
}

@ObjectType('OwnershipChange', { description: 'One change of a customer’s owner; a null owner is the public pool.' })
export class OwnershipChangeType {
  @Field({ description: 'create, assign, transfer, claim or release.' }) action: string;
  @Field(() => ID, { nullable: true }) fromOwnerId: string | null;
  @Field(() => ID, { nullable: true }) toOwnerId: string | null;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field() occurredAt: Date;
}

@ObjectType('Colleague', { description: 'A user customers can be given to or shared with.' })
export class ColleagueType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => ID, { nullable: true }) unitId: string | null;
}

@ObjectType('ColleagueUnit', { description: 'A unit customers can be shared with.' })
export class ColleagueUnitType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
}

@ObjectType('OwnershipTargets', { description: 'Who customers can be assigned, transferred or shared to.' })
export class OwnershipTargetsType {
  @Field(() => [ColleagueType]) users: ColleagueType[];
  @Field(() => [ColleagueUnitType]) units: ColleagueUnitType[];
}
