import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KeyValue } from '../common/key-value.js';
import { NodeType } from '../node/node.type.js';

@ObjectType({ description: 'Node counts, as the seed status response: total, managers, workers, healthy' })
export class ClusterNodeCounts {
  @Field(() => Int, { description: 'Every node' })
  total: number;

  @Field(() => Int, { description: 'MANAGER nodes' })
  managers: number;

  @Field(() => Int, { description: 'WORKER nodes' })
  workers: number;

  @Field(() => Int, { description: 'READY nodes' })
  healthy: number;

  @Field(() => Int, { description: 'DOWN or UNKNOWN nodes' })
  unhealthy: number;

  @Field(() => Int, { description: 'READY nodes' })
  ready: number;

  @Field(() => Int, { description: 'DOWN nodes' })
  down: number;

  @Field(() => Int, { description: 'Nodes with availability DRAIN' })
  draining: number;
}

@ObjectType({ description: 'Capacity of READY nodes, and what running containers reserve and use' })
export class ClusterResources {
  @Field(() => Float, { description: 'CPUs of READY nodes' })
  totalCpus: number;

  @Field(() => Float, { description: 'Bytes' })
  totalMemoryBytes: number;

  @Field(() => Float, { description: 'CPUs reserved (or limited) by running containers' })
  reservedCpus: number;

  @Field(() => Float, { description: 'Memory reserved (or limited) by running containers, in bytes' })
  reservedMemoryBytes: number;

  @Field(() => Float, { nullable: true, description: 'Live CPU use in CPUs, when stats are being sampled' })
  usedCpus: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Live memory use in bytes, when stats are being sampled',
  })
  usedMemoryBytes: number | null;
}

export enum ClusterHealthStatus {
  HEALTHY = 'HEALTHY',
  DEGRADED = 'DEGRADED',
  UNREACHABLE = 'UNREACHABLE',
}
registerEnumType(ClusterHealthStatus, {
  name: 'ClusterHealthStatus',
  description: "A cluster's health from its nodes' heartbeats (drained nodes do not count against it)",
  valuesConfig: {
    HEALTHY: { description: 'Every node that serves work is READY' },
    DEGRADED: { description: 'Some nodes are not READY: work can still be placed on the rest' },
    UNREACHABLE: { description: 'No node is READY (or the cluster has none): nothing can be placed there' },
  },
});

export enum ClusterKind {
  LOCAL = 'LOCAL',
  REMOTE = 'REMOTE',
}
registerEnumType(ClusterKind, {
  name: 'ClusterKind',
  description: 'Who drives the engines of a cluster',
  valuesConfig: {
    LOCAL: { description: 'This control plane: its nodes are engines it drives' },
    REMOTE: {
      description: 'Another Stevedore control plane, reached over its GraphQL API with an API token',
    },
  },
});

@ObjectType({ description: 'Where a REMOTE cluster is reached (its token is never returned)' })
export class ClusterRemoteType {
  @Field(() => String, { description: 'URL of its GraphQL API' })
  url: string;

  @Field(() => Boolean, { description: 'Whether its https certificate is checked against a CA given here' })
  hasCa: boolean;

  @Field(() => Boolean, { description: 'Whether an API token is stored (encrypted) for it' })
  hasToken: boolean;
}

@ObjectType({ description: "A cluster's health and why" })
export class ClusterHealth {
  @Field(() => ClusterHealthStatus, { description: 'HEALTHY, DEGRADED or UNREACHABLE' })
  status: ClusterHealthStatus;

  @Field(() => String, { description: 'Why, as a sentence (e.g. "2 of 3 nodes ready; n3 down")' })
  reason: string;
}

@ObjectType({ description: "How much of a cluster's READY capacity is reserved and used, in percent" })
export class ClusterUtilisation {
  @Field(() => Float, {
    nullable: true,
    description: 'Reserved CPUs / total CPUs × 100; null without capacity',
  })
  allocatedCpuPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Reserved memory / total memory × 100; null without capacity',
  })
  allocatedMemoryPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Live CPU use / total CPUs × 100; null when no stats are being sampled there',
  })
  cpuPercent: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Live memory use / total memory × 100; null when no stats are being sampled there',
  })
  memoryPercent: number | null;
}

@ObjectType('Cluster', {
  description: 'A group of nodes that services are scheduled on, with its counts and resources now',
})
export class ClusterType {
  @Field(() => ID, { description: 'Cluster id' })
  id: string;

  @Field(() => String, { description: 'Cluster name, unique' })
  name: string;

  @Field(() => String, { description: "Region it runs in ('' when not said), for placement across clusters" })
  region: string;

  @Field(() => String, { description: "Zone within the region ('' when not said)" })
  zone: string;

  @Field(() => [KeyValue], { description: 'Labels, sorted by key, that federated placement can select on' })
  labels: KeyValue[];

  @Field(() => String, { description: 'Name of the environment it belongs to' })
  environment: string;

  @Field(() => ClusterKind, { description: 'LOCAL (engines driven here) or REMOTE (another control plane)' })
  kind: ClusterKind;

  @Field(() => ClusterRemoteType, { nullable: true, description: 'REMOTE only: where it is reached' })
  remote: ClusterRemoteType | null;

  @Field(() => ClusterHealth, {
    description:
      "HEALTHY, DEGRADED or UNREACHABLE, with the reason: from its nodes' heartbeats, or for a REMOTE cluster from pings of the member's API",
  })
  health: ClusterHealth;

  @Field(() => Float, {
    nullable: true,
    description:
      "Median round trip in ms from this control plane to the engines of its nodes (/_ping on each heartbeat, the last 60 per node), or for a REMOTE cluster to the member's API (the last 60 pings); null before the first",
  })
  latencyP50Ms: number | null;

  @Field(() => ClusterUtilisation, {
    description: 'Allocation and live use as percentages of its READY capacity',
  })
  utilisation: ClusterUtilisation;

  @Field(() => ClusterNodeCounts, { description: 'Its nodes, counted by role and status' })
  nodeCounts: ClusterNodeCounts;

  @Field(() => ClusterResources, {
    description:
      "Capacity of its READY nodes, and what is reserved and used (a REMOTE cluster: the member's, as its last ping reported)",
  })
  resources: ClusterResources;

  @Field(() => [NodeType], { description: 'Its nodes' })
  nodes: NodeType[];

  @Field(() => Int, { description: 'Containers on its nodes, in any state' })
  containerCount: number;

  @Field(() => Int, { description: 'Running containers on its nodes' })
  runningContainerCount: number;

  @Field(() => Date, { description: 'When these figures were read' })
  timestamp: Date;
}
