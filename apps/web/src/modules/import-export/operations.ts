import { graphql } from '../../gql';

export const ImportJobFields = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    fileName
    status
    duplicatePolicy
    totalRows
    processedRows
    createdRows
    updatedRows
    skippedRows
    failedRows
    progress
    error
    errorReportPath
    createdAt
    finishedAt
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);

export const CustomerImportJobsQuery = graphql(`
  query CustomerImportJobs($first: Int, $after: String) {
    customerImportJobs(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ImportJobFields
        }
      }
    }
  }
`);
