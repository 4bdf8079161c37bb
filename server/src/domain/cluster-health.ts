import type { Node } from './node.js';

/**
 * A member cluster's health, as federation judges it (Karmada's cluster conditions, reduced to
 * three): HEALTHY when every node that should run work is READY, DEGRADED when some are not,
 * UNREACHABLE when none is (or it has none), so nothing can be placed there. Drained nodes are
 * not counted against it: draining is the operator's choice, not a fault.
 */
export type ClusterHealthStatus = 'HEALTHY' | 'DEGRADED' | 'UNREACHABLE';

export interface ClusterHealth {
  status: ClusterHealthStatus;
  /** Why, in a sentence an operator reads on the dashboard. */
  reason: string;
}

export function clusterHealth(
  nodes: readonly Pick<Node, 'name' | 'status' | 'availability'>[],
): ClusterHealth {
  if (nodes.length === 0) return { status: 'UNREACHABLE', reason: 'no nodes' };
  const serving = nodes.filter((n) => n.availability !== 'DRAIN');
  const counted = serving.length ? serving : nodes;
  const down = counted.filter((n) => n.status !== 'READY');
  if (down.length === 0)
    return { status: 'HEALTHY', reason: `${counted.length} of ${counted.length} nodes ready` };
  const names = down
    .slice(0, 3)
    .map((n) => `${n.name} ${n.status.toLowerCase()}`)
    .join(', ');
  const more = down.length > 3 ? ` and ${down.length - 3} more` : '';
  if (down.length === counted.length)
    return { status: 'UNREACHABLE', reason: `no node ready: ${names}${more}` };
  return {
    status: 'DEGRADED',
    reason: `${counted.length - down.length} of ${counted.length} nodes ready; ${names}${more}`,
  };
}

/** The p-th percentile (0..100) of `samples` by nearest rank; null when there are none. */
export function percentile(samples: readonly number[], p: number): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}
