import { graphql } from '../../gql';

export const OwnershipTargetsQuery = graphql(`
  query OwnershipTargets {
    ownershipTargets {
      users {
        id
        displayName
        email
      }
      units {
        id
        name
      }
    }
  }
`);

export const AssignAccountsMutation = graphql(`
  mutation AssignAccounts($input: AssignAccountsInput!) {
    assignAccounts(input: $input) {
      accounts {
        id
        ownerId
      }
    }
  }
`);

export const TransferAccountsMutation = graphql(`
  mutation TransferAccounts($input: TransferAccountsInput!) {
    transferAccounts(input: $input) {
      accounts {
        id
        ownerId
      }
    }
  }
`);

export const ShareAccountsMutation = graphql(`
  mutation ShareAccounts($input: ShareAccountsInput!) {
    shareAccounts(input: $input) {
      accounts {
        id
      }
    }
  }
`);

export const UnshareAccountsMutation = graphql(`
  mutation UnshareAccounts($input: UnshareAccountsInput!) {
    unshareAccounts(input: $input) {
      accounts {
        id
      }
    }
  }
`);

export const ReleaseAccountsMutation = graphql(`
  mutation ReleaseAccounts($input: ReleaseAccountsInput!) {
    releaseAccounts(input: $input) {
      accounts {
        id
        ownerId
      }
    }
  }
`);

export const ClaimAccountsMutation = graphql(`
  mutation ClaimAccounts($input: ClaimAccountsInput!) {
    claimAccounts(input: $input) {
      accounts {
        id
        ownerId
      }
    }
  }
`);

export const PublicPoolQuery = graphql(`
  query PublicPool($first: Int, $after: String, $filter: AccountFilter) {
    publicPool(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          name
          lifecycleStage
          industry
          tags
          createdAt
        }
      }
    }
    poolQuota {
      limit
      held
      remaining
    }
  }
`);

export const OwnershipHistoryQuery = graphql(`
  query OwnershipHistory($id: ID!) {
    account(id: $id) {
      id
      ownershipHistory {
        action
        occurredAt
        fromOwner {
          id
          displayName
        }
        toOwner {
          id
          displayName
        }
        actor {
          id
          displayName
        }
      }
    }
  }
`);
