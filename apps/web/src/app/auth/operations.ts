import { graphql } from '../../gql';

export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    displayName
    locale
    permissions
    unit {
      id
      name
    }
    roles {
      id
      name
      dataScope
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      refreshToken
      user {
        ...CurrentUserFields
      }
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      refreshToken
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut($input: SignOutInput!) {
    signOut(input: $input) {
      signedOut
    }
  }
`);
