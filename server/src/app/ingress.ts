import type { Service } from '../domain/service.js';

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
  latencyMs: { p50: number; p90: number; p99: number; mean: number; max: number };
}

/** One replica in the ingress rotation as the API shows it (control/ingress/service-ingress.ts Backend). */
export interface BackendView {
  taskId: string;
  nodeId: string;
  nodeName: string;
  host: string;
  port: number;
  inFlight: number;
  draining: boolean;
  requests: number;
  failures: number;
  lastError: string | null;
  breaker: {
    readonly state: BreakerState;
    readonly consecutiveFailures: number;
    readonly retryAt: Date | null;
    readonly transitions: readonly BreakerTransition[];
  };
}

/** A published service's ingress now: its listener, counters and rotation. */
export interface IngressView {
  serviceId: string;
  serviceName: string;
  port: number;
  listening: boolean;
  error: string | null;
  algorithm: string;
  inFlight: number;
  stats: StatsSnapshot;
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
  /** The service whose ingress listens on `port`, other than `exceptServiceId`. */
  portHolder(port: number, exceptServiceId?: string): Service | undefined;
}
