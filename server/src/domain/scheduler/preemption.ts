import { PassContext, workingCopy } from './context.js';
import type { NodeInfo, PlacedTask, TaskRequest } from './types.js';

export interface PreemptionPlan {
  nodeIndex: number;
  /** Lowest priority first. */
  victims: PlacedTask[];
}

/**
 * Finds where evicting the fewest strictly-lower-priority tasks lets `task` pass every filter.
 *
 * Per node, as Kubernetes' default preemption does: remove all lower-priority tasks; if even that
 * does not make the node fit, it is no candidate. Otherwise reprieve them one by one, highest
 * priority first (and, within a priority, smallest first so more of them fit back), keeping each
 * that still leaves room; whatever cannot come back is a victim. Evicted tasks are thus as few
 * and as low in priority as this greedy pass can make them. Among nodes: fewest victims, then the
 * lowest highest-victim priority, then node id.
 *
 * `fits` runs the capacity filters (not the eligibility ones: the caller passes only eligible
 * nodes) on a hypothetical copy of the node.
 */
export function planPreemption(
  task: TaskRequest,
  nodes: readonly NodeInfo[],
  candidates: Iterable<number>,
  fits: (node: NodeInfo) => boolean,
  ctx: PassContext,
): PreemptionPlan | null {
  let best: PreemptionPlan | null = null;
  let bestTopPriority = 0;
  for (const index of candidates) {
    const info = nodes[index];
    if (!info) continue;
    const lower = info.tasks.filter((t) => t.priority < task.priority);
    if (lower.length === 0) continue;
    const hypothetical = workingCopy(info);
    for (const t of lower) ctx.removeTask(hypothetical, t.taskId);
    if (!fits(hypothetical)) continue;
    const reprieveOrder = lower
      .slice()
      .sort(
        (a, b) =>
          b.priority - a.priority ||
          a.reservations.memoryBytes - b.reservations.memoryBytes ||
          a.reservations.nanoCpus - b.reservations.nanoCpus ||
          (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0),
      );
    const victims: PlacedTask[] = [];
    for (const t of reprieveOrder) {
      ctx.addTask(hypothetical, t);
      if (!fits(hypothetical)) {
        ctx.removeTask(hypothetical, t.taskId);
        victims.push(t);
      }
    }
    if (victims.length === 0) continue;
    victims.sort(
      (a, b) => a.priority - b.priority || (a.taskId < b.taskId ? -1 : a.taskId > b.taskId ? 1 : 0),
    );
    const topPriority = (victims[victims.length - 1] as PlacedTask).priority;
    if (
      best === null ||
      victims.length < best.victims.length ||
      (victims.length === best.victims.length && topPriority < bestTopPriority)
    ) {
      best = { nodeIndex: index, victims };
      bestTopPriority = topPriority;
    }
  }
  return best;
}
