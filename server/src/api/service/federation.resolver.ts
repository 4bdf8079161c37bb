import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClusterSelector } from '../../domain/federation/types.js';
import { toKeyValues } from '../common/key-value.js';
import type { Context } from '../context.js';
import { FederationType, type ClusterSelectorType } from './federation.type.js';
import { ServiceType } from './service.type.js';

const selector = (s: ClusterSelector | null): ClusterSelectorType | null =>
  s && { names: s.names, regions: s.regions, labels: toKeyValues(s.labels) };

/** A federated service's placement, division with reasons and members (issue #15, item 3). */
@Resolver(() => ServiceType)
export class FederationResolver {
  @FieldResolver(() => FederationType, {
    nullable: true,
    description:
      'For a federated service (spec with placement.clusters): the clusters chosen, the replicas of each and why, the clusters left out and why, and what each copy runs; null for an ordinary service',
  })
  federation(@Ctx() ctx: Context, @Root() svc: ServiceType): FederationType | null {
    const s = ctx.core.services.get(svc.id);
    const p = s?.spec.placement.clusters;
    if (!s || !p) return null;
    const v = ctx.core.federation.get(s.id);
    return {
      placement: {
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
        })),
      },
      division: v?.division ?? [],
      excluded: v?.excluded ?? [],
      summary: v?.summary ?? 'not placed yet',
      members: v?.members ?? [],
      moving: v?.moving ?? false,
      decidedAt: v?.decidedAt ?? null,
    };
  }
}
