import { graphql } from '@/gql';

/* ---------- the fleet: member clusters and the federated services over them ---------- */

export const FleetQuery = graphql(`
  query Fleet {
    clusters {
      id
      name
      region
      zone
      kind
      health {
        status
        reason
      }
      latencyP50Ms
      nodeCounts {
        total
        ready
      }
      resources {
        ...ClusterResourcesFields
      }
    }
    services {
      ...ServiceFields
      federation {
        moving
        members {
          ...FederationMemberFields
        }
      }
    }
  }
`);

/** A federated service's placement: the division with why, the clusters left out with why. */
export const ServiceFederationQuery = graphql(`
  query ServiceFederation($id: ID!) {
    service(id: $id) {
      id
      federation {
        decidedAt
        moving
        summary
        division {
          cluster
          clusterId
          replicas
          score
          reason
        }
        excluded {
          cluster
          clusterId
          reason
        }
        members {
          ...FederationMemberFields
        }
        placement {
          replicaScheduling
        }
      }
    }
  }
`);
