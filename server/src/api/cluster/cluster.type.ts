import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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

@ObjectType('Cluster', {
  description: 'A group of nodes that services are scheduled on, with its counts and resources now',
})
export class ClusterType {
  @Field(() => ID, { description: 'Cluster id' })
  id: string;

  @Field(() => String, { description: 'Cluster name, unique' })
  name: string;

  @Field(() => ClusterNodeCounts, { description: 'Its nodes, counted by role and status' })
  nodeCounts: ClusterNodeCounts;

  @Field(() => ClusterResources, {
    description: 'Capacity of its READY nodes, and what is reserved and used',
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
