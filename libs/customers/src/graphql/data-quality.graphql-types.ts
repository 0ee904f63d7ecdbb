import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Connection, ForwardConnectionArgs } from '@crm/platform';
import { MatchReasonCodeValue } from './account.types';

export enum DataQualityFieldValue {
  PHONE = 'phone',
  EMAIL = 'email',
  INDUSTRY = 'industry',
  SOURCE = 'source',
  TAX_ID = 'taxId',
  OWNER = 'owner',
  ADDRESS = 'address',
}
registerEnumType(DataQualityFieldValue, {
  name: 'DataQualityField',
  description: 'A key fact the data-quality report checks; TAX_ID only for companies, OWNER null means the public pool.',
});

@ArgsType()
export class CustomerDataQualityArgs {
  @Field(() => Int, { defaultValue: 6, description: 'A customer is stale after this many months without an update or an interaction (1-120).' })
  @IsInt()
  @Min(1)
  @Max(120)
  staleMonths: number = 6;
}

@ArgsType()
export class MissingFieldArgs extends ForwardConnectionArgs {
  @Field(() => DataQualityFieldValue) @IsEnum(DataQualityFieldValue) field: DataQualityFieldValue;
}

@ArgsType()
export class DataQualityPageArgs extends ForwardConnectionArgs {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) override first?: number | null;
}

@ObjectType('MissingFieldCount')
export class MissingFieldCountType {
  @Field(() => DataQualityFieldValue) field: string;
  @Field(() => Int, { description: 'Visible customers lacking it, not counting those where it is recorded as unknown.' }) count: number;
}

@ObjectType('DuplicateClusterReason')
export class DuplicateClusterReasonType {
  @Field(() => MatchReasonCodeValue) code: string;
  @Field({ description: 'The shared value: a normalised e-mail or phone, a name key or a pinyin.' }) key: string;
}

@ObjectType('DuplicateCluster', { description: 'Customers the dedup rules strongly match with each other (DQ-05): candidates for a merge.' })
export class DuplicateClusterType {
  @Field(() => ID, { description: 'Derived from the members by a one-way hash: stable while the members stay, names none of them.' }) id: string;
  @Field(() => Int, { description: 'Live members, including those the caller may not see.' }) size: number;
  @Field(() => [ID], { description: 'The members the caller may see.' }) accountIds: string[];
  @Field(() => Int, { description: 'Members the caller may not see (another owner’s): counted, not shown; ask their owners.' }) hiddenCount: number;
  @Field(() => [DuplicateClusterReasonType]) reasons: DuplicateClusterReasonType[];
}

export const DuplicateClusterConnection = Connection(DuplicateClusterType);

@ObjectType('CustomerDataQuality', { description: 'The data-quality report over the customers the caller may see (DQ-05).' })
export class CustomerDataQualityType {
  @Field(() => Int) staleMonths: number;
}

@ObjectType('DuplicateClusterRun', { description: 'When the stored duplicate clusters were computed by the worker (DQ-05).' })
export class DuplicateClusterRunType {
  @Field(() => Date, { nullable: true, description: 'Null until the first computation.' }) computedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When a recompute was asked for and not yet done.' }) requestedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'How long the last computation took.' }) durationMs: number | null;
}
