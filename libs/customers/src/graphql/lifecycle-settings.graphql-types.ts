import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_LIFECYCLE_MONTHS } from '../domain/lifecycle/automatic-stage';

@ObjectType('CustomerLifecycleSettings', { description: 'When customers without interaction become inactive, then churned, automatically (CUS-07).' })
export class CustomerLifecycleSettingsType {
  @Field(() => Int, { nullable: true, description: 'Months without interaction after which a customer becomes inactive; null: no automatic stages.' })
  inactiveAfterMonths: number | null;
  @Field(() => Int, { nullable: true, description: 'Months without interaction after which a customer becomes churned; null: never automatically.' })
  churnedAfterMonths: number | null;
}

@InputType('UpdateCustomerLifecycleSettingsInput')
export class UpdateCustomerLifecycleSettingsInput {
  @Field(() => Int, { nullable: true, description: `1 to ${MAX_LIFECYCLE_MONTHS}; omitted or null: automatic stages off.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_LIFECYCLE_MONTHS)
  inactiveAfterMonths?: number | null;

  @Field(() => Int, { nullable: true, description: `More than inactiveAfterMonths, at most ${MAX_LIFECYCLE_MONTHS}; omitted or null: nobody churns automatically.` })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(MAX_LIFECYCLE_MONTHS)
  churnedAfterMonths?: number | null;
}

@ObjectType('RunCustomerLifecycleDetectionPayload')
export class RunCustomerLifecycleDetectionPayload {
  @Field(() => ID, { description: 'The worker job moving quiet customers to inactive or churned.' }) jobId: string;
}
