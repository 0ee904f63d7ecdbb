import { graphql } from '../../gql';

export const AccountRowFields = graphql(`
  fragment AccountRowFields on Account {
    id
    kind
    name
    lifecycleStage
    industry
    tags
    createdAt
    updatedAt
    owner {
      id
      displayName
    }
    contactPoints {
      id
      kind
      value
      isPrimary
    }
  }
`);

export const AccountsQuery = graphql(`
  query Accounts($first: Int, $after: String, $filter: AccountFilter, $orderBy: AccountOrderBy) {
    accounts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AccountRowFields
        }
      }
    }
  }
`);

export const AccountQuery = graphql(`
  query Account($id: ID!) {
    account(id: $id) {
      id
      kind
      name
      lifecycleStage
      industry
      source
      website
      taxId
      tier
      notes
      tags
      unknownFields
      createdAt
      updatedAt
      version
      owner {
        id
        displayName
        email
      }
      contactPoints {
        id
        kind
        value
        normalized
        label
        isPrimary
      }
      addresses {
        id
        kind
        street
        district
        city
        province
        postcode
        country
        isPrimary
      }
    }
  }
`);

export const CustomerAuditTrailQuery = graphql(`
  query CustomerAuditTrail($recordId: String!, $first: Int, $after: String) {
    auditTrail(recordType: "customer", recordId: $recordId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          channel
          occurredAt
          actor {
            id
            displayName
          }
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`);

export const CheckAccountDuplicatesQuery = graphql(`
  query CheckAccountDuplicates($input: CheckAccountDuplicatesInput!) {
    checkAccountDuplicates(input: $input) {
      accountId
      name
      ownerId
      score
      visible
      reasons {
        code
        weight
      }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        ...AccountRowFields
      }
    }
  }
`);
