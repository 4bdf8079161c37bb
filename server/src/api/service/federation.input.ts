import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { KeyValueInput } from '../common/key-value.js';
import { ResourcesInput } from '../container/container.input.js';

export const ReplicaSchedulingEnum = {
  DUPLICATED: 'DUPLICATED',
  DIVIDED_STATIC: 'DIVIDED_STATIC',
  DIVIDED_CAPACITY: 'DIVIDED_CAPACITY',
} as const;
export type ReplicaSchedulingEnum = (typeof ReplicaSchedulingEnum)[keyof typeof ReplicaSchedulingEnum];
registerEnumType(ReplicaSchedulingEnum, {
  name: 'ReplicaScheduling',
  description:
    "How a federated service's replicas are divided over its clusters (Karmada's replicaScheduling)",
  valuesConfig: {
    DUPLICATED: { description: 'The full count in every chosen cluster' },
    DIVIDED_STATIC: { description: 'Divided by the static weights given (largest remainder)' },
    DIVIDED_CAPACITY: { description: 'Divided by how many replicas fit in each cluster now' },
  },
});

export const ClusterSpreadEnum = { REGION: 'REGION', ZONE: 'ZONE' } as const;
export type ClusterSpreadEnum = (typeof ClusterSpreadEnum)[keyof typeof ClusterSpreadEnum];
registerEnumType(ClusterSpreadEnum, {
  name: 'ClusterSpread',
  description: 'Spread a federated service over regions or zones: the best cluster of each',
  valuesConfig: {
    REGION: { description: 'At most one cluster per region' },
    ZONE: { description: 'At most one cluster per zone' },
  },
});

@InputType({ description: 'Clusters by name, labels (all must match) and region; parts left out match any' })
export class ClusterSelectorInput {
  @Field(() => [String], { nullable: true, description: 'Cluster names or ids' })
  names?: string[];
  @Field(() => [KeyValueInput], { nullable: true, description: 'Labels every chosen cluster has' })
  labels?: KeyValueInput[];
  @Field(() => [String], { nullable: true, description: 'Regions' })
  regions?: string[];
}

@InputType({ description: 'The weight of one cluster for DIVIDED_STATIC' })
export class ClusterWeightInput {
  @Field(() => String, { description: 'Cluster name or id' })
  cluster: string;
  @Field(() => Int, { description: '0..1000; the weights may not all be 0' })
  weight: number;
}

@InputType({ description: "What one cluster runs differently (Karmada's OverridePolicy)" })
export class ClusterOverrideInput {
  @Field(() => String, { description: 'Cluster name or id; must be one the affinity allows' })
  cluster: string;
  @Field(() => String, { nullable: true, description: 'Image in this cluster' })
  image?: string;
  @Field(() => [KeyValueInput], { nullable: true, description: "Variables merged over the template's env" })
  env?: KeyValueInput[];
  @Field(() => Int, { nullable: true, description: 'Replicas in this cluster instead of its share' })
  replicas?: number;
  @Field(() => ResourcesInput, {
    nullable: true,
    description: 'Limits and reservations replaced where given',
  })
  resources?: ResourcesInput;
}

@InputType({
  description:
    'Federated placement over member clusters: the service becomes a template whose copies (NAME-CLUSTER) run in the chosen clusters',
})
export class ClusterPlacementInput {
  @Field(() => ClusterSelectorInput, { nullable: true, description: 'Only these clusters' })
  affinity?: ClusterSelectorInput;
  @Field(() => ClusterSelectorInput, { nullable: true, description: 'Never these clusters' })
  antiAffinity?: ClusterSelectorInput;
  @Field(() => ClusterSpreadEnum, { nullable: true, description: 'At most one cluster per region (or zone)' })
  spread?: ClusterSpreadEnum;
  @Field(() => ReplicaSchedulingEnum, {
    nullable: true,
    description: 'Default DIVIDED_STATIC when weights are given, else DUPLICATED',
  })
  replicaScheduling?: ReplicaSchedulingEnum;
  @Field(() => [ClusterWeightInput], { nullable: true, description: 'DIVIDED_STATIC: weight per cluster' })
  weights?: ClusterWeightInput[];
  @Field(() => [String], {
    nullable: true,
    description: 'Regions in order of preference: the region scorer (weight 20 of 100) tips toward them',
  })
  regionPreference?: string[];
  @Field(() => [ClusterOverrideInput], { nullable: true, description: 'Per-cluster overrides' })
  overrides?: ClusterOverrideInput[];
}
