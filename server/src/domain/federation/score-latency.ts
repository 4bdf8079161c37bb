import type { ClusterScorer } from './types.js';

/**
 * The seed's second criterion (30 %): the closest cluster (lowest p50 from this control plane)
 * scores 100, the others in proportion; a cluster not measured yet scores 50.
 */
export const latencyScorer: ClusterScorer = {
  name: 'latency',
  weight: 30,
  score: (c, all) => {
    if (c.latencyP50Ms == null) return 50;
    const best = Math.min(...all.map((a) => a.latencyP50Ms ?? Infinity));
    return Math.round((100 * Math.max(best, 0.1)) / Math.max(c.latencyP50Ms, 0.1));
  },
};
