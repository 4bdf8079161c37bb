import { Field, InputType } from 'type-graphql';
import { KeyValueInput } from '../common/key-value.js';

@InputType({ description: 'A new cluster: a group of nodes, where it runs, and its environment' })
export class CreateClusterInput {
  @Field(() => String, {
    description: 'Cluster name, unique: 1..63 letters, digits, _, . and -, a letter or digit first',
  })
  name: string;

  @Field(() => String, { nullable: true, description: "Region it runs in (e.g. eu-west); absent: ''" })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "Zone within the region; absent: ''" })
  zone?: string | null;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Labels federated placement selects on' })
  labels?: KeyValueInput[] | null;

  @Field(() => String, { nullable: true, description: 'Environment it belongs to; absent: default' })
  environment?: string | null;
}

@InputType({ description: "A cluster's changes: only the fields given change" })
export class UpdateClusterInput {
  @Field(() => String, { nullable: true, description: 'A new name (the default cluster keeps its own)' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Region; '' clears it" })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "Zone; '' clears it" })
  zone?: string | null;

  @Field(() => [KeyValueInput], { nullable: true, description: 'Labels, replacing the current ones' })
  labels?: KeyValueInput[] | null;

  @Field(() => String, { nullable: true, description: 'Moves it to this environment' })
  environment?: string | null;
}
