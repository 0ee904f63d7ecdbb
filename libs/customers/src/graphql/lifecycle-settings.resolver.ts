import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { LifecycleSettingsService } from '../application/lifecycle/lifecycle-settings.service';
import { CustomerLifecycleSettingsType, RunCustomerLifecycleDetectionPayload, UpdateCustomerLifecycleSettingsInput } from './lifecycle-settings.graphql-types';

@Resolver()
export class LifecycleSettingsResolver {
  constructor(private readonly lifecycle: LifecycleSettingsService) {}

  @Mutation(() => CustomerLifecycleSettingsType, { description: 'Sets when quiet customers become inactive and churned (needs customer:admin).' })
  updateCustomerLifecycleSettings(@Args('input') input: UpdateCustomerLifecycleSettingsInput): Promise<CustomerLifecycleSettingsType> {
    return this.lifecycle.update({ inactiveAfterMonths: input.inactiveAfterMonths ?? null, churnedAfterMonths: input.churnedAfterMonths ?? null });
  }

  @Mutation(() => RunCustomerLifecycleDetectionPayload, { description: 'Runs the daily inactive/churned detection for this tenant now, in the worker (needs customer:admin).' })
  async runCustomerLifecycleDetection(): Promise<RunCustomerLifecycleDetectionPayload> {
    return { jobId: await this.lifecycle.runNow() };
  }
}
