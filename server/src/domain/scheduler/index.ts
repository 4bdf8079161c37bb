/**
 * The scheduler: pure functions of (tasks, nodes) → placement decisions. snapshot.ts turns stored
 * services, tasks and nodes into NodeInfo/TaskRequest and runs one batch (`placeBatch`); the
 * reconciler applies the decisions (including evicting `preempted` tasks).
 */
import { clusterFilter } from './filters/cluster.js';
import { constraintsFilter } from './filters/constraints.js';
import { hostPortsFilter } from './filters/host-ports.js';
import { maxReplicasFilter } from './filters/max-replicas.js';
import { nodeReadyFilter } from './filters/node-ready.js';
import { resourcesFilter } from './filters/resources.js';
import { Scheduler } from './pipeline.js';
import { balancedResourcesScorer } from './scorers/balanced-resources.js';
import { leastAllocatedScorer } from './scorers/least-allocated.js';
import { loadScorer } from './scorers/load.js';
import { nodeAffinityScorer } from './scorers/node-affinity.js';
import { serviceAffinityScorer } from './scorers/service-affinity.js';
import { serviceSpreadScorer } from './scorers/service-spread.js';
import type { FilterPlugin, ScorePlugin } from './types.js';

export * from './types.js';
export { Scheduler, NO_NODES_REASON, sameSpec, type SchedulerOptions } from './pipeline.js';
export { PassContext, workingCopy } from './context.js';
export { planPreemption, type PreemptionPlan } from './preemption.js';
export { countNodes } from './explain.js';
export {
  duePending,
  eligibleNodes,
  nodeInfos,
  placeBatch,
  requestFor,
  type LiveLoads,
  type TaskDecision,
} from './snapshot.js';
export {
  clusterFilter,
  constraintsFilter,
  hostPortsFilter,
  maxReplicasFilter,
  nodeReadyFilter,
  resourcesFilter,
};
export { portsOverlap } from './filters/host-ports.js';
export {
  balancedResourcesScorer,
  leastAllocatedScorer,
  loadScorer,
  nodeAffinityScorer,
  serviceAffinityScorer,
  serviceSpreadScorer,
};
export type { ScorerOptions } from './scorers/util.js';
export { LOAD_STEP_PERCENT, liveLoad, type LoadSample } from './scorers/load.js';
export {
  SpreadTree,
  parseSpreadPreference,
  spreadLevels,
  validateSpreadPreferences,
} from './scorers/spread.js';
export {
  compileConstraint,
  parseAttribute,
  parseConstraint,
  validateConstraints,
  type Constraint,
  type ConstraintOperator,
  type ConstraintParseResult,
  type NodeAttribute,
} from '@stevedore/spec-rules';

/** Default scorer weights. Spread preferences are not here: they apply as a tree before scoring. */
export const DEFAULT_WEIGHTS = {
  leastAllocated: 1,
  balancedResources: 1,
  serviceSpread: 2,
  nodeAffinity: 2,
  serviceAffinity: 3,
  load: 1,
} as const;

export type ScorerWeights = { [K in keyof typeof DEFAULT_WEIGHTS]: number };

/** The standard filters, cheapest and most selective first. */
export function defaultFilters(): FilterPlugin[] {
  return [
    clusterFilter(),
    nodeReadyFilter(),
    constraintsFilter(),
    resourcesFilter(),
    hostPortsFilter(),
    maxReplicasFilter(),
  ];
}

export function defaultScorers(weights: Partial<ScorerWeights> = {}): ScorePlugin[] {
  const w = { ...DEFAULT_WEIGHTS, ...weights };
  return [
    leastAllocatedScorer({ weight: w.leastAllocated }),
    balancedResourcesScorer({ weight: w.balancedResources }),
    serviceSpreadScorer({ weight: w.serviceSpread }),
    nodeAffinityScorer({ weight: w.nodeAffinity }),
    serviceAffinityScorer({ weight: w.serviceAffinity }),
    loadScorer({ weight: w.load }),
  ];
}

/** The scheduler with the standard plugin set; pass weights to retune scoring (0 disables a scorer). */
export function defaultScheduler(options: { weights?: Partial<ScorerWeights> } = {}): Scheduler {
  return new Scheduler({ filters: defaultFilters(), scorers: defaultScorers(options.weights) });
}
