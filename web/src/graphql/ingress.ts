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
        windowMs
        requests
        errors
        p50Ms
        p95Ms
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
          requests
          errors
          p50Ms
          p95Ms
        }
      }
      revisions {
        revision
        replicas
        weight
        requests
        errors
        recent {
          requests
          errors
          p50Ms
          p95Ms
        }
      }
    }
  }
`);
