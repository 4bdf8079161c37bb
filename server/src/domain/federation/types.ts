/**
 * Federated placement (issue #15, item 3): which member clusters run a federated service and how
 * many replicas each, as Karmada's PropagationPolicy says it (cluster affinity, spread
 * constraints, replica scheduling) plus an OverridePolicy per cluster. Pure data: the pipeline in
 * this folder decides, `control/federation.ts` applies.
 */
export type ReplicaScheduling = 'DUPLICATED' | 'DIVIDED_STATIC' | 'DIVIDED_CAPACITY';
export type SpreadBy = 'REGION' | 'ZONE';

/** Clusters chosen by name, by labels (all must match) and by region; empty parts match any. */
export interface ClusterSelector {
  names: string[];
  labels: Record<string, string>;
  regions: string[];
}

/** What one cluster runs differently from the template (Karmada's OverridePolicy). */
export interface ClusterOverride {
  cluster: string;
  image: string | null;
  /** Merged over the template's env. */
  env: Record<string, string>;
  /** This cluster's count instead of its share (DIVIDED) or the full count (DUPLICATED). */
  replicas: number | null;
  /** Reservations and limits replaced where given: nanoCpus and bytes. */
  resources: {
    nanoCpusLimit: number | null;
    nanoCpusReservation: number | null;
    memoryLimitBytes: number | null;
    memoryReservationBytes: number | null;
  } | null;
}

export interface ClusterWeight {
  cluster: string;
  weight: number;
}

export interface ClusterPlacement {
  affinity: ClusterSelector | null;
  antiAffinity: ClusterSelector | null;
  /** At most one cluster per region (or zone): the best scored of each. */
  spread: SpreadBy | null;
  replicaScheduling: ReplicaScheduling;
  /** DIVIDED_STATIC: the weight of each cluster (by name); a cluster not listed weighs 0. */
  weights: ClusterWeight[];
  /** Regions in order of preference: the first scores 100, the next less, others 0. */
  regionPreference: string[];
  overrides: ClusterOverride[];
}

/** A member cluster as the pipeline sees it now. */
export interface ClusterCandidate {
  id: string;
  name: string;
  region: string;
  zone: string;
  labels: Record<string, string>;
  health: { status: 'HEALTHY' | 'DEGRADED' | 'UNREACHABLE'; reason: string; since: Date };
  cpuTotal: number;
  memoryTotal: number;
  cpuFree: number;
  memoryFree: number;
  cpuUtilisation: number | null;
  memoryUtilisation: number | null;
  latencyP50Ms: number | null;
}

/** What a decision needs besides the candidates. */
export interface PlacementContext {
  placement: ClusterPlacement;
  replicas: number;
  /** One replica's reservations (nanoCpus, bytes): what the capacity filter and division fit. */
  reservation: { nanoCpus: number; memoryBytes: number };
  now: Date;
  /** How long a cluster may be UNREACHABLE before its replicas move (failover). */
  graceMs: number;
}

/** A hard rule: check says whether the cluster may run the service, explain says why not. */
export interface ClusterFilter {
  name: string;
  check(c: ClusterCandidate, ctx: PlacementContext): boolean;
  explain(c: ClusterCandidate, ctx: PlacementContext): string;
}

/** A soft preference: 0..100 for one cluster among all that passed, times its weight. */
export interface ClusterScorer {
  name: string;
  weight: number;
  score(c: ClusterCandidate, all: readonly ClusterCandidate[], ctx: PlacementContext): number;
}

export interface ClusterShare {
  clusterId: string;
  cluster: string;
  replicas: number;
  score: number;
  /** "3 replicas (weight 50, 41 % free)". */
  reason: string;
}

export interface ClusterExclusion {
  clusterId: string;
  cluster: string;
  reason: string;
}

export interface FederationDecision {
  division: ClusterShare[];
  excluded: ClusterExclusion[];
  /** "eu-1: 3 replicas (weight 50, 41 % free); us-1: 2; ap-1: excluded, UNREACHABLE for 12 s". */
  summary: string;
}

export const EMPTY_SELECTOR: Readonly<ClusterSelector> = Object.freeze({
  names: [],
  labels: {},
  regions: [],
});

/** True when the cluster matches every part of the selector that is given. */
export function matchesSelector(
  c: Pick<ClusterCandidate, 'name' | 'id' | 'region' | 'labels'>,
  s: ClusterSelector,
): boolean {
  if (s.names.length && !s.names.includes(c.name) && !s.names.includes(c.id)) return false;
  if (s.regions.length && !s.regions.includes(c.region)) return false;
  return Object.entries(s.labels).every(([k, v]) => c.labels[k] === v);
}

/** True when the selector names nothing at all. */
export function isEmptySelector(s: ClusterSelector | null): boolean {
  return !s || (!s.names.length && !s.regions.length && !Object.keys(s.labels).length);
}

/** Free share of a cluster, 0..1: the mean of CPU and memory, over what has a total. */
export function freeShare(c: ClusterCandidate): number {
  const parts: number[] = [];
  if (c.cpuTotal > 0) parts.push(Math.max(0, c.cpuFree) / c.cpuTotal);
  if (c.memoryTotal > 0) parts.push(Math.max(0, c.memoryFree) / c.memoryTotal);
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
}

export const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} s`;
