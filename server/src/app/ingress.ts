import type { IngressRoute, Service } from '../domain/service.js';

/*
 * Service discovery and ingress as the API reads them: the endpoint registry
 * (control/endpoints.ts) and the ingress proxies (control/ingress/) produce these views.
 */

export const BreakerState = { CLOSED: 'CLOSED', OPEN: 'OPEN', HALF_OPEN: 'HALF_OPEN' } as const;
export type BreakerState = (typeof BreakerState)[keyof typeof BreakerState];

export interface BreakerTransition {
  from: BreakerState;
  to: BreakerState;
  at: Date;
  reason: string;
}

/** One replica of a service as clients reach it. */
export interface ServiceEndpoint {
  taskId: string;
  slot: number;
  revision: number;
  nodeId: string;
  nodeName: string;
  /** Where the published port answers: the binding's host IP, or the node's publish address. */
  address: string;
  /** Published host port of `containerPort`. */
  port: number;
  containerPort: number;
  /** The replica's address on `network` (the service's first network), reachable from that node only. */
  containerIp: string | null;
  network: string | null;
  networks: { name: string; ip: string }[];
}

export interface StatsSnapshot {
  requests: number;
  errors: number;
  retries: number;
  /** Over the window asked for. */
  requestRate: number;
  errorRate: number;
  latencyMs: { p50: number; p90: number; p95: number; p99: number; mean: number; max: number };
}

/** One span of time alone (e.g. a canary step): its requests, errors and latency percentiles. */
export interface WindowStats {
  windowMs: number;
  requests: number;
  /** Answered 5xx (by a replica or by the ingress for this revision's attempt). */
  errors: number;
  latencyMs: { p50: number; p95: number };
}

/** The span of the "recent" figures (per service, revision and replica): what a live view charts. */
export const INGRESS_RECENT_MS = 10_000;

/** What the ingress measured of one revision's replicas (the API's per-revision view). */
export interface RevisionStats {
  revision: number;
  /** Replicas of this revision in the rotation (not draining, not down by the probe). */
  replicas: number;
  /** Its share of new requests now, %; null: no split (every replica alike). */
  weight: number | null;
  /** Since the ingress opened. */
  total: StatsSnapshot;
  /** Over the window asked for. */
  window: WindowStats;
  /** The last INGRESS_RECENT_MS alone. */
  recent: WindowStats;
}

/** One replica in the ingress rotation as the API shows it (control/ingress/service-ingress.ts Backend). */
export interface BackendView {
  taskId: string;
  nodeId: string;
  nodeName: string;
  host: string;
  port: number;
  revision: number;
  inFlight: number;
  draining: boolean;
  /** The active health probe; null when the service's ingress has none. */
  probe: ProbeView | null;
  requests: number;
  failures: number;
  lastError: string | null;
  /** The requests it answered over the last INGRESS_RECENT_MS: count, 5xx, latency p50 and p95. */
  recent: WindowStats;
  breaker: {
    readonly state: BreakerState;
    readonly consecutiveFailures: number;
    readonly retryAt: Date | null;
    readonly transitions: readonly BreakerTransition[];
  };
}

/** The active health probe of one replica. */
export interface ProbeView {
  healthy: boolean;
  consecutiveFailures: number;
  consecutiveSuccesses: number;
  lastError: string | null;
  lastCheckedAt: Date | null;
}

/** A published service's ingress now: its listener, counters and rotation. */
export interface IngressView {
  serviceId: string;
  serviceName: string;
  port: number;
  listening: boolean;
  error: string | null;
  algorithm: string;
  tls: boolean;
  /** Its routes on the port (a catch-all when the spec has none). */
  routes: readonly IngressRoute[];
  inFlight: number;
  stats: StatsSnapshot;
  /** The last INGRESS_RECENT_MS alone. */
  recent: WindowStats;
  /** Per revision of the replicas in rotation (and of those that answered), last minute. */
  revisions: readonly RevisionStats[];
  backends: readonly BackendView[];
}

/** Service discovery and the ingress proxies as the API reads them (control/ answers). */
export interface Discovery {
  /** Healthy replicas of a service on `containerPort` (default: the ingress target, else the first TCP port). */
  endpoints(service: Service, containerPort?: number): Promise<ServiceEndpoint[]>;
  /** A published service's ingress now; null when it is not published. */
  view(serviceId: string): IngressView | null;
  /** The same load balancing as an nginx upstream + server block; null when not published. */
  nginxConfig(service: Service): Promise<string | null>;
}
