import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeAvailability, NodeRole, NodeStatus, type Node } from '../../domain/node.js';
import { KeyValue, toKeyValues } from '../common/key-value.js';
import { ResourcesType } from '../common/resources.type.js';
import type { NodeRuntime } from '../../app/node-runtime.js';

registerEnumType(NodeStatus, {
  name: 'NodeStatus',
  description: 'Engine liveness, kept by the heartbeat',
  valuesConfig: {
    UNKNOWN: { description: 'Not checked yet' },
    READY: { description: 'Answers its heartbeat' },
    DOWN: {
      description: 'Missed its heartbeats; after a grace period its tasks are ORPHANED and placed elsewhere',
    },
  },
});
registerEnumType(NodeAvailability, {
  name: 'NodeAvailability',
  description: 'ACTIVE takes tasks; PAUSE takes no new ones; DRAIN moves tasks away',
  valuesConfig: {
    PAUSE: { description: 'Takes no new tasks; its tasks stay' },
    DRAIN: { description: 'Takes no new tasks; its tasks are moved elsewhere' },
    ACTIVE: { description: 'Takes new tasks' },
  },
});
registerEnumType(NodeRole, {
  description: "A node's role",
  name: 'NodeRole',
  valuesConfig: { WORKER: { description: 'A worker node' }, MANAGER: { description: 'A manager node' } },
});

@ObjectType('Platform', { description: 'The OS and CPU architecture of a node', simpleResolvers: true })
export class PlatformType {
  @Field(() => String, { description: 'Operating system, e.g. linux' })
  os: string;

  @Field(() => String, { description: 'CPU architecture, e.g. x86_64 or aarch64' })
  arch: string;
}

@ObjectType('Node', { description: 'A Docker engine Stevedore drives', simpleResolvers: true })
export class NodeType {
  @Field(() => ID, { description: 'Node id' })
  id: string;

  @Field(() => String, { description: 'Id of its cluster' })
  clusterId: string;

  @Field(() => String, { description: 'Node name, unique' })
  name: string;

  @Field(() => String, { description: "The engine's address: unix:///path/docker.sock or tcp://host:port" })
  endpoint: string;

  @Field(() => String, { nullable: true, description: "The engine's own ID: the node's identity" })
  engineId: string | null;

  @Field(() => NodeRole, { description: 'MANAGER or WORKER' })
  role: NodeRole;

  @Field(() => NodeStatus, { description: 'Engine liveness, kept by the heartbeat' })
  status: NodeStatus;

  @Field(() => String, { nullable: true, description: 'Why the node is not READY' })
  statusMessage: string | null;

  @Field(() => NodeAvailability, { description: 'Whether the scheduler may place tasks here' })
  availability: NodeAvailability;

  @Field(() => [KeyValue], { description: 'Node labels, used by placement constraints (node.labels.*)' })
  labels: KeyValue[];

  @Field(() => PlatformType, { description: 'OS and CPU architecture' })
  platform: PlatformType;

  @Field(() => String, { description: 'Docker engine version; null: not read yet', nullable: true })
  engineVersion: string | null;

  @Field(() => String, {
    description: "The host's name as the engine reports it; null: not read yet",
    nullable: true,
  })
  hostname: string | null;

  @Field(() => String, { description: 'Address where ports this node publishes are reached' })
  publishAddress: string;

  @Field(() => Float, { description: 'CPUs of the host' })
  cpus: number;

  @Field(() => Float, { description: 'Bytes' })
  memoryBytes: number;

  @Field(() => ResourcesType, { description: 'CPUs and memory the node offers to tasks' })
  capacity: ResourcesType;

  @Field(() => ResourcesType, { description: 'Reserved (or limited) by running containers' })
  allocated: ResourcesType;

  @Field(() => Int, { description: 'Containers on its engine, in any state' })
  containerCount: number;

  @Field(() => Int, { description: 'Running containers on its engine' })
  runningContainerCount: number;

  @Field(() => Date, { description: 'Last successful heartbeat; null: never reached', nullable: true })
  lastSeenAt: Date | null;

  @Field(() => Date, { description: 'When it was registered' })
  createdAt: Date;

  static from(n: Node, rt: NodeRuntime): NodeType {
    return {
      id: n.id,
      clusterId: n.clusterId,
      name: n.name,
      endpoint: n.endpoint,
      engineId: n.engineId,
      role: n.role,
      status: n.status,
      statusMessage: n.statusMessage,
      availability: n.availability,
      labels: toKeyValues(n.labels),
      platform: n.platform,
      engineVersion: n.engineVersion,
      hostname: n.hostname,
      publishAddress: n.publishAddress,
      cpus: n.capacity.nanoCpus / 1e9,
      memoryBytes: n.capacity.memoryBytes,
      capacity: ResourcesType.from(n.capacity),
      allocated: ResourcesType.from(rt.allocated),
      containerCount: rt.containers,
      runningContainerCount: rt.containersRunning,
      lastSeenAt: n.lastSeenAt,
      createdAt: n.createdAt,
    };
  }
}
