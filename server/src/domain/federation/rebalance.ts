import type { ClusterCandidate, ClusterShare } from './types.js';

/**
 * Rebalancing (issue #15, item 5, the seed's): a cluster whose live use is over the high-water
 * mark (default 80 %) gives replicas of DIVIDED services to a cluster under the low-water mark
 * (default 30 %), `step` replicas per move. The moves are kept as offsets on the decided division
 * until the hot cluster has cooled under the low-water mark (hysteresis: no flapping), then the
 * replicas go back the way they came. The loop carries each move out start-first
 * (domain/federation/move.ts) and allows a new one only when the previous has landed and the
 * rebalance interval has passed (rate limit).
 */
export interface RebalanceOptions {
  highWater: number;
  lowWater: number;
  step: number;
  /** False while the previous move is in flight or the interval has not passed: offsets only. */
  mayMove: boolean;
}

export interface RebalanceResult {
  division: ClusterShare[];
  offsets: Map<string, number>;
  /** The new move of this pass, with its reason in words. */
  move: { from: string; to: string; replicas: number; reason: string } | null;
}

/** Live use, 0..1: the larger of CPU and memory; null when not measured. */
export function utilisation(
  c: Pick<ClusterCandidate, 'cpuUtilisation' | 'memoryUtilisation'>,
): number | null {
  const parts = [c.cpuUtilisation, c.memoryUtilisation].filter((u): u is number => u != null);
  return parts.length ? Math.max(...parts) : null;
}

const pct = (u: number) => `${Math.round(u * 100)} %`;

export function rebalance(
  division: readonly ClusterShare[],
  candidates: ReadonlyMap<string, ClusterCandidate>,
  previous: ReadonlyMap<string, number>,
  opts: RebalanceOptions,
): RebalanceResult {
  const util = (id: string) => {
    const c = candidates.get(id);
    return c ? utilisation(c) : null;
  };
  // Offsets stay while the cluster that gave is still warm; once it is cool, all return.
  const givers = [...previous].filter(([, v]) => v < 0).map(([id]) => id);
  const cooled = givers.length > 0 && givers.every((id) => (util(id) ?? 0) < opts.lowWater);
  const inDivision = new Set(division.map((d) => d.clusterId));
  const offsets = new Map<string, number>();
  if (!cooled) for (const [id, v] of previous) if (inDivision.has(id) && v !== 0) offsets.set(id, v);
  // A division that lost a cluster (failover) drops the offsets: they no longer balance.
  const sum = [...offsets.values()].reduce((a, b) => a + b, 0);
  if (sum !== 0) offsets.clear();

  const apply = () =>
    division.map((d) => {
      const o = offsets.get(d.clusterId) ?? 0;
      return o === 0
        ? d
        : { ...d, replicas: d.replicas + o, reason: `${d.reason}; rebalanced ${o > 0 ? '+' : ''}${o}` };
    });

  let move: RebalanceResult['move'] = null;
  if (opts.mayMove) {
    const shares = apply();
    const hot = shares
      .filter((d) => d.replicas > 0 && (util(d.clusterId) ?? 0) > opts.highWater)
      .sort((a, b) => util(b.clusterId)! - util(a.clusterId)!)[0];
    const cold = shares
      .filter((d) => util(d.clusterId) != null && util(d.clusterId)! < opts.lowWater)
      .sort((a, b) => util(a.clusterId)! - util(b.clusterId)!)[0];
    if (hot && cold && hot.clusterId !== cold.clusterId) {
      const k = Math.min(Math.max(1, opts.step), hot.replicas);
      offsets.set(hot.clusterId, (offsets.get(hot.clusterId) ?? 0) - k);
      offsets.set(cold.clusterId, (offsets.get(cold.clusterId) ?? 0) + k);
      move = {
        from: hot.cluster,
        to: cold.cluster,
        replicas: k,
        reason: `${hot.cluster} at ${pct(util(hot.clusterId)!)} is over the high-water mark ${pct(opts.highWater)}; ${cold.cluster} at ${pct(util(cold.clusterId)!)} is under the low-water mark ${pct(opts.lowWater)}`,
      };
    }
  }
  return { division: apply(), offsets, move };
}
