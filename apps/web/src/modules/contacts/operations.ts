import { graphql } from '../../gql';

export const ContactCardFields = graphql(`
  fragment ContactCardFields on Contact {
    id
    accountId
    givenName
    familyName
    displayName
    jobTitle
    department
    version
    archivedAt
    contactPoints {
      id
      kind
      value
      normalized
      isPrimary
    }
    consents {
      channel
      status
      source
      updatedAt
    }
  }
`);

export const RelationshipFields = graphql(`
  fragment RelationshipFields on Relationship {
    id
    role
    note
    direction
    createdAt
    other {
      type
      id
      name
      visible
      accountName
    }
  }
`);

export const AccountPeopleQuery = graphql(`
  query AccountPeople($id: ID!, $includeArchived: Boolean! = false) {
    account(id: $id) {
      id
      contacts(includeArchived: $includeArchived) {
        ...ContactCardFields
      }
      relationships {
        ...RelationshipFields
      }
    }
  }
`);

export const CreateContactMutation = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        ...ContactCardFields
      }
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact {
        ...ContactCardFields
      }
    }
  }
`);

export const DeleteContactMutation = graphql(`
  mutation DeleteContact($input: DeleteContactInput!) {
    deleteContact(input: $input) {
      deletedId
    }
  }
`);

export const SetContactConsentMutation = graphql(`
  mutation SetContactConsent($input: SetContactConsentInput!) {
    setContactConsent(input: $input) {
      contact {
        id
        version
        consents {
          channel
          status
          source
          updatedAt
        }
      }
    }
  }
`);

export const AddRelationshipMutation = graphql(`
  mutation AddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      relationshipId
    }
  }
`);

export const RemoveRelationshipMutation = graphql(`
  mutation RemoveRelationship($input: RemoveRelationshipInput!) {
    removeRelationship(input: $input) {
      removedId
    }
  }
`);

export const PartyAccountsQuery = graphql(`
  query PartyAccounts($search: String) {
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

export const PartyContactsQuery = graphql(`
  query PartyContacts($search: String) {
    contacts(first: 10, filter: { search: $search }) {
      edges {
        node {
          id
          displayName
          account {
            id
            name
          }
        }
      }
    }
  }
`);
