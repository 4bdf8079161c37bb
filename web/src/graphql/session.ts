import { graphql } from '@/gql';

/* ---------- the session: who is signed in, the environments they see, sign in and out ---------- */
// Sent by lib/session.ts as plain fetches (printed), so they work before any urql client exists.

export const SessionQuery = graphql(`
  query Session {
    me {
      ...MeFields
    }
  }
`);

export const SessionEnvironmentsQuery = graphql(`
  query SessionEnvironments {
    environments {
      ...EnvironmentFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      me {
        ...MeFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
