import { graphql } from '@/gql';

/* ---------- the ingress of one service: counters, recent figures, per replica and per revision ---------- */

export const IngressStatsQuery = graphql(`
  query IngressStats($serviceId: ID!) {
    ingressStats(serviceId: $serviceId) {
      serviceId
      port
      listening
      error
      algorithm
      tls
      routes {
        host
        pathPrefix
      }
      inFlight
      requests
      errors
      retries
      recent {
        ...IngressWindowStatsFields
      }
      backends {
        taskId
        revision
        nodeName
        address
        port
        state
        consecutiveFailures
        retryAt
        draining
        inFlight
        requests
        failures
        lastError
        probe {
          healthy
          lastError
        }
        recent {
          ...IngressWindowStatsFields
        }
      }
      revisions {
        revision
        replicas
        weight
        requests
        errors
        recent {
          ...IngressWindowStatsFields
        }
      }
    }
  }
`);
