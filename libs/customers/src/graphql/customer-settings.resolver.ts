import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountOwnershipService } from '../application/account-ownership.service';
import { LifecycleSettingsService } from '../application/lifecycle/lifecycle-settings.service';
import { TierRulesService } from '../application/tiers/tier-rules.service';
import { CustomerSettingsType } from './account-changes.graphql-types';
import { CustomerLifecycleSettingsType } from './lifecycle-settings.graphql-types';
import { tierRulesType } from './tier-rules.resolver';
import { CustomerTierRulesType } from './tier-rules.graphql-types';

/** The rest of the tenant's customer settings on one type, for the administrators' settings screen (ACC-02, CUS-05, CUS-07). */
@Resolver(() => CustomerSettingsType)
export class CustomerSettingsResolver {
  constructor(
    private readonly ownership: AccountOwnershipService,
    private readonly tiers: TierRulesService,
    private readonly lifecycleSettings: LifecycleSettingsService,
  ) {}

  @ResolveField(() => Int, { description: 'How many pool customers one rep may hold at once; change with updatePoolSettings.' })
  poolClaimLimit(): Promise<number> {
    return this.ownership.poolClaimLimit();
  }

  @ResolveField(() => CustomerTierRulesType, { nullable: true, description: 'Null: tiers are entered by hand; change with updateCustomerTierRules.' })
  async tierRules(): Promise<CustomerTierRulesType | null> {
    return tierRulesType(await this.tiers.get());
  }

  @ResolveField(() => CustomerLifecycleSettingsType, { description: 'When quiet customers become inactive and churned; change with updateCustomerLifecycleSettings.' })
  lifecycle(): Promise<CustomerLifecycleSettingsType> {
    return this.lifecycleSettings.get();
  }
}
