import { graphql } from '@/gql';

/*
 * One fragment per entity, named <Type>Fields: every operation in this folder selects an entity
 * through its fragment, so a field added here reaches every view and mutation answer at once.
 * server/test/unit/web-graphql-documents.test.ts fails when a selection set repeats fields
 * instead of spreading the fragment.
 */

/* ---------- services, tasks, nodes, containers ---------- */

export const RolloutFieldsFragment = graphql(`
  fragment RolloutFields on Rollout {
    state
    phase
    total
    updated
    remaining
    failed
    isRollback
    fromRevision
    toRevision
    startedAt
    updatedAt
    completedAt
    progressive {
      ...ProgressiveRolloutFields
    }
  }
`);

export const RevisionFiguresFieldsFragment = graphql(`
  fragment RevisionFiguresFields on RevisionFigures {
    requests
    errors
    errorRate
    p95Ms
  }
`);

export const CanaryStepFieldsFragment = graphql(`
  fragment CanaryStepFields on CanaryStep {
    weight
    durationMs
  }
`);

export const ProgressiveRolloutFieldsFragment = graphql(`
  fragment ProgressiveRolloutFields on ProgressiveRollout {
    kind
    phase
    step
    weight
    tasks
    stableRevision
    canaryRevision
    stepStartedAt
    switchedAt
    message
    steps {
      ...CanaryStepFields
    }
    decision {
      at
      event
      from
      to
      reason
      step
      weight
      stable {
        ...RevisionFiguresFields
      }
      canary {
        ...RevisionFiguresFields
      }
    }
  }
`);

export const RolloutSampleFieldsFragment = graphql(`
  fragment RolloutSampleFields on RolloutSample {
    at
    kind
    step
    weight
    phase
    stable {
      ...RevisionFiguresFields
    }
    canary {
      ...RevisionFiguresFields
    }
  }
`);

export const ServiceFieldsFragment = graphql(`
  fragment ServiceFields on Service {
    id
    name
    clusterId
    image
    mode
    revision
    status
    desiredReplicas
    runningReplicas
    healthyReplicas
    pendingReplicas
    unhealthyReplicas
    updatedAt
    rollout {
      ...RolloutFields
    }
  }
`);

export const UpdateConfigFieldsFragment = graphql(`
  fragment UpdateConfigFields on UpdateConfig {
    parallelism
    delayMs
    failureAction
    monitorMs
    minReadyMs
    maxFailureRatio
    order
    canary
    canarySteps {
      weight
      durationMs
    }
    analysis {
      maxErrorRateIncrease
      maxP95Ratio
      minP95IncreaseMs
      minRequests
    }
    blueGreen
    blueGreenKeepMs
  }
`);

export const TaskFieldsFragment = graphql(`
  fragment TaskFields on Task {
    id
    serviceId
    slot
    revision
    state
    desiredState
    health
    nodeId
    nodeName
    containerId
    stateReason
    exitCode
    failures
    createdAt
    updatedAt
    readyAt
    notBefore
  }
`);

export const NodeFieldsFragment = graphql(`
  fragment NodeFields on Node {
    id
    name
    clusterId
    role
    status
    statusMessage
    availability
    endpoint
    publishAddress
    hostname
    engineId
    engineVersion
    cpus
    memoryBytes
    containerCount
    runningContainerCount
    lastSeenAt
    createdAt
    platform {
      os
      arch
    }
    labels {
      key
      value
    }
    capacity {
      cpus
      memoryBytes
    }
    allocated {
      cpus
      memoryBytes
    }
  }
`);

export const PortBindingFieldsFragment = graphql(`
  fragment PortBindingFields on PortBinding {
    containerPort
    hostPort
    hostIp
    protocol
  }
`);

export const ContainerFieldsFragment = graphql(`
  fragment ContainerFields on Container {
    id
    name
    image
    state
    status
    serviceId
    taskId
    revision
    managed
    createdAt
    node {
      ...NodeFields
    }
    ports {
      ...PortBindingFields
    }
  }
`);

export const UnreachableNodeFieldsFragment = graphql(`
  fragment UnreachableNodeFields on UnreachableNode {
    id
    name
    reason
  }
`);

export const ContainerDetailsFieldsFragment = graphql(`
  fragment ContainerDetailsFields on ContainerDetails {
    id
    name
    image
    imageId
    state
    status
    healthStatus
    createdAt
    startedAt
    finishedAt
    exitCode
    oomKilled
    error
    pid
    restartCount
    managed
    serviceId
    taskId
    revision
    command
    entrypoint
    node {
      ...NodeFields
    }
    env {
      key
      value
    }
    labels {
      key
      value
    }
    ports {
      ...PortBindingFields
    }
    mounts {
      type
      source
      target
      readOnly
    }
    networks {
      name
      ipAddress
      gateway
      macAddress
    }
    resources {
      cpuLimit
      cpuReservation
      memoryLimitBytes
      memoryReservationBytes
    }
    restartPolicy {
      condition
      maxRetries
    }
    healthCheck {
      test
      intervalMs
      timeoutMs
      retries
      startPeriodMs
    }
    health {
      status
      failingStreak
      lastExitCode
      lastOutput
      probes {
        start
        end
        exitCode
        output
      }
    }
  }
`);

export const EventFieldsFragment = graphql(`
  fragment EventFields on Event {
    cursor
    time
    kind
    severity
    message
    nodeId
    serviceId
    taskId
    containerId
    data
    gap {
      from
      to
      count
    }
  }
`);

/* ---------- access control ---------- */

export const MeFieldsFragment = graphql(`
  fragment MeFields on Me {
    userId
    username
    kind
    tokenName
    roles {
      environment
      role
    }
    expiresAt
    authEnabled
  }
`);

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
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
`);

export const RoleBindingFieldsFragment = graphql(`
  fragment RoleBindingFields on RoleBinding {
    environment
    role
    userId
    username
  }
`);

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
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
`);

export const QuotaFieldsFragment = graphql(`
  fragment QuotaFields on Quota {
    maxCpus
    maxMemoryBytes
    maxServices
    maxContainers
  }
`);

export const EnvironmentFieldsFragment = graphql(`
  fragment EnvironmentFields on Environment {
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
      ...QuotaFields
    }
  }
`);

export const SecretFieldsFragment = graphql(`
  fragment SecretFields on Secret {
    name
    environment
    version
    createdAt
    createdBy
    updatedAt
    usedBy
  }
`);

export const AuditEntryFieldsFragment = graphql(`
  fragment AuditEntryFields on AuditEntry {
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
`);

/* ---------- stacks (compose files deployed as one application) ---------- */

export const StackWarningFieldsFragment = graphql(`
  fragment StackWarningFields on StackWarning {
    path
    service
    key
    message
    line
  }
`);

export const StackPlanItemFieldsFragment = graphql(`
  fragment StackPlanItemFields on StackPlanItem {
    kind
    name
    diff {
      field
      from
      to
    }
  }
`);

export const StackFieldsFragment = graphql(`
  fragment StackFields on Stack {
    name
    clusterId
    status
    networks
    volumes
    secrets
    variables
    createdAt
    updatedAt
    warnings {
      ...StackWarningFields
    }
    services {
      ...ServiceFields
    }
  }
`);

/* ---------- autoscaling, stats, ingress ---------- */

export const AutoscaleSpecFragment = graphql(`
  fragment AutoscaleSpecFields on AutoscaleSpec {
    min
    max
    targetCpuPercent
    targetMemoryPercent
    targetRequestRate
    tolerance
    scaleUpStabilizationMs
    scaleDownStabilizationMs
    cooldownMs
  }
`);

export const NodeStatsFragment = graphql(`
  fragment NodeStatsFields on NodeStats {
    nodeId
    timestamp
    containerCount
    sampledContainerCount
    usedCpus
    cpus
    cpuPercent
    memoryUsedBytes
    memoryTotalBytes
    memoryPercent
    networkRxBytesPerSec
    networkTxBytesPerSec
  }
`);

export const ContainerStatsFragment = graphql(`
  fragment ContainerStatsFields on ContainerStats {
    containerId
    timestamp
    cpuPercent
    onlineCpus
    memoryUsageBytes
    memoryLimitBytes
    memoryPercent
    networkRxBytesPerSec
    networkTxBytesPerSec
    networkRxBytes
    networkTxBytes
    pids
  }
`);

export const IngressWindowStatsFragment = graphql(`
  fragment IngressWindowStatsFields on IngressWindowStats {
    windowMs
    requests
    errors
    p50Ms
    p95Ms
  }
`);

/* ---------- clusters and federation ---------- */

export const ClusterResourcesFieldsFragment = graphql(`
  fragment ClusterResourcesFields on ClusterResources {
    totalCpus
    reservedCpus
    usedCpus
    totalMemoryBytes
    reservedMemoryBytes
    usedMemoryBytes
  }
`);

export const FederationMemberFieldsFragment = graphql(`
  fragment FederationMemberFields on FederationMember {
    cluster
    clusterId
    desired
    running
    healthy
  }
`);

/** A federated service's placement as its spec has it (the update form carries it through). */
export const ClusterPlacementFieldsFragment = graphql(`
  fragment ClusterPlacementFields on ClusterPlacement {
    affinity {
      names
      regions
      labels {
        key
        value
      }
    }
    antiAffinity {
      names
      regions
      labels {
        key
        value
      }
    }
    spread
    replicaScheduling
    weights {
      cluster
      weight
    }
    regionPreference
    overrides {
      cluster
      image
      env {
        key
        value
      }
      replicas
      resources {
        cpuLimit
        cpuReservation
        memoryLimit
        memoryReservation
      }
    }
  }
`);
