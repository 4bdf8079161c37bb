/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AutoscaleInput = {
  cooldownMs?: number | null | undefined;
  max?: number | null | undefined;
  min?: number | null | undefined;
  scaleDownStabilizationMs?: number | null | undefined;
  scaleUpStabilizationMs?: number | null | undefined;
  targetCpuPercent?: number | null | undefined;
  targetMemoryPercent?: number | null | undefined;
  targetRequestRate?: number | null | undefined;
  tolerance?: number | null | undefined;
};

export type CanaryAnalysisInput = {
  maxErrorRateIncrease?: number | null | undefined;
  maxP95Ratio?: number | null | undefined;
  minP95IncreaseMs?: number | null | undefined;
  minRequests?: number | null | undefined;
};

export type CanaryStepInput = {
  durationMs: number;
  weight: number;
};

export type ClusterOverrideInput = {
  cluster: string;
  env?: Array<KeyValueInput> | null | undefined;
  image?: string | null | undefined;
  replicas?: number | null | undefined;
  resources?: ResourcesInput | null | undefined;
};

export type ClusterPlacementInput = {
  affinity?: ClusterSelectorInput | null | undefined;
  antiAffinity?: ClusterSelectorInput | null | undefined;
  overrides?: Array<ClusterOverrideInput> | null | undefined;
  regionPreference?: Array<string> | null | undefined;
  replicaScheduling?: ReplicaScheduling | null | undefined;
  spread?: ClusterSpread | null | undefined;
  weights?: Array<ClusterWeightInput> | null | undefined;
};

export type ClusterSelectorInput = {
  labels?: Array<KeyValueInput> | null | undefined;
  names?: Array<string> | null | undefined;
  regions?: Array<string> | null | undefined;
};

export type ClusterSpread = 'REGION' | 'ZONE';

export type ClusterWeightInput = {
  cluster: string;
  weight: number;
};

export type CreateApiTokenInput = {
  environments: Array<string>;
  expiresAt?: string | null | undefined;
  expiresInDays?: number | null | undefined;
  name: string;
  role: Role;
};

export type DesiredChangeAction = 'CONFLICT' | 'CREATE' | 'MISSING' | 'UNCHANGED' | 'UPDATE';

export type DesiredChangeKind = 'ENVIRONMENT' | 'NETWORK' | 'SECRET' | 'SERVICE' | 'VOLUME';

export type EventFilter = {
  clusterId?: string | number | null | undefined;
  containerId?: string | null | undefined;
  kinds?: Array<string> | null | undefined;
  nodeId?: string | number | null | undefined;
  serviceId?: string | number | null | undefined;
  severities?: Array<EventSeverity> | null | undefined;
  taskId?: string | number | null | undefined;
};

export type EventSeverity = 'ERROR' | 'INFO' | 'WARNING';

export type FailureAction = 'CONTINUE' | 'PAUSE' | 'ROLLBACK';

export type HealthCheckInput = {
  command?: Array<string> | null | undefined;
  intervalMs?: number | null | undefined;
  retries?: number | null | undefined;
  shell?: string | null | undefined;
  startPeriodMs?: number | null | undefined;
  timeoutMs?: number | null | undefined;
};

export type IngressAlgorithm = 'LEAST_CONNECTIONS' | 'ROUND_ROBIN';

export type IngressInput = {
  algorithm?: IngressAlgorithm | null | undefined;
  failureThreshold?: number | null | undefined;
  port: number;
  probe?: IngressProbeInput | null | undefined;
  resetTimeoutMs?: number | null | undefined;
  routes?: Array<IngressRouteInput> | null | undefined;
  targetPort?: number | null | undefined;
  tls?: IngressTlsInput | null | undefined;
  upstreamTimeoutMs?: number | null | undefined;
};

export type IngressProbeInput = {
  healthyThreshold?: number | null | undefined;
  intervalMs?: number | null | undefined;
  path?: string | null | undefined;
  timeoutMs?: number | null | undefined;
  unhealthyThreshold?: number | null | undefined;
};

export type IngressRouteInput = {
  host?: string | null | undefined;
  pathPrefix?: string | null | undefined;
};

export type IngressTlsInput = {
  secret: string;
};

export type KeyValueInput = {
  key: string;
  value: string;
};

export type LogStream = 'STDERR' | 'STDOUT';

export type MountType = 'BIND' | 'TMPFS' | 'VOLUME';

export type NetworkAliasInput = {
  aliases: Array<string>;
  network: string;
};

export type NodeAvailability = 'ACTIVE' | 'DRAIN' | 'PAUSE';

export type NodeRole = 'MANAGER' | 'WORKER';

export type NodeStatus = 'DOWN' | 'READY' | 'UNKNOWN';

export type PlacementInput = {
  clusters?: ClusterPlacementInput | null | undefined;
  constraints?: Array<string> | null | undefined;
  maxReplicasPerNode?: number | null | undefined;
  nodeAffinity?: Array<WeightedExpressionInput> | null | undefined;
  serviceAffinity?: Array<ServiceAffinityInput> | null | undefined;
  spread?: Array<string> | null | undefined;
};

export type PortInput = {
  containerPort: number;
  hostIp?: string | null | undefined;
  hostPort?: number | null | undefined;
  protocol?: PortProtocol | null | undefined;
};

export type PortProtocol = 'SCTP' | 'TCP' | 'UDP';

export type ReplicaScheduling = 'DIVIDED_CAPACITY' | 'DIVIDED_STATIC' | 'DUPLICATED';

export type ResourcesInput = {
  cpuLimit?: number | null | undefined;
  cpuReservation?: number | null | undefined;
  memoryLimit?: string | null | undefined;
  memoryReservation?: string | null | undefined;
};

export type Role = 'ADMIN' | 'OPERATOR' | 'VIEWER';

export type SecretRefInput = {
  env?: string | null | undefined;
  name: string;
  target?: string | null | undefined;
};

export type ServiceAffinityInput = {
  service: string;
  weight: number;
};

export type ServiceMode = 'GLOBAL' | 'REPLICATED';

export type ServicePatchInput = {
  aliases?: Array<NetworkAliasInput> | null | undefined;
  autoscale?: AutoscaleInput | null | undefined;
  capAdd?: Array<string> | null | undefined;
  command?: Array<string> | null | undefined;
  entrypoint?: Array<string> | null | undefined;
  env?: Array<KeyValueInput> | null | undefined;
  envAdd?: Array<KeyValueInput> | null | undefined;
  envRemove?: Array<string> | null | undefined;
  healthCheck?: HealthCheckInput | null | undefined;
  hostNetwork?: boolean | null | undefined;
  hostPid?: boolean | null | undefined;
  image?: string | null | undefined;
  ingress?: IngressInput | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  mode?: ServiceMode | null | undefined;
  networks?: Array<string> | null | undefined;
  placement?: PlacementInput | null | undefined;
  ports?: Array<PortInput> | null | undefined;
  preemption?: boolean | null | undefined;
  priority?: number | null | undefined;
  privileged?: boolean | null | undefined;
  replicas?: number | null | undefined;
  resources?: ResourcesInput | null | undefined;
  restartPolicy?: ServiceRestartPolicyInput | null | undefined;
  rollback?: UpdateConfigInput | null | undefined;
  secrets?: Array<SecretRefInput> | null | undefined;
  stopTimeoutSec?: number | null | undefined;
  update?: UpdateConfigInput | null | undefined;
  volumes?: Array<VolumeInput> | null | undefined;
};

export type ServiceRestartCondition = 'ANY' | 'NONE' | 'ON_FAILURE';

export type ServiceRestartPolicyInput = {
  condition?: ServiceRestartCondition | null | undefined;
  delayMs?: number | null | undefined;
  maxAttempts?: number | null | undefined;
  maxDelayMs?: number | null | undefined;
  windowMs?: number | null | undefined;
};

export type ServiceSpecInput = {
  aliases?: Array<NetworkAliasInput> | null | undefined;
  autoscale?: AutoscaleInput | null | undefined;
  capAdd?: Array<string> | null | undefined;
  command?: Array<string> | null | undefined;
  entrypoint?: Array<string> | null | undefined;
  env?: Array<KeyValueInput> | null | undefined;
  healthCheck?: HealthCheckInput | null | undefined;
  hostNetwork?: boolean | null | undefined;
  hostPid?: boolean | null | undefined;
  image: string;
  ingress?: IngressInput | null | undefined;
  labels?: Array<KeyValueInput> | null | undefined;
  mode?: ServiceMode | null | undefined;
  name: string;
  networks?: Array<string> | null | undefined;
  placement?: PlacementInput | null | undefined;
  ports?: Array<PortInput> | null | undefined;
  preemption?: boolean | null | undefined;
  priority?: number | null | undefined;
  privileged?: boolean | null | undefined;
  replicas?: number | null | undefined;
  resources?: ResourcesInput | null | undefined;
  restartPolicy?: ServiceRestartPolicyInput | null | undefined;
  rollback?: UpdateConfigInput | null | undefined;
  secrets?: Array<SecretRefInput> | null | undefined;
  stopTimeoutSec?: number | null | undefined;
  update?: UpdateConfigInput | null | undefined;
  volumes?: Array<VolumeInput> | null | undefined;
};

export type ServiceStatus =
  'DEGRADED' | 'DEPLOYING' | 'FAILED' | 'HEALTHY' | 'PAUSED' | 'PENDING' | 'ROLLING_BACK' | 'UPDATING';

export type StackFileInput = {
  content: string;
  path: string;
};

export type StackStatus = 'DEGRADED' | 'DEPLOYING' | 'EMPTY' | 'FAILED' | 'HEALTHY' | 'PENDING' | 'UPDATING';

export type StackVariableInput = {
  name: string;
  value: string;
};

export type TaskState =
  | 'ASSIGNED'
  | 'COMPLETE'
  | 'FAILED'
  | 'NEW'
  | 'ORPHANED'
  | 'PENDING'
  | 'REJECTED'
  | 'RUNNING'
  | 'SHUTDOWN'
  | 'STARTING';

export type UpdateConfigInput = {
  analysis?: CanaryAnalysisInput | null | undefined;
  blueGreen?: boolean | null | undefined;
  blueGreenKeepMs?: number | null | undefined;
  canary?: number | null | undefined;
  canarySteps?: Array<CanaryStepInput> | null | undefined;
  delayMs?: number | null | undefined;
  failureAction?: FailureAction | null | undefined;
  maxFailureRatio?: number | null | undefined;
  minReadyMs?: number | null | undefined;
  monitorMs?: number | null | undefined;
  order?: UpdateOrder | null | undefined;
  parallelism?: number | null | undefined;
};

export type UpdateOrder = 'START_FIRST' | 'STOP_FIRST';

export type VolumeInput = {
  readOnly?: boolean | null | undefined;
  source?: string | null | undefined;
  target: string;
  type?: MountType | null | undefined;
};

export type WeightedExpressionInput = {
  expression: string;
  weight: number;
};

export type CliMeQueryVariables = Exact<{ [key: string]: never }>;

export type CliMeQuery = {
  me: {
    username: string;
    kind: string;
    tokenName: string | null;
    authEnabled: boolean;
    roles: Array<{ environment: string; role: Role }>;
  } | null;
};

export type CliLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;

export type CliLoginMutation = {
  login: { expiresAt: string; me: { username: string; roles: Array<{ environment: string; role: Role }> } };
};

export type CliCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type CliCreateTokenMutation = {
  createApiToken: { token: string; apiToken: { id: string; name: string; prefix: string } };
};

export type CliNodesQueryVariables = Exact<{ [key: string]: never }>;

export type CliNodesQuery = {
  nodes: Array<{
    id: string;
    name: string;
    status: NodeStatus;
    availability: NodeAvailability;
    role: NodeRole;
    endpoint: string;
    engineVersion: string | null;
    cpus: number;
    memoryBytes: number;
    runningContainerCount: number;
    allocated: { cpus: number; memoryBytes: number };
  }>;
};

export type CliServicesQueryVariables = Exact<{ [key: string]: never }>;

export type CliServicesQuery = {
  services: Array<{
    id: string;
    name: string;
    mode: ServiceMode;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
    healthyReplicas: number;
    updatedAt: string;
    spec: { ports: Array<{ hostIp: string; hostPort: number; containerPort: number; protocol: string }> };
  }>;
};

export type CliServiceRefQueryVariables = Exact<{
  id: string | number;
}>;

export type CliServiceRefQuery = { service: { id: string; name: string } | null };

export type CliServiceTasksQueryVariables = Exact<{
  id: string | number;
}>;

export type CliServiceTasksQuery = {
  service: {
    id: string;
    name: string;
    tasks: Array<{
      id: string;
      slot: number;
      revision: number;
      state: TaskState;
      desiredState: TaskState;
      health: string;
      nodeName: string | null;
      nodeId: string | null;
      containerId: string | null;
      stateReason: string;
      exitCode: number | null;
      updatedAt: string;
    }>;
  } | null;
};

export type CliEventFragment = {
  cursor: number;
  time: string;
  kind: string;
  severity: EventSeverity;
  message: string;
  serviceId: string | null;
  nodeId: string | null;
  containerId: string | null;
};

export type CliTaskFragment = {
  id: string;
  slot: number;
  revision: number;
  state: TaskState;
  desiredState: TaskState;
  health: string;
  nodeName: string | null;
  nodeId: string | null;
  containerId: string | null;
  stateReason: string;
  exitCode: number | null;
  updatedAt: string;
};

export type CliServiceResultFragment = {
  id: string;
  name: string;
  image: string;
  status: ServiceStatus;
  revision: number;
  desiredReplicas: number;
  runningReplicas: number;
};

export type CliCreateServiceMutationVariables = Exact<{
  spec: ServiceSpecInput;
  clusterId?: string | number | null | undefined;
}>;

export type CliCreateServiceMutation = {
  createService: {
    id: string;
    name: string;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
  };
};

export type CliPatchServiceMutationVariables = Exact<{
  id: string | number;
  patch: ServicePatchInput;
}>;

export type CliPatchServiceMutation = {
  patchService: {
    id: string;
    name: string;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
  };
};

export type CliScaleServiceMutationVariables = Exact<{
  id: string | number;
  replicas: number;
}>;

export type CliScaleServiceMutation = {
  scaleService: {
    id: string;
    name: string;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
  };
};

export type CliRollbackServiceMutationVariables = Exact<{
  id: string | number;
  toRevision?: number | null | undefined;
}>;

export type CliRollbackServiceMutation = {
  rollbackService: {
    id: string;
    name: string;
    image: string;
    status: ServiceStatus;
    revision: number;
    desiredReplicas: number;
    runningReplicas: number;
  };
};

export type CliContainerLogsSubscriptionVariables = Exact<{
  containerId: string;
  nodeId?: string | number | null | undefined;
  tail?: number | null | undefined;
  since?: string | null | undefined;
  follow: boolean;
}>;

export type CliContainerLogsSubscription = {
  containerLogs: { timestamp: string; stream: LogStream; message: string };
};

export type CliDeployStackMutationVariables = Exact<{
  name: string;
  compose: string;
  variables?: Array<StackVariableInput> | StackVariableInput | null | undefined;
  envFiles?: Array<StackFileInput> | StackFileInput | null | undefined;
  dryRun?: boolean | null | undefined;
  removeOrphans?: boolean | null | undefined;
}>;

export type CliDeployStackMutation = {
  deployStack: {
    applied: boolean;
    plan: {
      unchanged: Array<string>;
      create: Array<{ kind: string; name: string }>;
      update: Array<{ kind: string; name: string; diff: Array<{ field: string }> }>;
      remove: Array<{ kind: string; name: string }>;
      warnings: Array<{ path: string; line: number | null; message: string }>;
    };
    stack: { name: string; status: StackStatus } | null;
  };
};

export type CliEventsQueryVariables = Exact<{
  limit: number;
  filter?: EventFilter | null | undefined;
  after?: number | null | undefined;
}>;

export type CliEventsQuery = {
  events: {
    items: Array<{
      cursor: number;
      time: string;
      kind: string;
      severity: EventSeverity;
      message: string;
      serviceId: string | null;
      nodeId: string | null;
      containerId: string | null;
    }>;
  };
};

export type CliEventsFollowSubscriptionVariables = Exact<{
  after?: number | null | undefined;
  filter?: EventFilter | null | undefined;
}>;

export type CliEventsFollowSubscription = {
  events: {
    cursor: number;
    time: string;
    kind: string;
    severity: EventSeverity;
    message: string;
    serviceId: string | null;
    nodeId: string | null;
    containerId: string | null;
  };
};

export type CliBackupVolumeMutationVariables = Exact<{
  name: string;
  node: string | number;
}>;

export type CliBackupVolumeMutation = {
  backupVolume: {
    volume: string;
    nodeName: string;
    file: string;
    path: string;
    bytes: number;
    sha256: string;
    createdAt: string;
  };
};

export type CliCreateBackupMutationVariables = Exact<{ [key: string]: never }>;

export type CliCreateBackupMutation = {
  createBackup: {
    file: string;
    bytes: number;
    sha256: string;
    createdAt: string;
    schemaVersion: number | null;
  };
};

export type CliBackupsQueryVariables = Exact<{ [key: string]: never }>;

export type CliBackupsQuery = {
  backups: Array<{ file: string; bytes: number; sha256: string; createdAt: string }>;
};

export type CliVerifyBackupMutationVariables = Exact<{
  file: string;
}>;

export type CliVerifyBackupMutation = {
  verifyBackup: { file: string; bytes: number; sha256: string; schemaVersion: number | null };
};

export type CliExportDesiredStateQueryVariables = Exact<{ [key: string]: never }>;

export type CliExportDesiredStateQuery = { exportDesiredState: string };

export type CliImportDesiredStateMutationVariables = Exact<{
  document: string;
  dryRun: boolean;
}>;

export type CliImportDesiredStateMutation = {
  importDesiredState: {
    applied: boolean;
    changes: Array<{
      kind: DesiredChangeKind;
      name: string;
      action: DesiredChangeAction;
      details: Array<string>;
    }>;
  };
};

export type CliVolumeBackupsQueryVariables = Exact<{ [key: string]: never }>;

export type CliVolumeBackupsQuery = {
  volumeBackups: Array<{ file: string; bytes: number; createdAt: string }>;
};

export type CliServiceStatusSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type CliServiceStatusSubscription = {
  serviceStatus: {
    id: string;
    name: string;
    tasks: Array<{
      id: string;
      slot: number;
      revision: number;
      state: TaskState;
      desiredState: TaskState;
      health: string;
      nodeName: string | null;
      nodeId: string | null;
      containerId: string | null;
      stateReason: string;
      exitCode: number | null;
      updatedAt: string;
    }>;
  };
};

export type CliRemoveServiceMutationVariables = Exact<{
  id: string | number;
}>;

export type CliRemoveServiceMutation = { removeService: { id: string; name: string } };

export type CliStacksQueryVariables = Exact<{ [key: string]: never }>;

export type CliStacksQuery = {
  stacks: Array<{
    name: string;
    status: StackStatus;
    updatedAt: string;
    services: Array<{ id: string; desiredReplicas: number; healthyReplicas: number }>;
  }>;
};

export type CliRemoveStackMutationVariables = Exact<{
  name: string;
  removeVolumes?: boolean | null | undefined;
}>;

export type CliRemoveStackMutation = { removeStack: { name: string; services: Array<{ name: string }> } };

export const CliEventFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliEventFragment, unknown>;
export const CliTaskFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliTask' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliTaskFragment, unknown>;
export const CliServiceResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServiceResultFragment, unknown>;
export const CliMeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliMe' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tokenName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authEnabled' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'roles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliMeQuery, CliMeQueryVariables>;
export const CliLoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliLogin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'username' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'username' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'me' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'roles' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'environment' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliLoginMutation, CliLoginMutationVariables>;
export const CliCreateTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliCreateToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiTokenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiToken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'prefix' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliCreateTokenMutation, CliCreateTokenMutationVariables>;
export const CliNodesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliNodes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nodes' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endpoint' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engineVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runningContainerCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'allocated' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cpus' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'memoryBytes' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliNodesQuery, CliNodesQueryVariables>;
export const CliServicesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliServices' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'services' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'image' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'spec' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ports' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hostIp' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'hostPort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'containerPort' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'protocol' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServicesQuery, CliServicesQueryVariables>;
export const CliServiceRefDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliServiceRef' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServiceRefQuery, CliServiceRefQueryVariables>;
export const CliServiceTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliServiceTasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'service' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliTask' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliTask' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServiceTasksQuery, CliServiceTasksQueryVariables>;
export const CliCreateServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliCreateService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'spec' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceSpecInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'spec' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'spec' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'clusterId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'clusterId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliServiceResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliCreateServiceMutation, CliCreateServiceMutationVariables>;
export const CliPatchServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliPatchService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'patch' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServicePatchInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'patchService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'patch' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'patch' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliServiceResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliPatchServiceMutation, CliPatchServiceMutationVariables>;
export const CliScaleServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliScaleService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'replicas' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scaleService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'replicas' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'replicas' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliServiceResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliScaleServiceMutation, CliScaleServiceMutationVariables>;
export const CliRollbackServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliRollbackService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toRevision' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rollbackService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliServiceResult' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliServiceResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Service' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'image' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'runningReplicas' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliRollbackServiceMutation, CliRollbackServiceMutationVariables>;
export const CliContainerLogsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CliContainerLogs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'containerId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'nodeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'tail' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'follow' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'containerLogs' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'containerId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'containerId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'nodeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'nodeId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'tail' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'tail' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'since' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'since' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'follow' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'follow' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'timestamp' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stream' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliContainerLogsSubscription, CliContainerLogsSubscriptionVariables>;
export const CliDeployStackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliDeployStack' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'compose' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'variables' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'StackVariableInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'envFiles' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'StackFileInput' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'removeOrphans' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deployStack' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'compose' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'compose' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'variables' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'variables' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'envFiles' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'envFiles' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'removeOrphans' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'removeOrphans' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'create' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'update' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diff' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'field' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'remove' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'unchanged' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'warnings' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'stack' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliDeployStackMutation, CliDeployStackMutationVariables>;
export const CliEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'limit' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'limit' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'items' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliEvent' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliEventsQuery, CliEventsQueryVariables>;
export const CliEventsFollowDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CliEventsFollow' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SafeInt' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'EventFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliEvent' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliEvent' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'time' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliEventsFollowSubscription, CliEventsFollowSubscriptionVariables>;
export const CliBackupVolumeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliBackupVolume' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'backupVolume' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'node' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'node' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'volume' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'path' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliBackupVolumeMutation, CliBackupVolumeMutationVariables>;
export const CliCreateBackupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliCreateBackup' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createBackup' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schemaVersion' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliCreateBackupMutation, CliCreateBackupMutationVariables>;
export const CliBackupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliBackups' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'backups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliBackupsQuery, CliBackupsQueryVariables>;
export const CliVerifyBackupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliVerifyBackup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyBackup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'file' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'file' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sha256' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schemaVersion' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliVerifyBackupMutation, CliVerifyBackupMutationVariables>;
export const CliExportDesiredStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliExportDesiredState' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'exportDesiredState' } }],
      },
    },
  ],
} as unknown as DocumentNode<CliExportDesiredStateQuery, CliExportDesiredStateQueryVariables>;
export const CliImportDesiredStateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliImportDesiredState' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importDesiredState' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'document' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'document' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'dryRun' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'dryRun' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'applied' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'changes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'details' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliImportDesiredStateMutation, CliImportDesiredStateMutationVariables>;
export const CliVolumeBackupsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliVolumeBackups' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volumeBackups' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'file' } },
                { kind: 'Field', name: { kind: 'Name', value: 'bytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliVolumeBackupsQuery, CliVolumeBackupsQueryVariables>;
export const CliServiceStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CliServiceStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'serviceId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CliTask' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CliTask' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slot' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'state' } },
          { kind: 'Field', name: { kind: 'Name', value: 'desiredState' } },
          { kind: 'Field', name: { kind: 'Name', value: 'health' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nodeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'containerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stateReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'exitCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliServiceStatusSubscription, CliServiceStatusSubscriptionVariables>;
export const CliRemoveServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliRemoveService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliRemoveServiceMutation, CliRemoveServiceMutationVariables>;
export const CliStacksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CliStacks' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stacks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'desiredReplicas' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'healthyReplicas' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliStacksQuery, CliStacksQueryVariables>;
export const CliRemoveStackDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CliRemoveStack' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'removeVolumes' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeStack' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'removeVolumes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'removeVolumes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'services' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CliRemoveStackMutation, CliRemoveStackMutationVariables>;
