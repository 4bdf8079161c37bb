import { Field, ID, InputType } from 'type-graphql';
import { NodeAvailability, NodeRole } from '../../domain/node.js';
import { KeyValueInput } from '../common/key-value.js';

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

  @Field(() => String, { nullable: true, description: 'Address where published ports are reached; default 127.0.0.1' })
  publishAddress?: string;

  @Field(() => ID, { nullable: true })
  clusterId?: string;
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
