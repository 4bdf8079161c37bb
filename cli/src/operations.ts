// Every GraphQL operation the CLI sends, in one file: codegen types them from
// schema/schema.graphql (src/gql/), and a change of the API (lists becoming Relay
// connections, say) is an edit here and in the command reading the result.
import { graphql } from './gql/index.js';

export const MeQuery = graphql(`
  query CliMe {
    me {
      username
      kind
      tokenName
      authEnabled
      roles {
        environment
        role
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation CliLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      me {
        username
        roles {
          environment
          role
        }
      }
    }
  }
`);

export const CreateTokenMutation = graphql(`
  mutation CliCreateToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        prefix
      }
    }
  }
`);

export const NodesQuery = graphql(`
  query CliNodes {
    nodes {
      id
      name
      status
      availability
      role
      endpoint
      engineVersion
      cpus
      memoryBytes
      runningContainerCount
      allocated {
        cpus
        memoryBytes
      }
    }
  }
`);

export const ServicesQuery = graphql(`
  query CliServices {
    services {
      id
      name
      mode
      image
      status
      revision
      desiredReplicas
      runningReplicas
      healthyReplicas
      updatedAt
      spec {
        ports {
          hostIp
          hostPort
          containerPort
          protocol
        }
      }
    }
  }
`);

export const ServiceRefQuery = graphql(`
  query CliServiceRef($id: ID!) {
    service(id: $id) {
      id
      name
    }
  }
`);

export const ServiceTasksQuery = graphql(`
  query CliServiceTasks($id: ID!) {
    service(id: $id) {
      id
      name
      tasks {
        ...CliTask
      }
    }
  }
`);

export const EventFragment = graphql(`
  fragment CliEvent on Event {
    cursor
    time
    kind
    severity
    message
    serviceId
    nodeId
    containerId
  }
`);

export const TaskFragment = graphql(`
  fragment CliTask on Task {
    id
    slot
    revision
    state
    desiredState
    health
    nodeName
    nodeId
    containerId
    stateReason
    exitCode
    updatedAt
  }
`);

export const ServiceResultFragment = graphql(`
  fragment CliServiceResult on Service {
    id
    name
    image
    status
    revision
    desiredReplicas
    runningReplicas
  }
`);

export const CreateServiceMutation = graphql(`
  mutation CliCreateService($spec: ServiceSpecInput!, $clusterId: ID) {
    createService(spec: $spec, clusterId: $clusterId) {
      ...CliServiceResult
    }
  }
`);

export const PatchServiceMutation = graphql(`
  mutation CliPatchService($id: ID!, $patch: ServicePatchInput!) {
    patchService(id: $id, patch: $patch) {
      ...CliServiceResult
    }
  }
`);

export const ScaleServiceMutation = graphql(`
  mutation CliScaleService($id: ID!, $replicas: Int!) {
    scaleService(id: $id, replicas: $replicas) {
      ...CliServiceResult
    }
  }
`);

export const RollbackServiceMutation = graphql(`
  mutation CliRollbackService($id: ID!, $toRevision: Int) {
    rollbackService(id: $id, toRevision: $toRevision) {
      ...CliServiceResult
    }
  }
`);

export const ContainerLogsSubscription = graphql(`
  subscription CliContainerLogs(
    $containerId: String!
    $nodeId: ID
    $tail: Int
    $since: DateTimeISO
    $follow: Boolean!
  ) {
    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, since: $since, follow: $follow) {
      timestamp
      stream
      message
    }
  }
`);

export const DeployStackMutation = graphql(`
  mutation CliDeployStack(
    $name: String!
    $compose: String!
    $variables: [StackVariableInput!]
    $envFiles: [StackFileInput!]
    $dryRun: Boolean
    $removeOrphans: Boolean
  ) {
    deployStack(
      name: $name
      compose: $compose
      variables: $variables
      envFiles: $envFiles
      dryRun: $dryRun
      removeOrphans: $removeOrphans
    ) {
      applied
      plan {
        create {
          kind
          name
        }
        update {
          kind
          name
          diff {
            field
          }
        }
        remove {
          kind
          name
        }
        unchanged
        warnings {
          path
          line
          message
        }
      }
      stack {
        name
        status
      }
    }
  }
`);

export const EventsQuery = graphql(`
  query CliEvents($limit: Int!, $filter: EventFilter, $after: SafeInt) {
    events(limit: $limit, filter: $filter, after: $after) {
      items {
        ...CliEvent
      }
    }
  }
`);

export const EventsSubscription = graphql(`
  subscription CliEventsFollow($after: SafeInt, $filter: EventFilter) {
    events(after: $after, filter: $filter) {
      ...CliEvent
    }
  }
`);

export const BackupVolumeMutation = graphql(`
  mutation CliBackupVolume($name: String!, $node: ID!) {
    backupVolume(name: $name, node: $node) {
      volume
      nodeName
      file
      path
      bytes
      sha256
      createdAt
    }
  }
`);

export const CreateBackupMutation = graphql(`
  mutation CliCreateBackup {
    createBackup {
      file
      bytes
      sha256
      createdAt
      schemaVersion
    }
  }
`);

export const BackupsQuery = graphql(`
  query CliBackups {
    backups {
      file
      bytes
      sha256
      createdAt
    }
  }
`);

export const VerifyBackupMutation = graphql(`
  mutation CliVerifyBackup($file: String!) {
    verifyBackup(file: $file) {
      file
      bytes
      sha256
      schemaVersion
    }
  }
`);

export const ExportDesiredStateQuery = graphql(`
  query CliExportDesiredState {
    exportDesiredState
  }
`);

export const ImportDesiredStateMutation = graphql(`
  mutation CliImportDesiredState($document: String!, $dryRun: Boolean!) {
    importDesiredState(document: $document, dryRun: $dryRun) {
      applied
      changes {
        kind
        name
        action
        details
      }
    }
  }
`);

export const VolumeBackupsQuery = graphql(`
  query CliVolumeBackups {
    volumeBackups {
      file
      bytes
      createdAt
    }
  }
`);

export const ServiceStatusSubscription = graphql(`
  subscription CliServiceStatus($id: ID!) {
    serviceStatus(serviceId: $id) {
      id
      name
      tasks {
        ...CliTask
      }
    }
  }
`);

export const RemoveServiceMutation = graphql(`
  mutation CliRemoveService($id: ID!) {
    removeService(id: $id) {
      id
      name
    }
  }
`);

export const StacksQuery = graphql(`
  query CliStacks {
    stacks {
      name
      status
      updatedAt
      services {
        id
        desiredReplicas
        healthyReplicas
      }
    }
  }
`);

export const RemoveStackMutation = graphql(`
  mutation CliRemoveStack($name: String!, $removeVolumes: Boolean) {
    removeStack(name: $name, removeVolumes: $removeVolumes) {
      name
      services {
        name
      }
    }
  }
`);
