import { Field, ID, InputType } from 'type-graphql';
import { NodeAvailability, NodeRole } from '../../domain/node.js';
import { KeyValueInput } from '../common/key-value.js';

@InputType({
  description: 'Client TLS for a tcp engine (PEM text); stored encrypted with the secret key, never returned',
})
export class EngineTlsInput {
  @Field(() => String, { nullable: true, description: 'CA certificate the engine is checked against' })
  ca?: string;

  @Field(() => String, { nullable: true, description: 'Client certificate' })
  cert?: string;

  @Field(() => String, { nullable: true, description: 'Client private key' })
  key?: string;
}

@InputType({ description: 'A Docker engine to register as a node' })
export class AddNodeInput {
  @Field(() => String, { description: 'Node name, unique in the control plane' })
  name: string;

  @Field(() => String, { description: "The engine's address: unix:///path/docker.sock or tcp://host:port" })
  endpoint: string;

  @Field(() => [KeyValueInput], {
    description: 'Node labels for placement constraints; default none',
    nullable: true,
  })
  labels?: KeyValueInput[];

  @Field(() => NodeRole, { description: 'MANAGER or WORKER; default WORKER', nullable: true })
  role?: NodeRole;

  @Field(() => String, {
    nullable: true,
    description: 'Address where published ports are reached; default 127.0.0.1',
  })
  publishAddress?: string;

  @Field(() => ID, {
    description: 'Cluster to join (id or name); default the default cluster',
    nullable: true,
  })
  clusterId?: string;

  @Field(() => EngineTlsInput, {
    nullable: true,
    description: 'tcp engines only: TLS with client certificates',
  })
  tls?: EngineTlsInput;
}

@InputType({ description: 'Changes to a node; fields not given stay' })
export class UpdateNodeInput {
  @Field(() => String, { description: 'New node name, unique', nullable: true })
  name?: string;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Replaces all labels' })
  labels?: KeyValueInput[];

  @Field(() => NodeAvailability, { description: 'ACTIVE, PAUSE or DRAIN', nullable: true })
  availability?: NodeAvailability;

  @Field(() => String, { description: 'Address where ports this node publishes are reached', nullable: true })
  publishAddress?: string;
}
