import { graphql } from '../../gql';

export const AccountRowFields = graphql(`
  fragment AccountRowFields on Account {
    id
    kind
    name
    lifecycleStage
    industry
    tier
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
      value
      creditTermsDays
      notes
      tags
      unknownFields
      createdAt
      updatedAt
      version
      pendingChangeRequests {
        ...ChangeRequestFields
      }
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
        ...CustomerAddressFields
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

export const ChangeRequestFields = graphql(`
  fragment ChangeRequestFields on ChangeRequest {
    id
    recordId
    status
    requestedAt
    requestedById
    changes {
      field
      before
      after
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        id
        version
        name
        lifecycleStage
        industry
        source
        website
        taxId
        tier
        creditTermsDays
        notes
        tags
        unknownFields
        updatedAt
        pendingChangeRequests {
          ...ChangeRequestFields
        }
      }
      changeRequest {
        ...ChangeRequestFields
      }
    }
  }
`);

export const AccountNameQuery = graphql(`
  query AccountName($id: ID!) {
    account(id: $id) {
      id
      name
    }
  }
`);

/** One address of a customer, as the page shows and edits it. */
export const CustomerAddressFields = graphql(`
  fragment CustomerAddressFields on Address {
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
`);

/** The account as an address change leaves it: its addresses, what waits for approval, its version. */
export const AccountAddressesFields = graphql(`
  fragment AccountAddressesFields on Account {
    id
    version
    unknownFields
    updatedAt
    addresses {
      ...CustomerAddressFields
    }
    pendingChangeRequests {
      ...ChangeRequestFields
    }
  }
`);

export const SaveAccountAddressMutation = graphql(`
  mutation SaveAccountAddress($input: SaveAccountAddressInput!) {
    saveAccountAddress(input: $input) {
      account {
        ...AccountAddressesFields
      }
      address {
        id
      }
      changeRequest {
        ...ChangeRequestFields
      }
    }
  }
`);

export const RemoveAccountAddressMutation = graphql(`
  mutation RemoveAccountAddress($input: RemoveAccountAddressInput!) {
    removeAccountAddress(input: $input) {
      account {
        ...AccountAddressesFields
      }
      changeRequest {
        ...ChangeRequestFields
      }
    }
  }
`);

export const PendingChangeRequestsQuery = graphql(`
  query PendingChangeRequests($first: Int, $after: String) {
    pendingChangeRequests(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ChangeRequestFields
        }
      }
    }
  }
`);

export const ApproveChangeRequestMutation = graphql(`
  mutation ApproveChangeRequest($input: DecideChangeRequestInput!) {
    approveChangeRequest(input: $input) {
      changeRequest {
        id
        status
      }
      account {
        id
        version
        creditTermsDays
        taxId
        pendingChangeRequests {
          id
        }
      }
    }
  }
`);

export const RejectChangeRequestMutation = graphql(`
  mutation RejectChangeRequest($input: DecideChangeRequestInput!) {
    rejectChangeRequest(input: $input) {
      changeRequest {
        id
        status
      }
      account {
        id
        pendingChangeRequests {
          id
        }
      }
    }
  }
`);

export const CustomerSettingsQuery = graphql(`
  query CustomerSettings {
    customerSettings {
      protectedAccountFields
    }
  }
`);

export const UpdateCustomerSettingsMutation = graphql(`
  mutation UpdateCustomerSettings($input: UpdateCustomerSettingsInput!) {
    updateCustomerSettings(input: $input) {
      protectedAccountFields
    }
  }
`);

export const MergeCandidatesQuery = graphql(`
  query MergeCandidate($id: ID!) {
    account(id: $id) {
      id
      name
      lifecycleStage
      tier
      industry
      source
      website
      taxId
      creditTermsDays
      notes
      tags
    }
  }
`);

export const MergeAccountsMutation = graphql(`
  mutation MergeAccounts($input: MergeAccountsInput!) {
    mergeAccounts(input: $input) {
      account {
        id
        name
      }
      merge {
        id
      }
    }
  }
`);

/** What a merge history shows of one merge, for customers and for people. */
export const MergeRecordFieldsFragment = graphql(`
  fragment MergeRecordFields on MergeRecord {
    id
    mergedAt
    mergedIds
    mergedNames
    provenance {
      field
      fromId
      value
    }
    moved {
      kind
      count
    }
  }
`);

export const AccountMergeHistoryQuery = graphql(`
  query AccountMergeHistory($accountId: ID!) {
    accountMergeHistory(accountId: $accountId) {
      ...MergeRecordFields
    }
  }
`);
