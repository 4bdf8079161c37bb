import { isEmptySelector, matchesSelector, type ClusterFilter, type ClusterSelector } from './types.js';

const words = (s: ClusterSelector) =>
  [
    s.names.length ? `names ${s.names.join(', ')}` : '',
    s.regions.length ? `regions ${s.regions.join(', ')}` : '',
    Object.keys(s.labels).length
      ? `labels ${Object.entries(s.labels)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}`
      : '',
  ]
    .filter(Boolean)
    .join('; ');

/** Cluster affinity: only the clusters the selector matches (by name, labels, region). */
export const affinityFilter: ClusterFilter = {
  name: 'affinity',
  check: (c, ctx) => isEmptySelector(ctx.placement.affinity) || matchesSelector(c, ctx.placement.affinity!),
  explain: (_c, ctx) => `outside the affinity (${words(ctx.placement.affinity!)})`,
};

/** Cluster anti-affinity: never the clusters the selector matches. */
export const antiAffinityFilter: ClusterFilter = {
  name: 'anti-affinity',
  check: (c, ctx) =>
    isEmptySelector(ctx.placement.antiAffinity) || !matchesSelector(c, ctx.placement.antiAffinity!),
  explain: (_c, ctx) => `matches the anti-affinity (${words(ctx.placement.antiAffinity!)})`,
};
