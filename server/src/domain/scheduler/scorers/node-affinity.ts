import { compileConstraint } from '@stevedore/spec-rules';
import type { ScorePlugin } from '../types.js';
import { clamp, type ScorerOptions } from './util.js';

/**
 * Soft node preferences (Kubernetes' preferred node affinity) written as constraint expressions:
 * a node matching a term gains its weight (negative weights repel). The sum is taken against an
 * absolute scale (±100 saturates), not normalised over nodes, so a weight-10 preference stays a
 * nudge and one weight-100 term is as strong as the scorer gets. Invalid terms are ignored here;
 * the API validates them.
 */
export function nodeAffinityScorer(options: ScorerOptions = {}): ScorePlugin {
  return {
    name: 'node-affinity',
    weight: options.weight ?? 2,
    enabled: (task) => task.placement.nodeAffinity.length > 0,
    score(task, info) {
      let sum = 0;
      for (const term of task.placement.nodeAffinity) {
        const parsed = compileConstraint(term.expression);
        if (parsed.ok && parsed.constraint.matches(info.node)) sum += term.weight;
      }
      return 50 + 50 * clamp(sum / 100, -1, 1);
    },
  };
}
