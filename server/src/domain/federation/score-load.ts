import type { ClusterScorer } from './types.js';

/** The seed's fourth criterion (10 %): live use, the idler the better; not sampled scores 50. */
export const loadScorer: ClusterScorer = {
  name: 'load',
  weight: 10,
  score: (c) => {
    const parts = [c.cpuUtilisation, c.memoryUtilisation].filter((u): u is number => u != null);
    if (!parts.length) return 50;
    const used = parts.reduce((a, b) => a + b, 0) / parts.length;
    return Math.round(100 * (1 - Math.min(1, Math.max(0, used))));
  },
};
