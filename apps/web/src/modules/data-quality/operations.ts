import { graphql } from '../../gql';

export const DataQualitySummaryQuery = graphql(`
  query DataQualitySummary($staleMonths: Int!) {
    customerDataQuality(staleMonths: $staleMonths) {
      staleMonths
      customerCount
      missingFields {
        field
        count
      }
      duplicateClusterCount
      staleCount
    }
  }
`);

export const DataQualityAccountFields = graphql(`
  fragment DataQualityAccountFields on Account {
    id
    name
    kind
    updatedAt
    owner {
      id
      displayName
    }
  }
`);

export const MissingFieldQuery = graphql(`
  query DataQualityMissing($field: DataQualityField!, $first: Int, $after: String) {
    customerDataQuality {
      missing(field: $field, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...DataQualityAccountFields
          }
        }
      }
    }
  }
`);

export const DuplicateClusterRunFields = graphql(`
  fragment DuplicateClusterRunFields on DuplicateClusterRun {
    computedAt
    requestedAt
    durationMs
  }
`);

export const RecomputeDuplicateClustersMutation = graphql(`
  mutation RecomputeDuplicateClusters {
    recomputeDuplicateClusters {
      ...DuplicateClusterRunFields
    }
  }
`);

export const DuplicateClustersQuery = graphql(`
  query DataQualityDuplicates($first: Int, $after: String) {
    customerDataQuality {
      duplicateClusterRun {
        ...DuplicateClusterRunFields
      }
      duplicateClusters(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            size
            hiddenCount
            accountIds
            reasons {
              code
              key
            }
            accounts {
              ...DataQualityAccountFields
            }
          }
        }
      }
    }
  }
`);

export const StaleAccountsQuery = graphql(`
  query DataQualityStale($staleMonths: Int!, $first: Int, $after: String) {
    customerDataQuality(staleMonths: $staleMonths) {
      stale(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...DataQualityAccountFields
          }
        }
      }
    }
  }
`);

export const CustomerValueQuery = graphql(`
  query CustomerValue($id: ID!) {
    account(id: $id) {
      id
      tier
      value
      unknownFields
    }
    customerTierRules {
      currency
      thresholds {
        tier
        minValue
      }
    }
  }
`);
