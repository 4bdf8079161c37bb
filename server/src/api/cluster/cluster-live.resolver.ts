import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { notFound } from '../../app/errors.js';
import { LatestByKey, QueueIterator } from '../../app/iterators.js';
import type { StevedoreEvent } from '../../domain/event.js';
import { ClusterType } from './cluster.type.js';
import { toClusterType } from './cluster.view.js';

/**
 * clusterStatus: a cluster (health, latency, utilisation) now, then again on every event about it:
 * the cluster.* events (created, updated, health from the member heartbeat or the federation loop),
 * its nodes' events (a node going DOWN is what changes a LOCAL cluster's health) and its services'
 * (what they reserve is its utilisation).
 * Without an id, every cluster the same way. Coalesced to the newest view per cluster, so a slow
 * client never falls behind and one cluster's change never hides another's. A removed cluster
 * ends a one-cluster stream.
 */
@Resolver()
export class ClusterLiveResolver {
  @Subscription(() => ClusterType, {
    description:
      'A cluster (health, latency, utilisation) now, then on every change of it (cluster.* events, events of its nodes and services); without an id, every cluster. NOT_FOUND for an unknown id',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const ref = args.clusterId == null ? null : String(args.clusterId);
      const only = ref === null ? null : ctx.core.clusters.get(ref);
      if (ref !== null && !only) throw notFound('cluster', ref, 'clusterId');
      const it = new QueueIterator<ClusterType>(new LatestByKey((c) => c.id));
      const push = (id: string) => {
        const c = ctx.core.clusters.get(id);
        if (c) it.push(toClusterType(ctx, c));
        else if (only) it.end();
      };
      // cluster.* and node.* events name the cluster; other node events only the node.
      const clusterOf = (e: StevedoreEvent): string | undefined =>
        e.clusterId ?? (e.nodeId ? ctx.core.nodes.get(e.nodeId)?.clusterId : undefined);
      const stop = ctx.core.live.events.subscribe((e) => {
        const id = clusterOf(e);
        if (id && (!only || id === only.id)) push(id);
      });
      for (const c of only ? [only] : ctx.core.clusters.list()) push(c.id);
      return it.onClose(stop);
    },
  })
  clusterStatus(
    @Root() c: ClusterType,
    @Arg('clusterId', () => ID, {
      nullable: true,
      description: 'Cluster id or name; null: every cluster',
    })
    _clusterId?: string,
  ): ClusterType {
    return c;
  }
}
