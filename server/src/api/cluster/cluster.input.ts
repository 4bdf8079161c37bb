import { Field, InputType } from 'type-graphql';
import { KeyValueInput } from '../common/key-value.js';

@InputType({
  description:
    "A REMOTE cluster's member control plane: its GraphQL URL and an API token of it (stored encrypted, never returned)",
})
export class RemoteClusterInput {
  @Field(() => String, {
    nullable: true,
    description: 'http(s) URL of its GraphQL API, e.g. https://eu.example:8080/graphql (required on create)',
  })
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'An API token of the member (createApiToken there; OPERATOR or ADMIN of its environments). Required on create; on update it rotates the stored one. Never returned',
  })
  token?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "PEM of the CA its https certificate is signed by; '' clears it (update)",
  })
  ca?: string | null;
}

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

  @Field(() => RemoteClusterInput, {
    nullable: true,
    description:
      'Makes it a REMOTE cluster: another Stevedore control plane reached over its API (its nodes are its own; addNode is refused here)',
  })
  remote?: RemoteClusterInput | null;
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

  @Field(() => RemoteClusterInput, {
    nullable: true,
    description: 'REMOTE clusters only: a new URL, CA or token (the token rotates)',
  })
  remote?: RemoteClusterInput | null;
}
