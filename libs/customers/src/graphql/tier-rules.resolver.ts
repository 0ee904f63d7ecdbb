import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TierRulesService } from '../application/tiers/tier-rules.service';
import type { TierRules } from '../domain/value/tier';
import { CustomerTierRulesType, UpdateCustomerTierRulesInput, UpdateCustomerTierRulesPayload } from './tier-rules.graphql-types';

export const tierRulesType = (rules: TierRules | null): CustomerTierRulesType | null =>
  rules && {
    currency: rules.currency,
    thresholds: [...rules.thresholds]
      .sort((a, b) => (a.minMinor > b.minMinor ? -1 : 1))
      .map((t) => ({ tier: t.tier, minValue: { amountMinor: t.minMinor, currency: rules.currency } })),
  };

@Resolver()
export class TierRulesResolver {
  constructor(private readonly tiers: TierRulesService) {}

  @Query(() => CustomerTierRulesType, { nullable: true, description: 'Null: tiers are entered by hand.' })
  async customerTierRules(): Promise<CustomerTierRulesType | null> {
    return tierRulesType(await this.tiers.get());
  }

  @Mutation(() => UpdateCustomerTierRulesPayload, { description: 'Sets how value maps to tiers and recomputes every tier in the worker (needs customer:admin).' })
  async updateCustomerTierRules(@Args('input') input: UpdateCustomerTierRulesInput): Promise<UpdateCustomerTierRulesPayload> {
    const { rules, jobId } = await this.tiers.update(input.thresholds);
    return { tierRules: tierRulesType(rules), recomputeJobId: jobId };
  }
}
