import { graphql } from '../../gql';

export const CustomerAdminSettingsQuery = graphql(`
  query CustomerAdminSettings {
    customerSettings {
      poolClaimLimit
      lifecycle {
        inactiveAfterMonths
        churnedAfterMonths
      }
      tierRules {
        currency
        thresholds {
          tier
          minValue
        }
      }
    }
  }
`);

export const UpdatePoolSettingsMutation = graphql(`
  mutation UpdatePoolSettings($input: UpdatePoolSettingsInput!) {
    updatePoolSettings(input: $input) {
      poolClaimLimit
    }
  }
`);

export const UpdateCustomerTierRulesMutation = graphql(`
  mutation UpdateCustomerTierRules($input: UpdateCustomerTierRulesInput!) {
    updateCustomerTierRules(input: $input) {
      tierRules {
        currency
        thresholds {
          tier
          minValue
        }
      }
      recomputeJobId
    }
  }
`);

export const UpdateCustomerLifecycleSettingsMutation = graphql(`
  mutation UpdateCustomerLifecycleSettings($input: UpdateCustomerLifecycleSettingsInput!) {
    updateCustomerLifecycleSettings(input: $input) {
      inactiveAfterMonths
      churnedAfterMonths
    }
  }
`);

export const RunCustomerLifecycleDetectionMutation = graphql(`
  mutation RunCustomerLifecycleDetection {
    runCustomerLifecycleDetection {
      jobId
    }
  }
`);
