import type { ScorePlugin } from '../types.js';
import { cpuFractionAfter, memoryFractionAfter, type ScorerOptions } from './util.js';

/**
 * Kubernetes' NodeResourcesBalancedAllocation: prefer nodes whose CPU and memory fractions stay
 * close after placing the task, so a node does not run out of one while the other sits idle
 * (stranded capacity). Score = 100 × (1 − |cpu − memory|).
 */
export function balancedResourcesScorer(options: ScorerOptions = {}): ScorePlugin {
  return {
    name: 'balanced-resources',
    weight: options.weight ?? 1,
    enabled: (task) => task.reservations.nanoCpus > 0 || task.reservations.memoryBytes > 0,
    score(task, info) {
      return (1 - Math.abs(cpuFractionAfter(task, info) - memoryFractionAfter(task, info))) * 100;
    },
  };
}
