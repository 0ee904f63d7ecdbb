import { graphql } from '../../gql';

export const OrgUnitsQuery = graphql(`
  query OrgUnits {
    orgUnits {
      id
      name
      parentId
      path
      memberCount
    }
  }
`);

export const CreateOrgUnitMutation = graphql(`
  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      orgUnit {
        id
        name
        parentId
        path
        memberCount
      }
    }
  }
`);

export const UpdateOrgUnitMutation = graphql(`
  mutation UpdateOrgUnit($input: UpdateOrgUnitInput!) {
    updateOrgUnit(input: $input) {
      orgUnit {
        id
        name
        parentId
        path
        memberCount
      }
    }
  }
`);

export const DeleteOrgUnitMutation = graphql(`
  mutation DeleteOrgUnit($input: DeleteOrgUnitInput!) {
    deleteOrgUnit(input: $input) {
      deletedId
    }
  }
`);
