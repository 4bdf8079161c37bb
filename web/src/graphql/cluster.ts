import { graphql } from '@/gql';

/* ---------- the cluster overview ---------- */

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
        ...ClusterResourcesFields
      }
    }
    nodes {
      ...NodeFields
    }
    services {
      ...ServiceFields
    }
  }
`);

export const ControlPlaneQuery = graphql(`
  query ControlPlane {
    system {
      version
      startedAt
      instanceId
      leader {
        instanceId
        self
        since
        token
      }
    }
  }
`);
