import type { ScorePlugin } from '../types.js';
import { clamp, type ScorerOptions } from './util.js';

/**
 * Co-locate with (positive weight) or keep away from (negative weight) tasks of named services,
 * like Kubernetes' preferred inter-pod (anti-)affinity. Presence counts most (the first task of
 * the named service gives 3/4 of the weight) and each further task adds a little, so a
 * service with anti-affinity to itself fills empty nodes first and then the least crowded ones.
 * Absolute scale as in node affinity: ±100 saturates.
 */
export function serviceAffinityScorer(options: ScorerOptions = {}): ScorePlugin {
  return {
    name: 'service-affinity',
    weight: options.weight ?? 3,
    enabled: (task) => task.placement.serviceAffinity.length > 0,
    score(task, info, ctx) {
      let sum = 0;
      for (const term of task.placement.serviceAffinity) {
        const count = ctx.tasksOfService(info, term.service);
        if (count > 0) sum += term.weight * (0.75 + 0.25 * (1 - 1 / count));
      }
      return 50 + 50 * clamp(sum / 100, -1, 1);
    },
  };
}
