import { graphql } from '@/gql';

/* ---------- nodes: list, tasks on a node, live stats, availability and labels ---------- */

export const NodesQuery = graphql(`
  query Nodes {
    nodes {
      ...NodeFields
    }
  }
`);

export const NodeTasksQuery = graphql(`
  query NodeTasks($nodeId: ID!) {
    tasks(nodeId: $nodeId) {
      ...TaskFields
    }
    services {
      id
      name
    }
  }
`);

export const NodeStatsSubscription = graphql(`
  subscription NodeStats($nodeId: ID!, $intervalMs: Int!) {
    nodeStats(nodeId: $nodeId, intervalMs: $intervalMs) {
      ...NodeStatsFields
    }
  }
`);

export const UpdateNodeMutation = graphql(`
  mutation UpdateNode($id: ID!, $input: UpdateNodeInput!) {
    updateNode(id: $id, input: $input) {
      ...NodeFields
    }
  }
`);

export const NodesStatsSubscription = graphql(`
  subscription NodesStats($nodeIds: [ID!]) {
    nodesStats(nodeIds: $nodeIds) {
      timestamp
      items {
        ...NodeStatsFields
      }
    }
  }
`);
