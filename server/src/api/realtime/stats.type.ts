import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ContainerStats', {
  description: 'One sample of a container, in the units and formulas of `docker stats`',
})
export class ContainerStatsType {
  @Field(() => String, { description: "The engine's container id" })
  containerId: string;

  @Field(() => ID, { description: 'Id of the node it runs on' })
  nodeId: string;

  @Field(() => String, { description: 'Container name' })
  name: string;

  @Field(() => Date, { description: "The engine's read time of the sample" })
  timestamp: Date;

  @Field(() => Float, { description: '100 = one CPU busy (as docker stats): up to onlineCpus × 100' })
  cpuPercent: number;

  @Field(() => Int, { description: 'CPUs the container may use' })
  onlineCpus: number;

  @Field(() => Float, { description: 'Bytes, without the inactive file cache (as docker stats)' })
  memoryUsageBytes: number;

  @Field(() => Float, { description: "Memory limit, in bytes (the host's memory when none is set)" })
  memoryLimitBytes: number;

  @Field(() => Float, { description: 'Memory in use (memoryUsageBytes), in % of memoryLimitBytes' })
  memoryPercent: number;

  @Field(() => Float, { description: 'Bytes received since start, all interfaces' })
  networkRxBytes: number;

  @Field(() => Float, { description: 'Total sent since start, all interfaces, in bytes' })
  networkTxBytes: number;

  @Field(() => Float, { description: 'Over the last engine sample period' })
  networkRxBytesPerSec: number;

  @Field(() => Float, { description: 'Bytes sent per second, over the last engine sample period' })
  networkTxBytesPerSec: number;

  @Field(() => Float, { description: 'Bytes read from block devices since start' })
  blockReadBytes: number;

  @Field(() => Float, { description: 'Bytes written to block devices since start' })
  blockWriteBytes: number;

  @Field(() => Int, { description: 'Processes and threads in the container' })
  pids: number;
}

@ObjectType('NodeStats', { description: "Aggregate use of a node's running containers" })
export class NodeStatsType {
  @Field(() => ID, { description: 'Node id' })
  nodeId: string;

  @Field(() => Date, { description: 'When the figures were taken' })
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
    description:
      "CPUs in use (usedCpus), in % of the node (100 = every CPU busy); null: the node's CPUs are not known",
  })
  cpuPercent: number | null;

  @Field(() => Float, { description: 'Memory in use by containers, in bytes' })
  memoryUsedBytes: number;

  @Field(() => Float, { description: "The node's memory, in bytes; null: not known", nullable: true })
  memoryTotalBytes: number | null;

  @Field(() => Float, {
    description:
      "Memory in use (memoryUsedBytes), in % of memoryTotalBytes; null: the node's memory is not known",
    nullable: true,
  })
  memoryPercent: number | null;

  @Field(() => Float, { description: 'Bytes received per second by containers' })
  networkRxBytesPerSec: number;

  @Field(() => Float, { description: 'Bytes sent per second by containers' })
  networkTxBytesPerSec: number;

  @Field(() => Int, { description: 'Processes in running containers' })
  pids: number;
}
