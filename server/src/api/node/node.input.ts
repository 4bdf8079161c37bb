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

@InputType()
export class AddNodeInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'unix:///path/docker.sock or tcp://host:port' })
  endpoint: string;

  @Field(() => [KeyValueInput], { nullable: true })
  labels?: KeyValueInput[];

  @Field(() => NodeRole, { nullable: true })
  role?: NodeRole;

  @Field(() => String, {
    nullable: true,
    description: 'Address where published ports are reached; default 127.0.0.1',
  })
  publishAddress?: string;

  @Field(() => ID, { nullable: true })
  clusterId?: string;

  @Field(() => EngineTlsInput, {
    nullable: true,
    description: 'tcp engines only: TLS with client certificates',
  })
  tls?: EngineTlsInput;
}

@InputType()
export class UpdateNodeInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Replaces all labels' })
  labels?: KeyValueInput[];

  @Field(() => NodeAvailability, { nullable: true })
  availability?: NodeAvailability;

  @Field(() => String, { nullable: true })
  publishAddress?: string;
}
