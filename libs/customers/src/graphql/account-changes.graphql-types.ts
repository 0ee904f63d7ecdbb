import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { Connection, FieldChangeEntryType, ForwardConnectionArgs, MoneyScalar, type Money } from '@crm/platform';
import type { ChangeRequestEntity } from '../infrastructure/change-request.entity';
import { ContactPointInput, NestedListField } from './account.inputs';
import { AccountType, LifecycleStageValue } from './account.types';

export enum ChangeRequestStatusValue {
  PENDING = 'pending',
  APPROVED = 'approved',
  REJECTED = 'rejected',
}
registerEnumType(ChangeRequestStatusValue, { name: 'ChangeRequestStatus' });

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

@ObjectType('ChangeRequest', { description: 'A change of protected fields waiting for (or decided by) an approver.' })
export class ChangeRequestType {
  @Field(() => ID) id: string;
  @Field(() => ID) recordId: string;
  @Field(() => [FieldChangeEntryType], { description: 'Requested values, JSON-encoded, with the values they replace.' }) changes: FieldChangeEntryType[];
  @Field(() => ChangeRequestStatusValue) status: string;
  @Field(() => ID, { nullable: true }) requestedById: string | null;
  @Field() requestedAt: Date;
  @Field(() => ID, { nullable: true }) decidedById: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionNote: string | null;

  static from(row: ChangeRequestEntity): ChangeRequestType {
    return Object.assign(new ChangeRequestType(), {
      ...row,
      changes: Object.entries(row.changes).map(([field, change]) => ({ field, before: json(change.before), after: json(change.after) })),
    });
  }
}

export const ChangeRequestConnection = Connection(ChangeRequestType);

@InputType('UpdateAccountInput')
export class UpdateAccountInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you edited; a newer one makes the update fail with VERSION_CONFLICT.' }) @IsInt() version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field(() => LifecycleStageValue, { nullable: true }) @IsOptional() @IsEnum(LifecycleStageValue) lifecycleStage?: LifecycleStageValue;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) industry?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100) source?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) taxId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) creditTermsDays?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20) tier?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) tags?: string[];
  @Field(() => [String], { nullable: true, description: 'The full list of facts recorded as unknown; a field given a value leaves it.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  unknownFields?: string[];
  @Field(() => MoneyScalar, { nullable: true, description: 'Customer value; null clears it.' }) @IsOptional() value?: Money | null;
  @NestedListField(
    ContactPointInput,
    30,
    'The whole list of phones, e-mails and handles (replaces the current one; omit to keep it). A new phone or e-mail another customer has asks first (DUPLICATE_SUSPECTED) unless allowDuplicate.',
  )
  contactPoints?: ContactPointInput[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() allowDuplicate?: boolean | null;
}

@ObjectType('UpdateAccountPayload')
export class UpdateAccountPayload {
  @Field(() => AccountType) account: AccountType;
  @Field(() => ChangeRequestType, { nullable: true, description: 'Set when protected fields were held back for approval.' })
  changeRequest: ChangeRequestType | null;
}

@InputType('DecideChangeRequestInput')
export class DecideChangeRequestInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

@ObjectType('DecideChangeRequestPayload')
export class DecideChangeRequestPayload {
  @Field(() => ChangeRequestType) changeRequest: ChangeRequestType;
  @Field(() => AccountType) account: AccountType;
}

@ObjectType('CustomerSettings')
export class CustomerSettingsType {
  @Field(() => [String], { description: 'Account fields whose changes need approval.' }) protectedAccountFields: string[];
}

@InputType('UpdateCustomerSettingsInput')
export class UpdateCustomerSettingsInput {
  @Field(() => [String]) @IsArray() @IsString({ each: true }) protectedAccountFields: string[];
}

@ArgsType()
export class PendingChangeRequestsArgs extends ForwardConnectionArgs {}

