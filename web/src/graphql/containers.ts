import { graphql } from '@/gql';

/* ---------- containers: list, detail, live stats and logs, actions ---------- */

export const ContainersQuery = graphql(`
  query Containers($filter: ContainerFilter) {
    containers(filter: $filter) {
      items {
        ...ContainerFields
      }
      unreachableNodes {
        ...UnreachableNodeFields
      }
    }
  }
`);

/** The containers page: one window of the list, filtered and sorted by the server (newest first). */
export const ContainersPageQuery = graphql(`
  query ContainersPage($filter: ContainerFilter, $first: Int) {
    containersConnection(filter: $filter, first: $first) {
      edges {
        node {
          ...ContainerFields
        }
      }
      pageInfo {
        hasNextPage
      }
      totalCount
      unreachableNodes {
        ...UnreachableNodeFields
      }
    }
  }
`);

export const ContainerQuery = graphql(`
  query Container($id: ID!, $node: ID) {
    container(id: $id, node: $node) {
      ...ContainerDetailsFields
    }
  }
`);

export const ContainerStatsSubscription = graphql(`
  subscription ContainerStats($containerId: String!, $nodeId: ID) {
    containerStats(containerId: $containerId, nodeId: $nodeId) {
      ...ContainerStatsFields
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

export const StartContainerMutation = graphql(`
  mutation StartContainer($id: ID!, $node: ID) {
    startContainer(id: $id, node: $node) {
      ...ContainerDetailsFields
    }
  }
`);

export const StopContainerMutation = graphql(`
  mutation StopContainer($id: ID!, $node: ID) {
    stopContainer(id: $id, node: $node) {
      ...ContainerDetailsFields
    }
  }
`);

export const RestartContainerMutation = graphql(`
  mutation RestartContainer($id: ID!, $node: ID) {
    restartContainer(id: $id, node: $node) {
      ...ContainerDetailsFields
    }
  }
`);

export const RemoveContainerMutation = graphql(`
  mutation RemoveContainer($id: ID!, $node: ID, $force: Boolean!) {
    removeContainer(id: $id, node: $node, force: $force)
  }
`);

export const ContainersStatsSubscription = graphql(`
  subscription ContainersStats($containers: [ContainerStatsTargetInput!]!) {
    containersStats(containers: $containers) {
      timestamp
      items {
        ...ContainerStatsFields
        nodeId
      }
      pending
      gone
    }
  }
`);
