import { graphql } from '@/gql';

/* ---------- access control: users, role bindings, tokens, environments, quotas, secrets, audit ---------- */

export const AccessUsersQuery = graphql(`
  query AccessUsers {
    users {
      id
      username
      disabled
      createdAt
      lastLoginAt
      roles {
        environment
        role
      }
    }
  }
`);

export const AccessRoleBindingsQuery = graphql(`
  query AccessRoleBindings($environment: String) {
    roleBindings(environment: $environment) {
      environment
      role
      userId
      username
    }
  }
`);

export const AccessCreateUserMutation = graphql(`
  mutation AccessCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
      disabled
      createdAt
      lastLoginAt
      roles {
        environment
        role
      }
    }
  }
`);

export const AccessUpdateUserMutation = graphql(`
  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      username
      disabled
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
      environment
      role
      userId
      username
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
      id
      name
      owner
      prefix
      role
      environments
      createdAt
      expiresAt
      lastUsedAt
      revokedAt
      active
    }
  }
`);

export const AccessCreateTokenMutation = graphql(`
  mutation AccessCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        prefix
        role
        environments
        expiresAt
      }
    }
  }
`);

export const AccessRevokeTokenMutation = graphql(`
  mutation AccessRevokeToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
      active
    }
  }
`);

export const AccessEnvironmentsQuery = graphql(`
  query AccessEnvironments {
    environments {
      id
      name
      description
      createdAt
      clusterIds
      policy {
        allowPrivileged
        allowHostNetwork
        allowHostPid
        allowDockerSocket
        allowedCapabilities
        bindAllowedPaths
      }
      quota {
        maxCpus
        maxMemoryBytes
        maxServices
        maxContainers
      }
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
        maxCpus
        maxMemoryBytes
        maxServices
        maxContainers
      }
    }
  }
`);

export const AccessSetQuotaMutation = graphql(`
  mutation AccessSetQuota($environment: String!, $quota: QuotaInput!) {
    setQuota(environment: $environment, quota: $quota) {
      id
      quota {
        maxCpus
        maxMemoryBytes
        maxServices
        maxContainers
      }
    }
  }
`);

export const AccessCreateEnvironmentMutation = graphql(`
  mutation AccessCreateEnvironment($input: CreateEnvironmentInput!) {
    createEnvironment(input: $input) {
      id
      name
    }
  }
`);

export const AccessSecretsQuery = graphql(`
  query AccessSecrets($environment: String!) {
    secrets(environment: $environment) {
      name
      environment
      version
      createdAt
      createdBy
      updatedAt
      usedBy
    }
  }
`);

export const AccessCreateSecretMutation = graphql(`
  mutation AccessCreateSecret($environment: String!, $name: String!, $value: String!) {
    createSecret(environment: $environment, name: $name, value: $value) {
      name
      environment
      version
    }
  }
`);

export const AccessRotateSecretMutation = graphql(`
  mutation AccessRotateSecret($environment: String!, $name: String!, $value: String!) {
    rotateSecret(environment: $environment, name: $name, value: $value) {
      name
      environment
      version
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
        id
        time
        actor
        actorKind
        action
        environment
        target
        ip
        userAgent
        outcome
        errorCode
        details
      }
    }
  }
`);

export const AuditEventsSubscription = graphql(`
  subscription AuditEvents($environment: String, $after: SafeInt) {
    auditEvents(environment: $environment, after: $after) {
      id
      time
      actor
      actorKind
      action
      environment
      target
      ip
      userAgent
      outcome
      errorCode
      details
    }
  }
`);
