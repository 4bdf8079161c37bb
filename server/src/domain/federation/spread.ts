import type { ClusterCandidate, SpreadBy } from './types.js';

/**
 * Spread over regions or zones: the best scored cluster of each group is kept, the others are
 * left out with the reason, so the replicas go to as many regions (zones) as there are. Clusters
 * without a region (zone) form a group each.
 */
export function spread<T extends { candidate: ClusterCandidate; score: number }>(
  scored: readonly T[],
  by: SpreadBy | null,
): { kept: T[]; dropped: { item: T; reason: string }[] } {
  if (!by) return { kept: [...scored], dropped: [] };
  const key = (c: ClusterCandidate) => (by === 'REGION' ? c.region : c.zone) || `#${c.id}`;
  const best = new Map<string, T>();
  for (const s of scored) {
    const k = key(s.candidate);
    const cur = best.get(k);
    if (!cur || s.score > cur.score) best.set(k, s);
  }
  const kept = scored.filter((s) => best.get(key(s.candidate)) === s);
  const dropped = scored
    .filter((s) => best.get(key(s.candidate)) !== s)
    .map((item) => ({
      item,
      reason: `spread over ${by.toLowerCase()}: ${best.get(key(item.candidate))!.candidate.name} scores higher in ${by === 'REGION' ? item.candidate.region : item.candidate.zone}`,
    }));
  return { kept, dropped };
}
