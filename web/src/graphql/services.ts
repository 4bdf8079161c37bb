import { graphql } from '@/gql';

/* ---------- services: list, detail, revisions, and the mutations that change them ---------- */

export const ServicesQuery = graphql(`
  query Services($search: String, $status: ServiceStatus) {
    services(search: $search, status: $status) {
      ...ServiceFields
    }
  }
`);

/** One row of the services list, fetched again when an event says it changed (lib/live-rows.ts). */
export const ServiceRowQuery = graphql(`
  query ServiceRow($id: ID!) {
    service(id: $id) {
      ...ServiceFields
    }
  }
`);

export const ServiceQuery = graphql(`
  query Service($id: ID!) {
    service(id: $id) {
      ...ServiceFields
      previousRevision
      createdAt
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
        ...TaskFields
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
          clusters {
            ...ClusterPlacementFields
          }
        }
        update {
          ...UpdateConfigFields
        }
        rollback {
          ...UpdateConfigFields
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
          routes {
            host
            pathPrefix
          }
          tls {
            secret
          }
          probe {
            path
            intervalMs
            timeoutMs
            healthyThreshold
            unhealthyThreshold
          }
        }
        autoscale {
          ...AutoscaleSpecFields
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
        entrypoint
        aliases {
          network
          aliases
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

export const CreateServiceMutation = graphql(`
  mutation CreateService($spec: ServiceSpecInput!) {
    createService(spec: $spec) {
      ...ServiceFields
    }
  }
`);

export const UpdateServiceMutation = graphql(`
  mutation UpdateService($id: ID!, $spec: ServiceSpecInput!) {
    updateService(id: $id, spec: $spec) {
      ...ServiceFields
    }
  }
`);

export const PatchServiceMutation = graphql(`
  mutation PatchService($id: ID!, $patch: ServicePatchInput!) {
    patchService(id: $id, patch: $patch) {
      ...ServiceFields
    }
  }
`);

export const RollbackServiceMutation = graphql(`
  mutation RollbackService($id: ID!, $toRevision: Int) {
    rollbackService(id: $id, toRevision: $toRevision) {
      ...ServiceFields
    }
  }
`);

export const PauseRolloutMutation = graphql(`
  mutation PauseRollout($id: ID!) {
    pauseRollout(id: $id) {
      ...ServiceFields
    }
  }
`);

export const ResumeRolloutMutation = graphql(`
  mutation ResumeRollout($id: ID!) {
    resumeRollout(id: $id) {
      ...ServiceFields
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
