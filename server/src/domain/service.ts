import type { IngressBlock, IngressProbe, IngressRoute, IngressTls } from '@stevedore/spec-rules';
import type { AutoscaleSpec } from './autoscaler.js';
import type { Placement } from './placement.js';
import type { Resources } from './resources.js';

/**
 * What an operator asks for: the desired state of one service. Every change to a spec is a new
 * Revision; tasks remember the revision they run so a rollout can tell old from new.
 */
export const ServiceMode = { REPLICATED: 'REPLICATED', GLOBAL: 'GLOBAL' } as const;
export type ServiceMode = (typeof ServiceMode)[keyof typeof ServiceMode];

export const RestartCondition = { NONE: 'NONE', ON_FAILURE: 'ON_FAILURE', ANY: 'ANY' } as const;
export type RestartCondition = (typeof RestartCondition)[keyof typeof RestartCondition];

export const UpdateOrder = { STOP_FIRST: 'STOP_FIRST', START_FIRST: 'START_FIRST' } as const;
export type UpdateOrder = (typeof UpdateOrder)[keyof typeof UpdateOrder];

export const FailureAction = { PAUSE: 'PAUSE', CONTINUE: 'CONTINUE', ROLLBACK: 'ROLLBACK' } as const;
export type FailureAction = (typeof FailureAction)[keyof typeof FailureAction];

export interface PortMapping {
  containerPort: number;
  /** 0 = engine picks (no host-port conflict to schedule around). */
  hostPort: number;
  hostIp: string;
  protocol: 'tcp' | 'udp' | 'sctp';
}

export interface Mount {
  type: 'volume' | 'bind' | 'tmpfs';
  source: string;
  target: string;
  readOnly: boolean;
}

export interface HealthCheck {
  /** ["CMD-SHELL", "..."] or ["CMD", ...] as the Engine API. */
  test: string[];
  intervalMs: number;
  timeoutMs: number;
  retries: number;
  startPeriodMs: number;
}

export interface RestartPolicy {
  condition: RestartCondition;
  /** 0 = unlimited. Counted within `windowMs` (0 = forever), as swarm. */
  maxAttempts: number;
  /** Wait before the 2nd restart in a row (the 1st is immediate); doubles per further failure up to `maxDelayMs`. */
  delayMs: number;
  maxDelayMs: number;
  windowMs: number;
}

export interface UpdateConfig {
  /** Tasks updated at once; 0 = all at once. */
  parallelism: number;
  delayMs: number;
  order: UpdateOrder;
  failureAction: FailureAction;
  /**
   * Swarm's monitor: a window after each new task becomes ready (running, and healthy when there
   * is a health check) in which its failure counts against `maxFailureRatio`. It does not hold the
   * next batch; the rollout completes once the last batch is through it.
   */
  monitorMs: number;
  /**
   * Kubernetes' minReadySeconds, Nomad's min_healthy_time: how long a new task must stay ready
   * before it counts as ready, and so before the next batch starts. 0: as soon as it is ready.
   */
  minReadyMs: number;
  /** Fraction of updated tasks allowed to fail before failureAction fires. */
  maxFailureRatio: number;
  /** Canary: this many tasks of the new revision start beside the old ones (absent or 0: none). */
  canary?: number;
  /** The canary's share of ingress requests, step by step (default DEFAULT_CANARY_STEPS). */
  canarySteps?: CanaryStep[];
  /** Automatic analysis of each canary step; null: steps advance on time alone. */
  analysis?: CanaryAnalysis | null;
  /** Blue-green: the whole new revision starts beside the old, then all traffic switches at once. */
  blueGreen?: boolean;
  /** Blue-green: how long the old revision stays after the switch (instant switch back). */
  blueGreenKeepMs?: number;
}

/** One step of a canary: `weight` % of ingress requests go to the canary for `durationMs`. */
export interface CanaryStep {
  weight: number;
  durationMs: number;
}

/** What the canary's figures over a step may be, compared with the stable revision's. */
export interface CanaryAnalysis {
  /** Canary error rate minus stable error rate above this fails the step (0.05 = 5 points). */
  maxErrorRateIncrease: number;
  /** Canary p95 latency above this many times the stable p95 fails the step... */
  maxP95Ratio: number;
  /** ...when it is also more than this many ms above it (small latencies are noise). */
  minP95IncreaseMs: number;
  /** Requests the canary must have served in a step before it is judged. */
  minRequests: number;
}

export const DEFAULT_CANARY_STEPS: CanaryStep[] = [
  { weight: 10, durationMs: 30_000 },
  { weight: 25, durationMs: 30_000 },
  { weight: 50, durationMs: 30_000 },
  { weight: 100, durationMs: 30_000 },
];

export const DEFAULT_CANARY_ANALYSIS: CanaryAnalysis = {
  maxErrorRateIncrease: 0.05,
  maxP95Ratio: 2,
  minP95IncreaseMs: 50,
  minRequests: 20,
};

export interface ServiceSpec {
  name: string;
  image: string;
  command: string[] | null;
  /**
   * Replaces the image's ENTRYPOINT (compose's `entrypoint:`); an empty list runs with none.
   * Absent: the image's own. Optional so that specs stored before it stay equal.
   */
  entrypoint?: string[];
  env: Record<string, string>;
  labels: Record<string, string>;
  ports: PortMapping[];
  mounts: Mount[];
  networks: string[];
  limits: Resources;
  reservations: Resources;
  healthCheck: HealthCheck | null;
  restartPolicy: RestartPolicy;
  mode: ServiceMode;
  replicas: number;
  priority: number;
  preemption: boolean;
  placement: Placement;
  update: UpdateConfig;
  rollback: UpdateConfig;
  stopTimeoutSec: number;
  /** Load balancing through the control plane's ingress; absent or null: not published. */
  ingress?: IngressSpec | null;
  /** Horizontal autoscaling of `replicas`; absent or null: off. */
  autoscale?: AutoscaleSpec | null;
  /** Secrets of the service's environment given to every replica; absent or empty: none. */
  secrets?: SecretRef[];
  /**
   * More DNS names of every replica on a network, beside the service's own (a stack's compose
   * name and its `aliases`); absent or empty: none.
   */
  aliases?: NetworkAliases[];
  /** Host privileges (the policy guard refuses them unless the environment allows); absent: none. */
  security?: SecuritySpec | null;
}

/** Names a service's replicas answer to on one of its networks. */
export interface NetworkAliases {
  network: string;
  aliases: string[];
}

/** A secret as a file /run/secrets/<target> (and, when `env` is set, that environment variable too). */
export interface SecretRef {
  name: string;
  target: string;
  env: string | null;
}

export interface SecuritySpec {
  privileged: boolean;
  hostNetwork: boolean;
  hostPid: boolean;
  capAdd: string[];
}

export const IngressAlgorithm = {
  ROUND_ROBIN: 'ROUND_ROBIN',
  LEAST_CONNECTIONS: 'LEAST_CONNECTIONS',
} as const;
export type IngressAlgorithm = (typeof IngressAlgorithm)[keyof typeof IngressAlgorithm];

/**
 * The ingress block (127.0.0.1:port, spread over the healthy replicas' targetPort): its shape and
 * rules are `@stevedore/spec-rules`' (ingress.ts), which the dashboard's form checks by too.
 */
export type IngressSpec = IngressBlock;
export type { IngressProbe, IngressRoute, IngressTls };

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  condition: 'ANY',
  maxAttempts: 0,
  delayMs: 500,
  maxDelayMs: 30_000,
  windowMs: 0,
};

/** Swarm's defaults, with ROLLBACK on failure (what operators turn on first anyway). */
export const DEFAULT_UPDATE_CONFIG: UpdateConfig = {
  parallelism: 1,
  delayMs: 0,
  order: 'STOP_FIRST',
  failureAction: 'ROLLBACK',
  monitorMs: 5_000,
  minReadyMs: 0,
  maxFailureRatio: 0,
};

export const DEFAULT_ROLLBACK_CONFIG: UpdateConfig = {
  parallelism: 0,
  delayMs: 0,
  order: 'STOP_FIRST',
  failureAction: 'PAUSE',
  monitorMs: 5_000,
  minReadyMs: 0,
  maxFailureRatio: 0,
};

export const ServiceStatus = {
  PENDING: 'PENDING',
  DEPLOYING: 'DEPLOYING',
  HEALTHY: 'HEALTHY',
  DEGRADED: 'DEGRADED',
  UPDATING: 'UPDATING',
  ROLLING_BACK: 'ROLLING_BACK',
  PAUSED: 'PAUSED',
  FAILED: 'FAILED',
} as const;
export type ServiceStatus = (typeof ServiceStatus)[keyof typeof ServiceStatus];

export const RolloutState = {
  NONE: 'NONE',
  UPDATING: 'UPDATING',
  PAUSED: 'PAUSED',
  COMPLETED: 'COMPLETED',
  ROLLING_BACK: 'ROLLING_BACK',
  ROLLED_BACK: 'ROLLED_BACK',
  ROLLBACK_PAUSED: 'ROLLBACK_PAUSED',
} as const;
export type RolloutState = (typeof RolloutState)[keyof typeof RolloutState];

/** The rollout in flight (or the last one), persisted so a restarted control plane resumes it. */
export interface Rollout {
  state: RolloutState;
  fromRevision: number;
  toRevision: number;
  startedAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  /** Task ids that reached the target revision and passed the monitor window. */
  updated: number;
  failed: number;
  /** When the last batch was started; the next waits `delayMs` after it completed. */
  lastBatchAt: Date | null;
  message: string;
  /** Set when the rollout itself is a rollback (manual or automatic). */
  isRollback: boolean;
  pausedByOperator: boolean;
  /** Canary or blue-green (domain/orchestrator/progressive.ts); absent or null: a plain rolling update. */
  progressive?: ProgressiveState | null;
}

/** CANARY: STARTING, STEPPING, PROMOTED, DONE; BLUE_GREEN: STARTING, SWITCHED, DONE; both: ABORTED. */
export type ProgressivePhase = 'STARTING' | 'STEPPING' | 'PROMOTED' | 'SWITCHED' | 'DONE' | 'ABORTED';

/** Cumulative ingress counters of one revision: requests, 5xx answers, latency histogram. */
export interface RevisionCounters {
  requests: number;
  errors: number;
  /** Counts per LATENCY_BOUNDS_MS bucket (domain/orchestrator/analysis.ts). */
  buckets: number[];
}

/** The progressive part of a rollout, persisted with it. */
export interface ProgressiveState {
  kind: 'CANARY' | 'BLUE_GREEN';
  phase: ProgressivePhase;
  /** The revision serving before the rollout and the new one. */
  stableRevision: number;
  canaryRevision: number;
  /** Tasks of the new revision started beside the old ones. */
  tasks: number;
  /** Index in the steps (CANARY). */
  step: number;
  /** CANARY: the steps of the new revision's spec, kept for the views (a rollback's spec has none). */
  steps?: CanaryStep[];
  /** Share of ingress requests for the new revision now, %. */
  weight: number;
  stepStartedAt: Date | null;
  /** BLUE_GREEN: when traffic switched. */
  switchedAt: Date | null;
  /** Counters of both revisions when the step started: the step's figures are the difference. */
  baseline: { stable: RevisionCounters; canary: RevisionCounters } | null;
  /** The last decision in words. */
  decision: string | null;
}

export interface Service {
  id: string;
  clusterId: string;
  name: string;
  /** The revision tasks should converge to. */
  currentRevision: number;
  /** The revision before the current one, the default target of a rollback. */
  previousRevision: number | null;
  spec: ServiceSpec;
  rollout: Rollout | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Revision {
  serviceId: string;
  number: number;
  spec: ServiceSpec;
  createdAt: Date;
  createdBy: string;
  reason: string;
  /** Field-level changes from the previous revision: "image: a → b". */
  diff: SpecChange[];
}

export interface SpecChange {
  path: string;
  from: unknown;
  to: unknown;
}
