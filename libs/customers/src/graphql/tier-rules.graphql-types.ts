import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MoneyScalar, type Money } from '@crm/platform';

@ObjectType('TierThreshold')
export class TierThresholdType {
  @Field() tier: string;
  @Field(() => MoneyScalar, { description: 'The smallest customer value that earns this tier.' }) minValue: Money;
}

@ObjectType('CustomerTierRules', { description: 'How customer value maps to tiers (CUS-05).' })
export class CustomerTierRulesType {
  @Field() currency: string;
  @Field(() => [TierThresholdType], { description: 'Highest first.' }) thresholds: TierThresholdType[];
}

@InputType('TierThresholdInput')
export class TierThresholdInput {
  @Field() @IsString() @MaxLength(20) tier: string;
  @Field(() => MoneyScalar) @IsDefined() minValue: Money;
}

@InputType('UpdateCustomerTierRulesInput')
export class UpdateCustomerTierRulesInput {
  @Field(() => [TierThresholdInput], { description: 'Empty: tiers are entered by hand.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TierThresholdInput)
  thresholds: TierThresholdInput[];
}

@ObjectType('UpdateCustomerTierRulesPayload')
export class UpdateCustomerTierRulesPayload {
  @Field(() => CustomerTierRulesType, { nullable: true }) tierRules: CustomerTierRulesType | null;
  @Field(() => ID, { nullable: true, description: 'The worker job recomputing every tier.' }) recomputeJobId: string | null;
}
