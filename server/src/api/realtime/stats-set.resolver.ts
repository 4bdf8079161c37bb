import { Arg, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { LatestSlot, QueueIterator } from '../../app/iterators.js';
import {
  watchContainerSet,
  watchNodeSet,
  type ContainerRef,
  type ContainerStatsBatch,
  type NodeStatsBatch,
} from '../../app/stats-set.js';
import { visibleScope, type Scope } from '../auth/visibility.js';
import { intervalArg, nodeStatsOf } from './stats.resolver.js';
import { ContainerStatsTargetInput } from './stats-set.input.js';
import { ContainerStatsBatchType, NodeStatsBatchType } from './stats-set.type.js';

/**
 * Stats of a set, one subscription for the rows a list shows: each member shares the hub's one
 * engine stream (or node group) with every other subscriber, and the set goes out as one batch
 * per interval; a slow client gets the newest batch, never a backlog.
 */
@Resolver()
export class StatsSetResolver {
  @Subscription(() => ContainerStatsBatchType, {
    description:
      'Live stats of a set of containers (at most 500), the newest sample of each in one batch per interval: one subscription for the rows in view',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const intervalMs = intervalArg(args.intervalMs);
      const refs = (args.containers ?? []) as ContainerRef[];
      // Cut to the caller's VIEWER environments: a member on a node of another is never watched.
      const scope = visibleScope(ctx);
      const outside = scope
        ? refs.filter((r) => r.nodeId && !scope.node(r.nodeId)).map((r) => r.containerId.trim())
        : [];
      const inside = scope ? refs.filter((r) => !r.nodeId || scope.node(r.nodeId)) : refs;
      const it = new QueueIterator<ContainerStatsBatch>(new LatestSlot());
      const stop = await watchContainerSet(ctx.core.live, ctx.core.nodes, inside, intervalMs, (b) =>
        it.push(scope ? cutContainerBatch(b, scope, outside) : b),
      );
      return it.onClose(stop);
    },
  })
  containersStats(
    @Root() b: ContainerStatsBatch,
    @Arg('containers', () => [ContainerStatsTargetInput], {
      description: 'The containers; give each its nodeId to start at once (no engine call to find it)',
    })
    _containers: ContainerStatsTargetInput[],
    @Arg('intervalMs', () => Int, {
      defaultValue: 1000,
      description: 'Time between two batches, in ms: at least 1000 (the engine samples every second)',
    })
    _intervalMs?: number,
  ): ContainerStatsBatchType {
    return b;
  }

  @Subscription(() => NodeStatsBatchType, {
    description:
      "Aggregate live use of several nodes' running containers, every node's in one batch per interval",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const intervalMs = intervalArg(args.intervalMs);
      const scope = visibleScope(ctx);
      const asked = (args.nodeIds as string[] | null | undefined) ?? null;
      // Nodes of other environments are left out (null: every node the caller sees, as now listed).
      const ids = scope
        ? (asked ?? ctx.core.nodes.list().map((n) => n.id)).filter((id) => scope.node(id))
        : asked;
      const it = new QueueIterator<NodeStatsBatch>(new LatestSlot());
      const stop = watchNodeSet(ctx.core.live, ctx.core.nodes, ids, intervalMs, (b) =>
        it.push(scope ? { ...b, items: b.items.filter((n) => scope.node(n.nodeId)) } : b),
      );
      return it.onClose(stop);
    },
  })
  nodesStats(
    @Root() b: NodeStatsBatch,
    @Arg('nodeIds', () => [ID], { nullable: true, description: 'Node ids or names; null: every node' })
    _nodeIds?: string[] | null,
    @Arg('intervalMs', () => Int, {
      defaultValue: 1000,
      description: 'Time between two batches, in ms; at least and by default 1000',
    })
    _intervalMs?: number,
  ): NodeStatsBatchType {
    return { timestamp: b.timestamp, items: b.items.map((n) => nodeStatsOf(n.nodeId, n.stats)) };
  }
}

/**
 * A batch as a caller who sees only `scope` gets it: samples from nodes outside it dropped (a
 * member given without its node was located on every node), and those members with the ones
 * refused up front (`outside`) reported gone, so a client waiting on them stops waiting.
 */
export function cutContainerBatch(
  b: ContainerStatsBatch,
  scope: Scope,
  outside: string[],
): ContainerStatsBatch {
  const hidden = b.items.filter((c) => !scope.node(c.nodeId)).map((c) => c.containerId);
  if (!hidden.length && !outside.length) return b;
  return {
    ...b,
    items: hidden.length ? b.items.filter((c) => scope.node(c.nodeId)) : b.items,
    gone: [...new Set([...b.gone, ...outside, ...hidden])],
  };
}
