import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NetworkDriver, type Network } from '../../domain/network.js';
import { KeyValue, KeyValueInput, toKeyValues } from '../common/key-value.js';

registerEnumType(NetworkDriver, {
  name: 'NetworkDriver',
  description:
    'BRIDGE: a bridge per node with outside access; INTERNAL: a bridge per node without (--internal)',
  valuesConfig: {
    INTERNAL: { description: 'A bridge per node, without outside access (--internal)' },
    BRIDGE: { description: 'A bridge per node, with outside access' },
  },
});

@InputType({ description: 'A cluster network; created on each node a service attached to it lands on' })
export class CreateNetworkInput {
  @Field(() => String, { description: 'Network name, unique in its cluster; services join it by name' })
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

  @Field(() => [KeyValueInput], { description: 'Labels on the network; default none', nullable: true })
  labels?: KeyValueInput[];

  @Field(() => ID, { nullable: true, description: 'Default: the default cluster' })
  clusterId?: string;
}

@ObjectType('NetworkContainer', { description: 'A container attached to a network on one node' })
export class NetworkContainerType {
  @Field(() => String, { description: "The engine's container id" }) containerId: string;
  @Field(() => String, { description: 'Container name' }) name: string;
  @Field(() => String, { description: 'Its IPv4 address on the network' }) ipv4: string;
}

@ObjectType('NetworkOnNode', { description: 'The network as one node has it, read from its engine' })
export class NetworkOnNodeType {
  @Field(() => ID, { description: 'Node id' }) nodeId: string;
  @Field(() => String, { description: 'Node name' }) nodeName: string;
  @Field(() => Boolean, { description: "True: the network exists on this node's engine" }) present: boolean;
  @Field(() => String, {
    description: "The engine's network id; null: not created on this node",
    nullable: true,
  })
  engineNetworkId: string | null;
  @Field(() => String, { description: 'Subnet on this node (CIDR); null: not created here', nullable: true })
  subnet: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "This node's slice of the subnet: its containers' addresses come from it, and the other nodes route it to this node",
  })
  slice: string | null;
  @Field(() => [NetworkContainerType], { description: 'Containers attached to it on this node' })
  containers: NetworkContainerType[];
  @Field(() => String, {
    description: 'Why it could not be read or made on this node; null: no error',
    nullable: true,
  })
  error: string | null;
}

@ObjectType('Network', { description: 'A cluster network (desired state)' })
export class NetworkType {
  @Field(() => ID, { description: 'Network id' }) id: string;
  @Field(() => String, { description: 'Id of its cluster' }) clusterId: string;
  @Field(() => String, { description: 'Network name, unique in its cluster' }) name: string;
  @Field(() => NetworkDriver, { description: 'BRIDGE or INTERNAL' }) driver: NetworkDriver;
  @Field(() => String, { description: 'IPv4 subnet in CIDR form, e.g. 10.42.0.0/16' }) subnet: string;
  @Field(() => String, { description: 'Gateway address in the subnet' }) gateway: string;
  @Field(() => [KeyValue], { description: 'Its labels' }) labels: KeyValue[];
  @Field(() => Date, { description: 'When it was created' }) createdAt: Date;
  /** Not a field: the domain object, for field resolvers. */
  raw: Network;

  static from(n: Network): NetworkType {
    return { ...n, labels: toKeyValues(n.labels), raw: n };
  }
}
