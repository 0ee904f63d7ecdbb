import { graphql } from '../../gql';

export const CustomerDocumentsQuery = graphql(`
  query CustomerDocuments($accountId: ID!, $first: Int, $after: String) {
    customerDocuments(accountId: $accountId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          fileName
          title
          category
          contentType
          size
          createdAt
          contentPath
          uploadedById
          uploadedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const DeleteDocumentMutation = graphql(`
  mutation DeleteDocument($input: DeleteDocumentInput!) {
    deleteDocument(input: $input) {
      deletedDocumentId
    }
  }
`);
