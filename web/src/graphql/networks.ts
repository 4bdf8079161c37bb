import { graphql } from '@/gql';

/* ---------- networks: each service's replicas per node with health and DNS, the slices, the connectivity check ---------- */

export const NetworksQuery = graphql(`
  query Networks {
    networks {
      id
      name
      driver
      subnet
      gateway
      services
      nodes {
        nodeId
        nodeName
        present
        slice
        error
        containers {
          containerId
        }
      }
      endpoints {
        serviceId
        serviceName
        taskId
        slot
        nodeId
        nodeName
        state
        health
        ip
        inDns
      }
    }
    services {
      id
      name
      spec {
        ports {
          containerPort
          protocol
        }
      }
    }
    serviceDns {
      enabled
      nameserver
      serving
      queries
      names
    }
  }
`);

export const CheckConnectivityMutation = graphql(`
  mutation CheckConnectivity($input: ConnectivityInput!) {
    checkConnectivity(input: $input) {
      fromService
      fromTaskId
      fromContainerId
      fromNode
      toService
      port
      resolved
      resolveOk
      resolveMs
      expected
      connected
      connectMs
      execOverheadMs
      output
      error
    }
  }
`);
