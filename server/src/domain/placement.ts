import type { ClusterPlacement } from './federation/types.js';

/**
 * Where a service's tasks may and should run. Shapes follow swarm's `Placement`
 * (constraints, preferences, maxReplicas) plus Kubernetes-style weighted affinities.
 */
export interface Placement {
  /** Hard rules, e.g. `node.labels.zone == eu`, `node.labels.disk in (ssd, nvme)`, `node.labels.gpu exists`. */
  constraints: string[];
  /** Spread preferences, applied in order (nested): `node.labels.zone`, then `node.labels.rack`. */
  spread: string[];
  /** At most this many tasks of the service on one node; 0 means unlimited. */
  maxReplicasPerNode: number;
  /** Soft node preferences: a node matching the expression gains `weight` (1..100; negative repels). */
  nodeAffinity: WeightedExpression[];
  /** Soft preference to run with (positive weight) or away from (negative weight) tasks of other services. */
  serviceAffinity: ServiceAffinityTerm[];
  /**
   * Federated placement over member clusters (issue #15): the service is then a template that
   * the federation loop copies into the chosen clusters. Absent or null: an ordinary service.
   */
  clusters?: ClusterPlacement | null;
}

export interface WeightedExpression {
  expression: string;
  weight: number;
}

export interface ServiceAffinityTerm {
  /** Service name (or id) whose tasks attract or repel. */
  service: string;
  weight: number;
}

export const EMPTY_PLACEMENT: Readonly<Placement> = Object.freeze({
  constraints: [],
  spread: [],
  maxReplicasPerNode: 0,
  nodeAffinity: [],
  serviceAffinity: [],
});
