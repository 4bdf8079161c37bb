import { compileConstraint } from '@stevedore/spec-rules';
import type { FilterPlugin } from '../types.js';

/**
 * Hard placement rules (swarmkit's ConstraintFilter). Each distinct expression string is parsed
 * and compiled once (compileConstraint caches; V8 caches string hashes, so the lookup is cheap),
 * and a check is then a few closure calls. The reason names the first constraint the node failed,
 * in canonical form ("failed constraint node.labels.zone==eu"). An invalid expression (the API
 * should have rejected it) fails every node with the parse error rather than silently matching.
 */
export function constraintsFilter(): FilterPlugin {
  return {
    name: 'constraints',
    eligibility: true,
    enabled: (task) => task.placement.constraints.length > 0,
    check(task, info) {
      for (const expression of task.placement.constraints) {
        const result = compileConstraint(expression);
        if (!result.ok) return `failed ${result.error}`;
        if (!result.constraint.matches(info.node)) return `failed constraint ${result.constraint.text}`;
      }
      return true;
    },
    explain: (_task, reason) => reason,
  };
}
