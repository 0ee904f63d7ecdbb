import { graphql } from '../../gql';

export const RoleFields = graphql(`
  fragment RoleFields on Role {
    id
    name
    description
    dataScope
    permissions
    isSystem
  }
`);

export const RolesQuery = graphql(`
  query Roles {
    roles {
      ...RoleFields
    }
  }
`);

export const PermissionCatalogQuery = graphql(`
  query PermissionCatalog {
    permissionCatalog {
      recordType
      actions
    }
  }
`);

export const CreateRoleMutation = graphql(`
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        ...RoleFields
      }
    }
  }
`);

export const UpdateRoleMutation = graphql(`
  mutation UpdateRole($input: UpdateRoleInput!) {
    updateRole(input: $input) {
      role {
        ...RoleFields
      }
    }
  }
`);

export const DeleteRoleMutation = graphql(`
  mutation DeleteRole($input: DeleteRoleInput!) {
    deleteRole(input: $input) {
      deletedId
    }
  }
`);
