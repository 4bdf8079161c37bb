import pLimit from 'p-limit';
import { badInput } from './errors.js';
import type { Live } from './live.js';
import type { NodeService } from './nodes.js';
import type { ContainerStats, GroupStats, StatsTarget } from './stats.js';

/*
 * Live stats of a set of containers (or nodes) as ONE stream: what a list shows for the rows in
 * view. Each member draws from the stats hub's one shared engine stream (or the shared node
 * group), its newest sample is kept, and every interval the whole set goes out as one batch:
 * one subscription and one message per interval, whatever the number of rows.
 */

/** A container of the set: its full id (or a unique prefix or name) and, when known, its node. */
export interface ContainerRef {
  containerId: string;
  nodeId?: string | null;
}

export interface ContainerStatsBatch {
  timestamp: Date;
  /** The newest sample of each member that has a current one. */
  items: ContainerStats[];
  /** Members without a current sample yet (a stream takes about 2 s to give its first). */
  pending: string[];
  /** Members not found, or whose stream ended (stopped, removed, node unreachable). */
  gone: string[];
}

export interface NodeStatsBatch {
  timestamp: Date;
  /** Each node's aggregate, for the nodes that have one yet. */
  items: { nodeId: string; stats: GroupStats }[];
}

/** At most this many members per subscription (a page of a list, or the busiest of the fleet). */
export const MAX_STATS_SET = 500;
/** A sample older than this many intervals (and 3 s) is no longer current. */
const STALE_INTERVALS = 3;

/**
 * Watches the containers and calls `onBatch` every `intervalMs` with the newest sample of each.
 * A ref with a node is watched as given (no engine call); one without is located first (every
 * node asked, 8 at a time). Returns the unwatch (every stream released, the timer stopped).
 */
export async function watchContainerSet(
  live: Live,
  nodes: NodeService,
  refs: ContainerRef[],
  intervalMs: number,
  onBatch: (b: ContainerStatsBatch) => void,
): Promise<() => void> {
  if (refs.length > MAX_STATS_SET)
    throw badInput('containers', `at most ${MAX_STATS_SET} containers per subscription (got ${refs.length})`);
  const unique = new Map<string, ContainerRef>();
  refs.forEach((r, i) => {
    const id = r.containerId.trim();
    if (!id) throw badInput(`containers[${i}].containerId`, 'must not be empty');
    if (!unique.has(id)) unique.set(id, { containerId: id, nodeId: r.nodeId ?? null });
  });
  // Nodes first, so that a wrong node id is refused before any stream opens.
  const byNode = new Map<string, ReturnType<NodeService['require']>>();
  [...unique.values()].forEach((r, i) => {
    if (r.nodeId && !byNode.has(r.nodeId))
      byNode.set(r.nodeId, nodes.require(r.nodeId, `containers[${i}].nodeId`));
  });
  const latest = new Map<string, ContainerStats>();
  const gone = new Set<string>();
  const stops: (() => void)[] = [];
  let closed = false;
  const limit = pLimit(8);
  await Promise.all(
    [...unique.values()].map((r) =>
      limit(async () => {
        let target: StatsTarget;
        if (r.nodeId) {
          const node = byNode.get(r.nodeId)!;
          target = {
            containerId: r.containerId,
            nodeId: node.id,
            name: r.containerId.slice(0, 12),
            driver: nodes.driver(node),
          };
        } else {
          try {
            const c = await live.locate(r.containerId, null);
            target = { containerId: c.id, nodeId: c.node.id, name: c.name, driver: c.driver };
          } catch {
            gone.add(r.containerId);
            return;
          }
        }
        if (closed) return;
        const key = r.containerId;
        stops.push(
          live.watchStats(
            target,
            (s) => latest.set(key, s),
            () => {
              latest.delete(key);
              gone.add(key);
            },
          ),
        );
      }),
    ),
  );
  const staleMs = Math.max(3000, STALE_INTERVALS * intervalMs);
  const timer = setInterval(() => {
    const now = Date.now();
    const items: ContainerStats[] = [];
    const pending: string[] = [];
    for (const id of unique.keys()) {
      if (gone.has(id)) continue;
      const s = latest.get(id);
      if (s && now - s.timestamp.getTime() <= staleMs) items.push(s);
      else pending.push(id);
    }
    onBatch({ timestamp: new Date(now), items, pending, gone: [...gone] });
  }, intervalMs);
  return () => {
    closed = true;
    clearInterval(timer);
    for (const stop of stops.splice(0)) stop();
  };
}

/**
 * Watches nodes' aggregates (each the shared node group nodeStats uses) and calls `onBatch`
 * every `intervalMs` with each node's newest. No ids: every node.
 */
export function watchNodeSet(
  live: Live,
  nodes: NodeService,
  nodeIds: string[] | null,
  intervalMs: number,
  onBatch: (b: NodeStatsBatch) => void,
): () => void {
  const list = nodeIds
    ? [...new Set(nodeIds)].map((ref, i) => nodes.require(ref, `nodeIds[${i}]`))
    : nodes.list();
  if (list.length > MAX_STATS_SET)
    throw badInput('nodeIds', `at most ${MAX_STATS_SET} nodes per subscription`);
  const latest = new Map<string, GroupStats>();
  const stops = list.map((n) =>
    live.watchGroup(live.nodeStats(n.id), intervalMs, (g) => latest.set(n.id, g)),
  );
  const timer = setInterval(() => {
    onBatch({
      timestamp: new Date(),
      items: list.flatMap((n) => {
        const stats = latest.get(n.id);
        return stats ? [{ nodeId: n.id, stats }] : [];
      }),
    });
  }, intervalMs);
  return () => {
    clearInterval(timer);
    for (const stop of stops) stop();
  };
}
