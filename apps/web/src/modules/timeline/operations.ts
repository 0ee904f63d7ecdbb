import { graphql } from '../../gql';

export const InteractionFields = graphql(`
  fragment InteractionFields on Interaction {
    id
    kind
    direction
    subject
    summary
    occurredAt
    contactId
    contact {
      id
      displayName
    }
    managerReply
    reviewedAt
    reviewedBy {
      id
      displayName
    }
    author {
      id
      displayName
    }
  }
`);

export const CustomerTimelineQuery = graphql(`
  query CustomerTimeline($accountId: ID!, $first: Int, $after: String, $filter: TimelineFilter) {
    customerTimeline(accountId: $accountId, first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          occurredAt
          title
          titleKey
          summary
          source
          actor {
            id
            displayName
          }
          link {
            recordType
            recordId
            path
          }
          interaction {
            ...InteractionFields
          }
          document {
            id
            fileName
          }
        }
      }
    }
  }
`);

export const LogInteractionMutation = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      interaction {
        ...InteractionFields
      }
    }
  }
`);

export const ReviewInteractionMutation = graphql(`
  mutation ReviewInteraction($input: ReviewInteractionInput!) {
    reviewInteraction(input: $input) {
      interaction {
        ...InteractionFields
      }
    }
  }
`);

export const InteractionsToReviewQuery = graphql(`
  query InteractionsToReview($first: Int, $after: String) {
    interactionsToReview(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InteractionFields
          account {
            id
            name
          }
        }
      }
    }
  }
`);

export const UpdateInteractionMutation = graphql(`
  mutation UpdateInteraction($input: UpdateInteractionInput!) {
    updateInteraction(input: $input) {
      interaction {
        ...InteractionFields
      }
    }
  }
`);

export const InteractionContactOptionsQuery = graphql(`
  query InteractionContactOptions($accountId: ID!) {
    account(id: $accountId) {
      id
      contacts {
        id
        displayName
        jobTitle
      }
    }
  }
`);
