import { Arg, ID, Int, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { badInput } from '../../app/errors.js';
import type { ContainerStats, GroupStats, StatsGroupSpec } from '../../app/stats.js';
import { LatestSlot, QueueIterator } from '../../app/iterators.js';
import { ContainerStatsType, NodeStatsType } from './stats.type.js';

/** The engine samples once a second: intervals are whole periods of that, at least one. */
const MIN_INTERVAL_MS = 1000;
const MAX_INTERVAL_MS = 3_600_000;
/** A sample is due when this close to the interval: engine periods jitter around 1 s. */
const PACING_SLACK_MS = 500;

export function intervalArg(v: unknown): number {
  const n = v === null || v === undefined ? MIN_INTERVAL_MS : Number(v);
  if (!Number.isInteger(n) || n < MIN_INTERVAL_MS || n > MAX_INTERVAL_MS)
    throw badInput(
      'intervalMs',
      `must be ${MIN_INTERVAL_MS}..${MAX_INTERVAL_MS} (the engine samples every second)`,
    );
  return n;
}

/**
 * Stats subscriptions. Every subscriber of a container shares the hub's one engine stream; each
 * has its own pacing (every sample at 1000 ms, every Nth for longer intervals) and a one-slot
 * mailbox: a slow client gets the newest sample, never a backlog.
 *
 * Extension points for the services engineer:
 *  - serviceStats(serviceId): a StatsGroupSpec whose members() lists the running containers of
 *    the service's tasks (store.tasks → node + containerId → StatsTarget with the node's driver),
 *    whose affects() is `e.attributes['stevedore.service'] === serviceId`, and whose capacity()
 *    is the service's reservations or null; then `groupIterator(ctx, spec, intervalMs)` below
 *    does the rest (sharing, refcounting, teardown), as nodeStats does.
 *  - serviceStatus(serviceId): an event-driven snapshot stream: subscribe to
 *    `ctx.core.live.events.subscribe` (filter e.serviceId === serviceId), push a freshly
 *    computed status into a `QueueIterator(new LatestSlot())` on each, and push one at once;
 *    unsubscribe in `onClose`.
 */
@Resolver()
export class StatsResolver {
  @Subscription(() => ContainerStatsType, {
    description: 'Live stats of one container; every subscriber shares one engine stream',
    subscribe: async ({ args, context }) => {
      const ctx = context as Context;
      const intervalMs = intervalArg(args.intervalMs);
      const live = ctx.core.live;
      const c = await live.locate(String(args.containerId ?? ''), (args.nodeId as string | null) ?? null);
      const it = new QueueIterator<ContainerStats>(new LatestSlot());
      let lastSent = 0;
      const unwatch = live.watchStats(
        { containerId: c.id, nodeId: c.node.id, name: c.name, driver: c.driver },
        (s) => {
          const t = s.timestamp.getTime();
          if (lastSent && t - lastSent < intervalMs - PACING_SLACK_MS) return;
          lastSent = t;
          it.push(s);
        },
        (err) => it.end(err && (err as { kind?: string }).kind !== 'NOT_FOUND' ? err : undefined),
      );
      return it.onClose(unwatch);
    },
  })
  containerStats(
    @Root() s: ContainerStats,
    @Arg('containerId', () => String, { description: 'Full or short id, or name' }) _containerId: string,
    @Arg('nodeId', () => ID, {
      nullable: true,
      description: 'Node id or name; found by asking every node if not given',
    })
    _nodeId?: string | null,
    @Arg('intervalMs', () => Int, {
      defaultValue: MIN_INTERVAL_MS,
      description: 'Time between two answers, in ms: at least 1000 (the engine samples every second)',
    })
    _intervalMs?: number,
  ): ContainerStatsType {
    return s;
  }

  @Subscription(() => NodeStatsType, {
    description:
      "Aggregate live use of a node's running containers (CPU as a share of the node, memory, count)",
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const intervalMs = intervalArg(args.intervalMs);
      const node = ctx.core.nodes.require(String(args.nodeId ?? ''), 'nodeId');
      const spec = ctx.core.live.nodeStats(node.id);
      return groupIterator(ctx, spec, intervalMs, (g) => ({ ...g, nodeId: node.id }));
    },
  })
  nodeStats(
    @Root() s: GroupStats & { nodeId: string },
    @Arg('nodeId', () => ID, { description: 'Node id or name' }) _nodeId: string,
    @Arg('intervalMs', () => Int, {
      description: 'Time between two answers, in ms; at least and by default 1000',
      defaultValue: MIN_INTERVAL_MS,
    })
    _intervalMs?: number,
  ): NodeStatsType {
    return nodeStatsOf(s.nodeId, s);
  }
}

/** A node's aggregate as the API answers it (nodeStats, nodesStats). */
export function nodeStatsOf(nodeId: string, s: GroupStats): NodeStatsType {
  return {
    nodeId,
    timestamp: s.timestamp,
    containerCount: s.containerCount,
    sampledContainerCount: s.sampledContainerCount,
    usedCpus: s.usedCpus,
    cpus: s.capacityCpus,
    cpuPercent: s.cpuPercent,
    memoryUsedBytes: s.memoryUsedBytes,
    memoryTotalBytes: s.capacityMemoryBytes,
    memoryPercent: s.memoryPercent,
    networkRxBytesPerSec: s.networkRxBytesPerSec,
    networkTxBytesPerSec: s.networkTxBytesPerSec,
    pids: s.pids,
  };
}

/** An aggregate stats subscription over a group (node today, service next): shared, paced, coalesced. */
export function groupIterator<T>(
  ctx: Context,
  spec: StatsGroupSpec,
  intervalMs: number,
  map: (g: GroupStats) => T,
): QueueIterator<T> {
  const it = new QueueIterator<T>(new LatestSlot());
  const stop = ctx.core.live.watchGroup(spec, intervalMs, (g) => it.push(map(g)));
  return it.onClose(stop);
}
