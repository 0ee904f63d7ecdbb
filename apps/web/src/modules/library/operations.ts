import { graphql } from '../../gql';

export const LibraryDocumentsQuery = graphql(`
  query LibraryDocuments($first: Int, $after: String, $filter: LibraryDocumentFilter, $orderBy: LibraryDocumentOrderBy) {
    libraryDocuments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...LibraryDocumentFields
        }
      }
    }
  }
`);

export const LibraryDocumentFieldsFragment = graphql(`
  fragment LibraryDocumentFields on LibraryDocument {
    id
    title
    folder
    tags
    description
    fileName
    contentType
    size
    checksum
    createdAt
    contentPath
    uploadedBy {
      id
      displayName
    }
  }
`);

export const LibraryFoldersQuery = graphql(`
  query LibraryFolders {
    libraryFolders {
      folder
      documentCount
    }
    libraryTags
  }
`);

export const UpdateLibraryDocumentMutation = graphql(`
  mutation UpdateLibraryDocument($input: UpdateLibraryDocumentInput!) {
    updateLibraryDocument(input: $input) {
      document {
        ...LibraryDocumentFields
      }
    }
  }
`);

export const DeleteLibraryDocumentMutation = graphql(`
  mutation DeleteLibraryDocument($input: DeleteLibraryDocumentInput!) {
    deleteLibraryDocument(input: $input) {
      deletedLibraryDocumentId
    }
  }
`);

export const FileLibraryDocumentMutation = graphql(`
  mutation FileLibraryDocumentUnderCustomer($input: FileLibraryDocumentInput!) {
    fileLibraryDocumentUnderCustomer(input: $input) {
      document {
        id
        accountId
      }
    }
  }
`);

export const LibraryCustomerPickerQuery = graphql(`
  query LibraryCustomerPicker($search: String) {
    accounts(first: 20, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
