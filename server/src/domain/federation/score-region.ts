import type { ClusterScorer } from './types.js';

/**
 * The seed's third criterion (20 %): the region preference. The first region named scores 100,
 * each next one less; other regions 0. Without a preference every cluster scores 0 (no tip).
 */
export const regionScorer: ClusterScorer = {
  name: 'region',
  weight: 20,
  score: (c, _all, ctx) => {
    const pref = ctx.placement.regionPreference;
    const i = pref.indexOf(c.region);
    return i < 0 ? 0 : Math.round(100 * (1 - i / pref.length));
  },
};
