import { graphql } from '../../gql';

export const CustomerAdminSettingsQuery = graphql(`
  query CustomerAdminSettings {
    customerSettings {
      poolClaimLimit
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
