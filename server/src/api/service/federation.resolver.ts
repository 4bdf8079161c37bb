import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ClusterPlacementType, FederationType } from './federation.type.js';
import { ServiceType } from './service.type.js';

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
      placement: ClusterPlacementType.from(p),
      division: v?.division ?? [],
      excluded: v?.excluded ?? [],
      summary: v?.summary ?? 'not placed yet',
      members: v?.members ?? [],
      moving: v?.moving ?? false,
      decidedAt: v?.decidedAt ?? null,
    };
  }
}
