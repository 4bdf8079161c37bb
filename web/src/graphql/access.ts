import { graphql } from '@/gql';

/* ---------- access control: users, role bindings, tokens, environments, quotas, secrets, audit ---------- */

export const AccessUsersQuery = graphql(`
  query AccessUsers {
    users {
      ...UserFields
    }
  }
`);

export const AccessRoleBindingsQuery = graphql(`
  query AccessRoleBindings($environment: String) {
    roleBindings(environment: $environment) {
      ...RoleBindingFields
    }
  }
`);

export const AccessCreateUserMutation = graphql(`
  mutation AccessCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const AccessUpdateUserMutation = graphql(`
  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserFields
    }
  }
`);

export const AccessRemoveUserMutation = graphql(`
  mutation AccessRemoveUser($id: ID!) {
    removeUser(id: $id) {
      id
      username
    }
  }
`);

export const AccessSetRoleBindingMutation = graphql(`
  mutation AccessSetRoleBinding($environment: String!, $user: ID!, $role: Role!) {
    setRoleBinding(environment: $environment, user: $user, role: $role) {
      ...RoleBindingFields
    }
  }
`);

export const AccessRemoveRoleBindingMutation = graphql(`
  mutation AccessRemoveRoleBinding($environment: String!, $user: ID!) {
    removeRoleBinding(environment: $environment, user: $user)
  }
`);

export const AccessTokensQuery = graphql(`
  query AccessTokens($all: Boolean!) {
    apiTokens(all: $all) {
      ...ApiTokenFields
    }
  }
`);

export const AccessCreateTokenMutation = graphql(`
  mutation AccessCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const AccessRevokeTokenMutation = graphql(`
  mutation AccessRevokeToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);

export const AccessEnvironmentsQuery = graphql(`
  query AccessEnvironments {
    environments {
      ...EnvironmentFields
    }
  }
`);

export const AccessClustersQuery = graphql(`
  query AccessClusters {
    clusters {
      id
      name
      nodeCounts {
        total
        ready
      }
    }
  }
`);

export const AccessQuotaUsageQuery = graphql(`
  query AccessQuotaUsage($environment: String!) {
    quotaUsage(environment: $environment) {
      environment
      cpus
      memoryBytes
      services
      containers
      unreachableNodes
      quota {
        ...QuotaFields
      }
    }
  }
`);

export const AccessSetQuotaMutation = graphql(`
  mutation AccessSetQuota($environment: String!, $quota: QuotaInput!) {
    setQuota(environment: $environment, quota: $quota) {
      ...EnvironmentFields
    }
  }
`);

export const AccessCreateEnvironmentMutation = graphql(`
  mutation AccessCreateEnvironment($input: CreateEnvironmentInput!) {
    createEnvironment(input: $input) {
      ...EnvironmentFields
    }
  }
`);

export const AccessSecretsQuery = graphql(`
  query AccessSecrets($environment: String!) {
    secrets(environment: $environment) {
      ...SecretFields
    }
  }
`);

export const AccessCreateSecretMutation = graphql(`
  mutation AccessCreateSecret($environment: String!, $name: String!, $value: String!) {
    createSecret(environment: $environment, name: $name, value: $value) {
      ...SecretFields
    }
  }
`);

export const AccessRotateSecretMutation = graphql(`
  mutation AccessRotateSecret($environment: String!, $name: String!, $value: String!) {
    rotateSecret(environment: $environment, name: $name, value: $value) {
      ...SecretFields
    }
  }
`);

export const AccessRemoveSecretMutation = graphql(`
  mutation AccessRemoveSecret($environment: String!, $name: String!) {
    removeSecret(environment: $environment, name: $name) {
      name
      environment
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilterInput, $before: SafeInt, $after: SafeInt, $limit: Int!) {
    auditLog(filter: $filter, before: $before, after: $after, limit: $limit) {
      hasMore
      nextCursor
      items {
        ...AuditEntryFields
      }
    }
  }
`);

export const AuditEventsSubscription = graphql(`
  subscription AuditEvents($environment: String, $after: SafeInt) {
    auditEvents(environment: $environment, after: $after) {
      ...AuditEntryFields
    }
  }
`);
