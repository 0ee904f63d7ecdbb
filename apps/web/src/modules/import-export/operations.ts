import { graphql } from '../../gql';

export const ImportJobFields = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    fileName
    target
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
  query CustomerImportJobs($first: Int, $after: String, $target: ImportTarget) {
    customerImportJobs(first: $first, after: $after, target: $target) {
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
