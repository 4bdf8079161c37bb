import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { actorName } from '../../app/access/principal.js';
import { CreateClusterInput, UpdateClusterInput } from './cluster.input.js';
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

  @Mutation(() => ClusterType, {
    description:
      'Creates a cluster (a group of nodes; addNode puts nodes in it) with its region, zone, labels and environment. BAD_USER_INPUT names the field; CONFLICT when the name is taken (ADMIN of the environment)',
  })
  createCluster(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateClusterInput, { description: 'The cluster' }) input: CreateClusterInput,
  ): ClusterType {
    return toClusterType(ctx, ctx.core.clusters.create(input, actorName(ctx.principal)));
  }

  @Mutation(() => ClusterType, {
    description:
      'Changes a cluster: only the fields given (ADMIN of its environment, and of the one it moves to)',
  })
  updateCluster(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Cluster id or name' }) id: string,
    @Arg('input', () => UpdateClusterInput, { description: 'The changes' }) input: UpdateClusterInput,
  ): ClusterType {
    return toClusterType(ctx, ctx.core.clusters.update(id, input, actorName(ctx.principal)));
  }

  @Mutation(() => ClusterType, {
    description:
      'Removes an empty cluster; CONFLICT names the nodes, services, networks or stacks still in it (the default cluster stays). Returns it as it was (ADMIN of its environment)',
  })
  removeCluster(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Cluster id or name' }) id: string,
  ): ClusterType {
    const c = ctx.core.clusters.require(id);
    const before = toClusterType(ctx, c);
    ctx.core.clusters.remove(c.id, actorName(ctx.principal));
    return before;
  }
}
