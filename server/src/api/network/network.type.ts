import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NetworkDriver, type Network } from '../../domain/network.js';
import { KeyValue, KeyValueInput, toKeyValues } from '../common/key-value.js';

registerEnumType(NetworkDriver, {
  name: 'NetworkDriver',
  description:
    'BRIDGE: a bridge per node with outside access; INTERNAL: a bridge per node without (--internal)',
});

@InputType({ description: 'A cluster network; created on each node a service attached to it lands on' })
export class CreateNetworkInput {
  @Field(() => String)
  name: string;

  @Field(() => NetworkDriver, { nullable: true, description: 'Default BRIDGE' })
  driver?: NetworkDriver;

  @Field(() => String, {
    nullable: true,
    description:
      'IPv4 CIDR, the same on every node; each node hands out addresses from its own slice of it (16 slices or more, each at most a /24). Absent: the next free /22 of STEVEDORE_NETWORK_POOL',
  })
  subnet?: string;

  @Field(() => String, { nullable: true, description: 'Default: the first host address of the subnet' })
  gateway?: string;

  @Field(() => [KeyValueInput], { nullable: true })
  labels?: KeyValueInput[];

  @Field(() => ID, { nullable: true, description: 'Default: the default cluster' })
  clusterId?: string;
}

@ObjectType('NetworkContainer')
export class NetworkContainerType {
  @Field(() => String) containerId: string;
  @Field(() => String) name: string;
  @Field(() => String) ipv4: string;
}

@ObjectType('NetworkOnNode', { description: 'The network as one node has it, read from its engine' })
export class NetworkOnNodeType {
  @Field(() => ID) nodeId: string;
  @Field(() => String) nodeName: string;
  @Field(() => Boolean) present: boolean;
  @Field(() => String, { nullable: true }) engineNetworkId: string | null;
  @Field(() => String, { nullable: true }) subnet: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "This node's slice of the subnet: its containers' addresses come from it, and the other nodes route it to this node",
  })
  slice: string | null;
  @Field(() => [NetworkContainerType]) containers: NetworkContainerType[];
  @Field(() => String, { nullable: true }) error: string | null;
}

@ObjectType('Network', { description: 'A cluster network (desired state)' })
export class NetworkType {
  @Field(() => ID) id: string;
  @Field(() => String) clusterId: string;
  @Field(() => String) name: string;
  @Field(() => NetworkDriver) driver: NetworkDriver;
  @Field(() => String) subnet: string;
  @Field(() => String) gateway: string;
  @Field(() => [KeyValue]) labels: KeyValue[];
  @Field(() => Date) createdAt: Date;
  /** Not a field: the domain object, for field resolvers. */
  raw: Network;

  static from(n: Network): NetworkType {
    return { ...n, labels: toKeyValues(n.labels), raw: n };
  }
}
