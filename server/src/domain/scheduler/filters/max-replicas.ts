import type { FilterPlugin } from '../types.js';

/**
 * swarm's `--replicas-max-per-node`: caps tasks of one service per node, counting tasks already
 * there and ones placed earlier in the same pass (the pipeline adds them to the working node).
 * The count comes from the context's per-node service index, so the check is O(1).
 */
export function maxReplicasFilter(): FilterPlugin {
  return {
    name: 'max-replicas',
    eligibility: false,
    enabled: (task) => task.placement.maxReplicasPerNode > 0,
    check(task, info, ctx) {
      const max = task.placement.maxReplicasPerNode;
      if (ctx.tasksOfServiceId(info, task.serviceId) < max) return true;
      return `already had the maximum of ${max} ${max === 1 ? 'task' : 'tasks'} of ${task.serviceName}`;
    },
    explain: (_task, reason) => reason,
  };
}
