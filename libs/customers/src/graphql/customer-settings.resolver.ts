import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountOwnershipService } from '../application/account-ownership.service';
import { TierRulesService } from '../application/tiers/tier-rules.service';
import { CustomerSettingsType } from './account-changes.graphql-types';
import { tierRulesType } from './tier-rules.resolver';
import { CustomerTierRulesType } from './tier-rules.graphql-types';

/** The rest of the tenant's customer settings on one type, for the administrators' settings screen (ACC-02, CUS-05). */
@Resolver(() => CustomerSettingsType)
export class CustomerSettingsResolver {
  constructor(
    private readonly ownership: AccountOwnershipService,
    private readonly tiers: TierRulesService,
  ) {}

  @ResolveField(() => Int, { description: 'How many pool customers one rep may hold at once; change with updatePoolSettings.' })
  poolClaimLimit(): Promise<number> {
    return this.ownership.poolClaimLimit();
  }

  @ResolveField(() => CustomerTierRulesType, { nullable: true, description: 'Null: tiers are entered by hand; change with updateCustomerTierRules.' })
  async tierRules(): Promise<CustomerTierRulesType | null> {
    return tierRulesType(await this.tiers.get());
  }
}
