import { graphql } from '../../gql';

export const ContactMergeCandidateQuery = graphql(`
  query ContactMergeCandidate($id: ID!) {
    contact(id: $id) {
      id
      givenName
      familyName
      displayName
      jobTitle
      department
      birthday
      profileNotes
      tags
      account {
        id
        name
      }
      contactPoints {
        id
        kind
        value
      }
      consents {
        channel
        status
      }
    }
  }
`);

export const MergeContactsMutation = graphql(`
  mutation MergeContacts($input: MergeContactsInput!) {
    mergeContacts(input: $input) {
      contact {
        id
        displayName
      }
      merge {
        id
      }
    }
  }
`);

export const ContactMergeHistoryQuery = graphql(`
  query ContactMergeHistory($contactId: ID!) {
    contactMergeHistory(contactId: $contactId) {
      ...MergeRecordFields
    }
  }
`);
