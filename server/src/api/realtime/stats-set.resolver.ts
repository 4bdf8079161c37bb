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
      const it = new QueueIterator<ContainerStatsBatch>(new LatestSlot());
      const stop = await watchContainerSet(ctx.core.live, ctx.core.nodes, refs, intervalMs, (b) =>
        it.push(b),
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
      const ids = (args.nodeIds as string[] | null | undefined) ?? null;
      const it = new QueueIterator<NodeStatsBatch>(new LatestSlot());
      const stop = watchNodeSet(ctx.core.live, ctx.core.nodes, ids, intervalMs, (b) => it.push(b));
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
