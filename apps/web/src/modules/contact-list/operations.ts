import { graphql } from '../../gql';

export const ContactRowFields = graphql(`
  fragment ContactRowFields on Contact {
    id
    accountId
    displayName
    jobTitle
    department
    tags
    version
    archivedAt
    createdAt
    updatedAt
    account {
      id
      name
    }
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

export const ContactsListQuery = graphql(`
  query ContactsList($first: Int, $after: String, $filter: ContactFilter, $orderBy: ContactOrderBy) {
    contacts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ContactRowFields
        }
      }
    }
  }
`);

export const ContactFilterAccountsQuery = graphql(`
  query ContactFilterAccounts($search: String) {
    accounts(first: 10, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ContactFilterAccountQuery = graphql(`
  query ContactFilterAccount($id: ID!) {
    account(id: $id) {
      id
      name
    }
  }
`);

export const ArchiveContactMutation = graphql(`
  mutation ArchiveContact($input: ArchiveContactInput!) {
    archiveContact(input: $input) {
      contact {
        id
        version
        archivedAt
      }
    }
  }
`);

export const RestoreContactMutation = graphql(`
  mutation RestoreContact($input: RestoreContactInput!) {
    restoreContact(input: $input) {
      contact {
        id
        version
        archivedAt
      }
    }
  }
`);

export const ContactDetailQuery = graphql(`
  query ContactDetail($id: ID!) {
    contact(id: $id) {
      ...ContactRowFields
      givenName
      familyName
      birthday
      profileNotes
      archivedBy {
        id
        displayName
      }
      owner {
        id
        displayName
      }
    }
  }
`);

export const ContactInteractionsQuery = graphql(`
  query ContactInteractions($contactId: ID!, $first: Int, $after: String) {
    contactInteractions(contactId: $contactId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InteractionFields
          accountId
        }
      }
    }
  }
`);

export const ArchiveContactsMutation = graphql(`
  mutation ArchiveContacts($input: ArchiveContactsInput!) {
    archiveContacts(input: $input) {
      contacts {
        id
        version
        archivedAt
      }
    }
  }
`);

export const RestoreContactsMutation = graphql(`
  mutation RestoreContacts($input: RestoreContactsInput!) {
    restoreContacts(input: $input) {
      contacts {
        id
        version
        archivedAt
      }
    }
  }
`);

export const AssignContactsMutation = graphql(`
  mutation AssignContacts($input: AssignContactsInput!) {
    assignContacts(input: $input) {
      contacts {
        id
        version
        ownerId
      }
    }
  }
`);

export const TagContactsMutation = graphql(`
  mutation TagContacts($input: TagContactsInput!) {
    tagContacts(input: $input) {
      contacts {
        id
        version
        tags
      }
    }
  }
`);
