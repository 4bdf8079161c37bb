import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ClusterPlacement, ClusterSelector } from '../../domain/federation/types.js';
import { KeyValue, toKeyValues } from '../common/key-value.js';
import { ClusterSpreadEnum, ReplicaSchedulingEnum } from './federation.input.js';

@ObjectType('ClusterSelector', { description: 'Clusters by name, labels and region' })
export class ClusterSelectorType {
  @Field(() => [String], { description: 'Cluster names or ids; empty: any' }) names: string[];
  @Field(() => [KeyValue], { description: 'Labels every chosen cluster has' }) labels: KeyValue[];
  @Field(() => [String], { description: 'Regions; empty: any' }) regions: string[];
}

@ObjectType('ClusterWeight', { description: 'The static weight of one cluster (DIVIDED_STATIC)' })
export class ClusterWeightType {
  @Field(() => String, { description: 'Cluster name or id' }) cluster: string;
  @Field(() => Int, { description: 'Its weight, 0..1000' }) weight: number;
}

// Named as ResourcesInput names them, so a client can send back what it read (the dashboard's
// update form carries placement.clusters through unchanged).
@ObjectType('ClusterOverrideResources', {
  description:
    'Limits and reservations one cluster runs with instead of the template’s; null: the template’s',
})
export class ClusterOverrideResourcesType {
  @Field(() => Float, { nullable: true, description: 'CPU limit, in CPUs' }) cpuLimit: number | null;
  @Field(() => Float, { nullable: true, description: 'CPU reservation, in CPUs' }) cpuReservation:
    number | null;
  @Field(() => String, { nullable: true, description: 'Memory limit, in bytes (as ResourcesInput takes it)' })
  memoryLimit: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Memory reservation, in bytes (as ResourcesInput takes it)',
  })
  memoryReservation: string | null;
}

@ObjectType('ClusterOverride', { description: 'What one cluster runs differently' })
export class ClusterOverrideType {
  @Field(() => String, { description: 'Cluster name or id' }) cluster: string;
  @Field(() => String, { nullable: true, description: 'Image there; null: the template’s' })
  image: string | null;
  @Field(() => [KeyValue], { description: 'Variables merged over the template’s env' }) env: KeyValue[];
  @Field(() => Int, { nullable: true, description: 'Replicas there instead of its share; null: its share' })
  replicas: number | null;
  @Field(() => ClusterOverrideResourcesType, {
    nullable: true,
    description: 'Resources there; null: the template’s',
  })
  resources: ClusterOverrideResourcesType | null;
}

@ObjectType('ClusterPlacement', { description: "A federated service's placement over member clusters" })
export class ClusterPlacementType {
  @Field(() => ClusterSelectorType, { nullable: true, description: 'Only these clusters; null: any' })
  affinity: ClusterSelectorType | null;
  @Field(() => ClusterSelectorType, { nullable: true, description: 'Never these clusters; null: none' })
  antiAffinity: ClusterSelectorType | null;
  @Field(() => ClusterSpreadEnum, { nullable: true, description: 'At most one cluster per region (zone)' })
  spread: ClusterSpreadEnum | null;
  @Field(() => ReplicaSchedulingEnum, { description: 'How the replicas are divided over the clusters' })
  replicaScheduling: ReplicaSchedulingEnum;
  @Field(() => [ClusterWeightType], { description: 'DIVIDED_STATIC: the weight of each cluster' })
  weights: ClusterWeightType[];
  @Field(() => [String], { description: 'Regions in order of preference' }) regionPreference: string[];
  @Field(() => [ClusterOverrideType], { description: 'Per-cluster overrides' })
  overrides: ClusterOverrideType[];

  static from(p: ClusterPlacement): ClusterPlacementType {
    const selector = (x: ClusterSelector | null): ClusterSelectorType | null =>
      x && { names: x.names, regions: x.regions, labels: toKeyValues(x.labels) };
    const cpus = (n: number | null) => (n == null ? null : n / 1e9);
    const mem = (n: number | null) => (n == null ? null : String(n));
    return {
      affinity: selector(p.affinity),
      antiAffinity: selector(p.antiAffinity),
      spread: p.spread,
      replicaScheduling: p.replicaScheduling,
      weights: p.weights,
      regionPreference: p.regionPreference,
      overrides: p.overrides.map((o) => ({
        cluster: o.cluster,
        image: o.image,
        env: toKeyValues(o.env),
        replicas: o.replicas,
        resources: o.resources && {
          cpuLimit: cpus(o.resources.nanoCpusLimit),
          cpuReservation: cpus(o.resources.nanoCpusReservation),
          memoryLimit: mem(o.resources.memoryLimitBytes),
          memoryReservation: mem(o.resources.memoryReservationBytes),
        },
      })),
    };
  }
}

@ObjectType('FederationShare', { description: 'The replicas one cluster runs, and why' })
export class FederationShareType {
  @Field(() => ID, { description: 'The cluster' }) clusterId: string;
  @Field(() => String, { description: 'Its name' }) cluster: string;
  @Field(() => Int, { description: 'Replicas decided for it' }) replicas: number;
  @Field(() => Int, {
    description: 'The weighted score 0..100 (resources 40, latency 30, region preference 20, load 10)',
  })
  score: number;
  @Field(() => String, { description: 'Why, e.g. "weight 2, score 81, 41 % free"' }) reason: string;
}

@ObjectType('FederationExclusion', { description: 'A cluster left out, and why' })
export class FederationExclusionType {
  @Field(() => ID, { description: 'The cluster' }) clusterId: string;
  @Field(() => String, { description: 'Its name' }) cluster: string;
  @Field(() => String, { description: 'Why, e.g. "UNREACHABLE for 12 s (no node ready: n4 down)"' })
  reason: string;
}

@ObjectType('FederationMember', {
  description: "A member cluster's copy of the federated service, as observed",
})
export class FederationMemberType {
  @Field(() => ID, { description: 'The cluster' }) clusterId: string;
  @Field(() => String, { description: 'Its name' }) cluster: string;
  @Field(() => ID, { nullable: true, description: 'The copy (a service of that cluster); null: none yet' })
  serviceId: string | null;
  @Field(() => Int, { description: 'The replicas the copy is set to now' }) desired: number;
  @Field(() => Int, { description: "Containers running on the cluster's engines" }) running: number;
  @Field(() => Int, { description: 'Of those, ready (healthy when the service has a health check)' })
  healthy: number;
}

@ObjectType('Federation', {
  description: 'Where a federated service runs, decided by the cluster-level pipeline',
})
export class FederationType {
  @Field(() => ClusterPlacementType, { description: 'The placement asked for (spec.placement.clusters)' })
  placement: ClusterPlacementType;
  @Field(() => [FederationShareType], { description: 'The decided division, best scored first' })
  division: FederationShareType[];
  @Field(() => [FederationExclusionType], { description: 'The clusters left out, with why' })
  excluded: FederationExclusionType[];
  @Field(() => String, {
    description:
      'The decision in words, e.g. "eu-1: 3 replicas (weight 50, 41 % free); us-1: 2 ...; ap-1: excluded, UNREACHABLE for 12 s"',
  })
  summary: string;
  @Field(() => [FederationMemberType], { description: 'What each member cluster runs of it now' })
  members: FederationMemberType[];
  @Field(() => Boolean, {
    description: 'Replicas are still moving toward the division (start-first, rate-limited)',
  })
  moving: boolean;
  @Field(() => Date, {
    nullable: true,
    description: 'When the loop last decided; null before its first pass',
  })
  decidedAt: Date | null;
}
