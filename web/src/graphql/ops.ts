import { graphql } from '@/gql';

/* ---------- fragments-free operations, one per view ---------- */

export const OverviewQuery = graphql(`
  query Overview {
    cluster {
      id
      name
      containerCount
      runningContainerCount
      nodeCounts {
        total
        ready
        down
        draining
        unhealthy
      }
      resources {
        totalCpus
        reservedCpus
        usedCpus
        totalMemoryBytes
        reservedMemoryBytes
        usedMemoryBytes
      }
    }
    nodes {
      id
      name
      status
      availability
      cpus
      memoryBytes
      runningContainerCount
      allocated {
        cpus
        memoryBytes
      }
    }
    services {
      id
      name
      status
      desiredReplicas
      runningReplicas
      healthyReplicas
    }
  }
`);

export const ServicesQuery = graphql(`
  query Services($search: String, $status: ServiceStatus) {
    services(search: $search, status: $status) {
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
        state
        phase
        total
        updated
        remaining
        failed
        isRollback
        fromRevision
        toRevision
      }
    }
  }
`);

export const ServiceQuery = graphql(`
  query Service($id: ID!) {
    service(id: $id) {
      id
      name
      clusterId
      image
      mode
      revision
      previousRevision
      status
      createdAt
      updatedAt
      desiredReplicas
      runningReplicas
      healthyReplicas
      pendingReplicas
      unhealthyReplicas
      rollout {
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
      }
      pins {
        volume
        nodeName
        constraint
        reason
      }
      unplaced {
        taskId
        slot
        reason
        nodesConsidered
        failures {
          filter
          nodes
          reason
        }
      }
      tasks {
        id
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
      spec {
        name
        image
        command
        mode
        replicas
        env {
          key
          value
        }
        labels {
          key
          value
        }
        ports {
          containerPort
          hostPort
          hostIp
          protocol
        }
        limits {
          cpus
          memoryBytes
        }
        reservations {
          cpus
          memoryBytes
        }
        healthCheck {
          test
          intervalMs
          timeoutMs
          retries
          startPeriodMs
        }
        placement {
          constraints
          spread
          maxReplicasPerNode
          nodeAffinity {
            expression
            weight
          }
          serviceAffinity {
            service
            weight
          }
        }
        update {
          parallelism
          delayMs
          failureAction
          monitorMs
          maxFailureRatio
          order
        }
        rollback {
          parallelism
          delayMs
          failureAction
          monitorMs
          maxFailureRatio
          order
        }
        restartPolicy {
          condition
          delayMs
          maxAttempts
          maxDelayMs
          windowMs
        }
        stopTimeoutSec
        priority
        preemption
        networks
        volumes {
          type
          source
          target
          readOnly
        }
        ingress {
          port
          targetPort
          algorithm
          failureThreshold
          resetTimeoutMs
          upstreamTimeoutMs
        }
        autoscale {
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
        secrets {
          name
          target
          env
        }
        security {
          privileged
          hostNetwork
          hostPid
          capAdd
        }
      }
    }
  }
`);

export const RevisionsQuery = graphql(`
  query Revisions($id: ID!) {
    serviceRevisions(id: $id) {
      number
      current
      image
      reason
      createdAt
      createdBy
      diff {
        path
        from
        to
      }
    }
  }
`);

export const ContainersQuery = graphql(`
  query Containers($filter: ContainerFilter) {
    containers(filter: $filter) {
      items {
        id
        name
        image
        state
        status
        service
        task
        revision
        managed
        createdAt
        node {
          id
          name
          clusterId
        }
        ports {
          containerPort
          hostPort
          hostIp
          protocol
        }
      }
      unreachableNodes {
        id
        name
        reason
      }
    }
  }
`);

export const ContainerQuery = graphql(`
  query Container($id: ID!, $node: ID) {
    container(id: $id, node: $node) {
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
      service
      task
      revision
      command
      entrypoint
      node {
        id
        name
        clusterId
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
        containerPort
        hostPort
        hostIp
        protocol
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
  }
`);

export const NodesQuery = graphql(`
  query Nodes {
    nodes {
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
  }
`);

export const NodeTasksQuery = graphql(`
  query NodeTasks($nodeId: ID!) {
    tasks(nodeId: $nodeId) {
      id
      serviceId
      slot
      revision
      state
      desiredState
      health
      containerId
      stateReason
      updatedAt
    }
    services {
      id
      name
    }
  }
`);

export const EventsQuery = graphql(`
  query Events($filter: EventFilter, $before: SafeInt, $limit: Int!) {
    events(filter: $filter, before: $before, limit: $limit) {
      items {
        ...EventRow
      }
      nextCursor
      hasMore
    }
  }
`);

export const EventRowFragment = graphql(`
  fragment EventRow on Event {
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

/* ---------- subscriptions ---------- */

export const EventsSubscription = graphql(`
  subscription LiveEvents($after: SafeInt, $filter: EventFilter) {
    events(after: $after, filter: $filter) {
      ...EventRow
    }
  }
`);

export const ContainerStatsSubscription = graphql(`
  subscription ContainerStats($containerId: String!, $nodeId: ID) {
    containerStats(containerId: $containerId, nodeId: $nodeId) {
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
  }
`);

export const NodeStatsSubscription = graphql(`
  subscription NodeStats($nodeId: ID!, $intervalMs: Int!) {
    nodeStats(nodeId: $nodeId, intervalMs: $intervalMs) {
      nodeId
      timestamp
      usedCpus
      cpus
      cpuPercent
      memoryUsedBytes
      memoryTotalBytes
      memoryPercent
      containerCount
    }
  }
`);

export const ContainerLogsSubscription = graphql(`
  subscription ContainerLogs($containerId: String!, $nodeId: ID, $tail: Int) {
    containerLogs(containerId: $containerId, nodeId: $nodeId, tail: $tail, follow: true) {
      timestamp
      stream
      message
    }
  }
`);

/* ---------- mutations ---------- */

export const CreateServiceMutation = graphql(`
  mutation CreateService($spec: ServiceSpecInput!) {
    createService(spec: $spec) {
      id
      name
      status
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation UpdateService($id: ID!, $spec: ServiceSpecInput!) {
    updateService(id: $id, spec: $spec) {
      id
      revision
      status
    }
  }
`);

export const PatchServiceMutation = graphql(`
  mutation PatchService($id: ID!, $patch: ServicePatchInput!) {
    patchService(id: $id, patch: $patch) {
      id
      revision
      image
      desiredReplicas
      status
    }
  }
`);

export const RollbackServiceMutation = graphql(`
  mutation RollbackService($id: ID!, $toRevision: Int) {
    rollbackService(id: $id, toRevision: $toRevision) {
      id
      revision
      status
    }
  }
`);

export const PauseRolloutMutation = graphql(`
  mutation PauseRollout($id: ID!) {
    pauseRollout(id: $id) {
      id
      status
    }
  }
`);

export const ResumeRolloutMutation = graphql(`
  mutation ResumeRollout($id: ID!) {
    resumeRollout(id: $id) {
      id
      status
    }
  }
`);

export const RemoveServiceMutation = graphql(`
  mutation RemoveService($id: ID!) {
    removeService(id: $id) {
      id
    }
  }
`);

export const StartContainerMutation = graphql(`
  mutation StartContainer($id: ID!, $node: ID) {
    startContainer(id: $id, node: $node) {
      id
      state
      status
    }
  }
`);

export const StopContainerMutation = graphql(`
  mutation StopContainer($id: ID!, $node: ID) {
    stopContainer(id: $id, node: $node) {
      id
      state
      status
    }
  }
`);

export const RestartContainerMutation = graphql(`
  mutation RestartContainer($id: ID!, $node: ID) {
    restartContainer(id: $id, node: $node) {
      id
      state
      status
    }
  }
`);

export const RemoveContainerMutation = graphql(`
  mutation RemoveContainer($id: ID!, $node: ID, $force: Boolean!) {
    removeContainer(id: $id, node: $node, force: $force)
  }
`);

export const UpdateNodeMutation = graphql(`
  mutation UpdateNode($id: ID!, $input: UpdateNodeInput!) {
    updateNode(id: $id, input: $input) {
      id
      availability
      labels {
        key
        value
      }
    }
  }
`);
