import { graphql } from '../../gql';

export const UserRowFields = graphql(`
  fragment UserRowFields on User {
    id
    email
    displayName
    locale
    isActive
    createdAt
    lastSignInAt
    unit {
      id
      name
    }
    roles {
      id
      name
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($first: Int, $after: String, $filter: UserFilter, $orderBy: UserOrderBy) {
    users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...UserRowFields
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...UserRowFields
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...UserRowFields
      }
    }
  }
`);
