import type { ScorePlugin } from '../types.js';
import type { ScorerOptions } from './util.js';

/**
 * swarm's default spread: fewer tasks of the same service on a node is better, so replicas land
 * on different nodes and one node failing takes out as few as possible. 100 / (1 + count) is a
 * per-node value (no normalising over all nodes), which lets the pipeline rescore only the node
 * that just received a task.
 */
export function serviceSpreadScorer(options: ScorerOptions = {}): ScorePlugin {
  return {
    name: 'service-spread',
    weight: options.weight ?? 2,
    enabled: () => true,
    score: (task, info, ctx) => 100 / (1 + ctx.tasksOfServiceId(info, task.serviceId)),
  };
}
