import { graphql } from '../../gql';

export const CustomerViewFields = graphql(`
  fragment CustomerViewFields on CustomerView {
    id
    name
    shared
    mine
    columns
    filter {
      search
      kind
      lifecycleStage
      ownerId
      tag
      parentAccountId
    }
    orderBy {
      field
      direction
    }
    owner {
      id
      displayName
    }
  }
`);

export const CustomerViewsQuery = graphql(`
  query CustomerViews {
    customerViews {
      ...CustomerViewFields
    }
  }
`);

export const SaveCustomerViewMutation = graphql(`
  mutation SaveCustomerView($input: SaveCustomerViewInput!) {
    saveCustomerView(input: $input) {
      view {
        ...CustomerViewFields
      }
    }
  }
`);

export const DeleteCustomerViewMutation = graphql(`
  mutation DeleteCustomerView($input: DeleteCustomerViewInput!) {
    deleteCustomerView(input: $input) {
      id
    }
  }
`);
