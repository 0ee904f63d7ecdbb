import { graphql } from '../../gql';

export const CustomerViewFields = graphql(`
  fragment CustomerViewFields on CustomerView {
    id
    list
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
    contactFilter {
      search
      accountId
      tag
      hasEmail
      hasPhone
      archived
    }
    contactOrderBy {
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
  query CustomerViews($list: SavedViewList!) {
    customerViews(list: $list) {
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

export const SavedViewColumnsQuery = graphql(`
  query SavedViewColumns($list: SavedViewList!) {
    savedViewColumns(list: $list) {
      key
      labelKey
      shownByDefault
    }
  }
`);
