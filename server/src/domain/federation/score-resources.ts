import { freeShare, type ClusterScorer } from './types.js';

/** The seed's first criterion (40 %): the more of a cluster is free, the better. */
export const resourcesScorer: ClusterScorer = {
  name: 'resources',
  weight: 40,
  score: (c) => Math.round(freeShare(c) * 100),
};
