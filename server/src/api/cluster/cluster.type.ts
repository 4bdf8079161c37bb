import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeType } from '../node/node.type.js';

@ObjectType({ description: 'Node counts, as the seed status response: total, managers, workers, healthy' })
export class ClusterNodeCounts {
  @Field(() => Int)
  total: number;

  @Field(() => Int)
  managers: number;

  @Field(() => Int)
  workers: number;

  @Field(() => Int, { description: 'READY nodes' })
  healthy: number;

  @Field(() => Int, { description: 'DOWN or UNKNOWN nodes' })
  unhealthy: number;

  @Field(() => Int)
  ready: number;

  @Field(() => Int)
  down: number;

  @Field(() => Int)
  draining: number;
}

@ObjectType({ description: 'Capacity of READY nodes, and what running containers reserve and use' })
export class ClusterResources {
  @Field(() => Float)
  totalCpus: number;

  @Field(() => Float, { description: 'Bytes' })
  totalMemoryBytes: number;

  @Field(() => Float)
  reservedCpus: number;

  @Field(() => Float)
  reservedMemoryBytes: number;

  @Field(() => Float, { nullable: true, description: 'Live CPU use in CPUs, when stats are being sampled' })
  usedCpus: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Live memory use in bytes, when stats are being sampled',
  })
  usedMemoryBytes: number | null;
}

@ObjectType('Cluster')
export class ClusterType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => ClusterNodeCounts)
  nodeCounts: ClusterNodeCounts;

  @Field(() => ClusterResources)
  resources: ClusterResources;

  @Field(() => [NodeType])
  nodes: NodeType[];

  @Field(() => Int)
  containerCount: number;

  @Field(() => Int)
  runningContainerCount: number;

  @Field(() => Date)
  timestamp: Date;
}
