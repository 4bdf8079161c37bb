import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { notFound } from '../../app/errors.js';
import { ClusterType } from './cluster.type.js';
import { toClusterType } from './cluster.view.js';
import { DEFAULT_CLUSTER_ID } from '../../app/clusters.js';

@Resolver(() => ClusterType)
export class ClusterResolver {
  @Query(() => ClusterType, { description: 'A cluster (the default one when no id is given) with totals' })
  cluster(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Cluster id or name; null: the default cluster', nullable: true })
    id?: string,
  ): ClusterType {
    const ref = id ?? DEFAULT_CLUSTER_ID;
    const c = ctx.core.clusters.get(ref);
    if (!c) throw notFound('cluster', ref, 'id');
    return toClusterType(ctx, c);
  }

  @Query(() => [ClusterType], { description: 'Every cluster' })
  clusters(@Ctx() ctx: Context): ClusterType[] {
    return ctx.core.clusters.list().map((c) => toClusterType(ctx, c));
  }
}
