import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeAvailability, NodeRole, NodeStatus, type Node } from '../../domain/node.js';
import { KeyValue, toKeyValues } from '../common/key-value.js';
import { ResourcesType } from '../common/resources.type.js';
import type { NodeRuntime } from '../../app/node-runtime.js';

registerEnumType(NodeStatus, { name: 'NodeStatus', description: 'Engine liveness, kept by the heartbeat' });
registerEnumType(NodeAvailability, {
  name: 'NodeAvailability',
  description: 'ACTIVE takes tasks; PAUSE takes no new ones; DRAIN moves tasks away',
});
registerEnumType(NodeRole, { name: 'NodeRole' });

@ObjectType()
export class PlatformType {
  @Field(() => String)
  os: string;

  @Field(() => String)
  arch: string;
}

@ObjectType('Node', { description: 'A Docker engine Stevedore drives' })
export class NodeType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  clusterId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'unix:///path/docker.sock or tcp://host:port' })
  endpoint: string;

  @Field(() => String, { nullable: true, description: "The engine's own ID: the node's identity" })
  engineId: string | null;

  @Field(() => NodeRole)
  role: NodeRole;

  @Field(() => NodeStatus)
  status: NodeStatus;

  @Field(() => String, { nullable: true, description: 'Why the node is not READY' })
  statusMessage: string | null;

  @Field(() => NodeAvailability)
  availability: NodeAvailability;

  @Field(() => [KeyValue])
  labels: KeyValue[];

  @Field(() => PlatformType)
  platform: PlatformType;

  @Field(() => String, { nullable: true })
  engineVersion: string | null;

  @Field(() => String, { nullable: true })
  hostname: string | null;

  @Field(() => String, { description: 'Address where ports this node publishes are reached' })
  publishAddress: string;

  @Field(() => Float)
  cpus: number;

  @Field(() => Float, { description: 'Bytes' })
  memoryBytes: number;

  @Field(() => ResourcesType)
  capacity: ResourcesType;

  @Field(() => ResourcesType, { description: 'Reserved (or limited) by running containers' })
  allocated: ResourcesType;

  @Field(() => Int)
  containerCount: number;

  @Field(() => Int)
  runningContainerCount: number;

  @Field(() => Date, { nullable: true })
  lastSeenAt: Date | null;

  @Field(() => Date)
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
