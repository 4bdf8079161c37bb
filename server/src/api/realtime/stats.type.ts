import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ContainerStats', {
  description: 'One sample of a container, in the units and formulas of `docker stats`',
})
export class ContainerStatsType {
  @Field(() => String)
  containerId: string;

  @Field(() => ID)
  nodeId: string;

  @Field(() => String)
  name: string;

  @Field(() => Date, { description: "The engine's read time of the sample" })
  timestamp: Date;

  @Field(() => Float, { description: '100 = one CPU busy (as docker stats): up to onlineCpus × 100' })
  cpuPercent: number;

  @Field(() => Int)
  onlineCpus: number;

  @Field(() => Float, { description: 'Bytes, without the inactive file cache (as docker stats)' })
  memoryUsageBytes: number;

  @Field(() => Float)
  memoryLimitBytes: number;

  @Field(() => Float)
  memoryPercent: number;

  @Field(() => Float, { description: 'Total received since start, all interfaces' })
  networkRxBytes: number;

  @Field(() => Float)
  networkTxBytes: number;

  @Field(() => Float, { description: 'Over the last engine sample period' })
  networkRxBytesPerSec: number;

  @Field(() => Float)
  networkTxBytesPerSec: number;

  @Field(() => Float)
  blockReadBytes: number;

  @Field(() => Float)
  blockWriteBytes: number;

  @Field(() => Int)
  pids: number;
}

@ObjectType('NodeStats', { description: "Aggregate use of a node's running containers" })
export class NodeStatsType {
  @Field(() => ID)
  nodeId: string;

  @Field(() => Date)
  timestamp: Date;

  @Field(() => Int, { description: 'Running containers' })
  containerCount: number;

  @Field(() => Int, { description: 'Running containers with a current sample (a new one has none for ~2 s)' })
  sampledContainerCount: number;

  @Field(() => Float, { description: 'CPUs in use by containers' })
  usedCpus: number;

  @Field(() => Float, { nullable: true, description: "The node's CPUs" })
  cpus: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'usedCpus as a percent of the node (100 = every CPU busy)',
  })
  cpuPercent: number | null;

  @Field(() => Float)
  memoryUsedBytes: number;

  @Field(() => Float, { nullable: true })
  memoryTotalBytes: number | null;

  @Field(() => Float, { nullable: true })
  memoryPercent: number | null;

  @Field(() => Float)
  networkRxBytesPerSec: number;

  @Field(() => Float)
  networkTxBytesPerSec: number;

  @Field(() => Int)
  pids: number;
}
