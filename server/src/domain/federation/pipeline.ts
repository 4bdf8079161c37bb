import { largestRemainder, replicasThatFit } from './division.js';
import { affinityFilter, antiAffinityFilter } from './filter-affinity.js';
import { capacityFilter } from './filter-capacity.js';
import { healthFilter } from './filter-health.js';
import { overrideFor } from './overrides.js';
import { latencyScorer } from './score-latency.js';
import { loadScorer } from './score-load.js';
import { regionScorer } from './score-region.js';
import { resourcesScorer } from './score-resources.js';
import { spread } from './spread.js';
import {
  freeShare,
  type ClusterCandidate,
  type ClusterExclusion,
  type ClusterFilter,
  type ClusterScorer,
  type ClusterShare,
  type FederationDecision,
  type PlacementContext,
} from './types.js';

/** Hard rules first (what the operator said, then what the clusters can do). */
export const CLUSTER_FILTERS: readonly ClusterFilter[] = [
  affinityFilter,
  antiAffinityFilter,
  healthFilter,
  capacityFilter,
];

/** The seed's four criteria and weights: resources 40, latency 30, region preference 20, load 10. */
export const CLUSTER_SCORERS: readonly ClusterScorer[] = [
  resourcesScorer,
  latencyScorer,
  regionScorer,
  loadScorer,
];

interface Scored {
  candidate: ClusterCandidate;
  score: number;
  parts: Record<string, number>;
}

/**
 * The cluster-level scheduler: filter, score (weighted mean of the scorers, 0..100), spread, then
 * divide the replicas (DUPLICATED: all in each; DIVIDED_STATIC: by the weights given;
 * DIVIDED_CAPACITY: by how many replicas fit in each). Overrides of `replicas` replace a
 * cluster's share. Every share and exclusion carries its reason.
 */
export function decide(
  candidates: readonly ClusterCandidate[],
  ctx: PlacementContext,
  filters: readonly ClusterFilter[] = CLUSTER_FILTERS,
  scorers: readonly ClusterScorer[] = CLUSTER_SCORERS,
): FederationDecision {
  const excluded: ClusterExclusion[] = [];
  const passed: ClusterCandidate[] = [];
  for (const c of candidates) {
    const failed = filters.find((f) => !f.check(c, ctx));
    if (failed) excluded.push({ clusterId: c.id, cluster: c.name, reason: failed.explain(c, ctx) });
    else passed.push(c);
  }
  const totalWeight = scorers.reduce((s, x) => s + x.weight, 0) || 1;
  const scored: Scored[] = passed
    .map((c) => {
      const parts: Record<string, number> = {};
      let sum = 0;
      for (const s of scorers) {
        const v = Math.max(0, Math.min(100, s.score(c, passed, ctx)));
        parts[s.name] = v;
        sum += v * s.weight;
      }
      return { candidate: c, score: Math.round(sum / totalWeight), parts };
    })
    .sort((a, b) => b.score - a.score || a.candidate.name.localeCompare(b.candidate.name));
  const { kept, dropped } = spread(scored, ctx.placement.spread);
  for (const d of dropped)
    excluded.push({ clusterId: d.item.candidate.id, cluster: d.item.candidate.name, reason: d.reason });

  const p = ctx.placement;
  const weightOf = (c: ClusterCandidate) =>
    p.weights.find((w) => w.cluster === c.name || w.cluster === c.id)?.weight ?? 0;
  let counts: number[];
  let why: (s: Scored, i: number) => string;
  if (p.replicaScheduling === 'DUPLICATED') {
    counts = kept.map(() => ctx.replicas);
    why = (s) => `duplicated, score ${s.score}, ${Math.round(freeShare(s.candidate) * 100)} % free`;
  } else if (p.replicaScheduling === 'DIVIDED_STATIC') {
    const w = kept.map((s) => weightOf(s.candidate));
    counts = largestRemainder(ctx.replicas, w);
    why = (s, i) => `weight ${w[i]}, score ${s.score}, ${Math.round(freeShare(s.candidate) * 100)} % free`;
  } else {
    const fit = kept.map((s) =>
      // A cluster within its grace (unreachable) shows no room: it keeps one replica's worth.
      s.candidate.health.status === 'UNREACHABLE'
        ? 1
        : replicasThatFit({ cpu: s.candidate.cpuFree, memory: s.candidate.memoryFree }, ctx.reservation),
    );
    counts = largestRemainder(ctx.replicas, fit);
    why = (s, i) => `room for ${fit[i]}, ${Math.round(freeShare(s.candidate) * 100)} % free`;
  }
  const division: ClusterShare[] = kept.map((s, i) => {
    const o = overrideFor(p.overrides, s.candidate);
    const replicas = o?.replicas ?? counts[i]!;
    const base = why(s, i);
    return {
      clusterId: s.candidate.id,
      cluster: s.candidate.name,
      replicas,
      score: s.score,
      reason: o?.replicas != null ? `${base}; override: ${o.replicas} replicas` : base,
    };
  });
  return { division, excluded, summary: summarize(division, excluded) };
}

export function summarize(division: readonly ClusterShare[], excluded: readonly ClusterExclusion[]): string {
  const parts = [
    ...division.map((d) => `${d.cluster}: ${d.replicas} replica${d.replicas === 1 ? '' : 's'} (${d.reason})`),
    ...excluded.map((e) => `${e.cluster}: excluded, ${e.reason}`),
  ];
  return parts.join('; ') || 'no member cluster';
}
