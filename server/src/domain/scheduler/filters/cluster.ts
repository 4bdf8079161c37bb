import type { FilterPlugin } from '../types.js';

/**
 * A service runs only on the nodes of its own cluster. Roles, quotas, secrets and policy are kept
 * per environment, and an environment owns whole clusters, so a task placed on another cluster's
 * node would run outside everything its environment grants and limits. The reconciler hands the
 * scheduler every node; this filter is what keeps each service inside its cluster, for REPLICATED
 * and GLOBAL services alike (it is an eligibility filter, which GLOBAL eligibility uses too).
 */
export function clusterFilter(): FilterPlugin {
  return {
    name: 'cluster',
    eligibility: true,
    enabled: () => true,
    check: (task, { node }) => node.clusterId === task.clusterId || 'in another cluster',
    explain: (_task, reason, count) => `${count === 1 ? 'is' : 'are'} ${reason}`,
  };
}
