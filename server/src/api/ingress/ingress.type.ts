import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BreakerState, type IngressView, type ServiceEndpoint, type WindowStats } from '../../app/ingress.js';
import { IngressAlgorithm } from '../../domain/service.js';
import { IngressRouteType } from '../service/service.type.js';
import './ingress.enums.js';

@ObjectType('EndpointNetwork', { description: "A replica's address on one of its networks" })
export class EndpointNetworkType {
  @Field(() => String, { description: 'Network name' }) name: string;
  @Field(() => String, { description: 'Its IPv4 address there' }) ip: string;
}

@ObjectType('ServiceEndpoint', { description: 'A healthy replica as clients reach it' })
export class ServiceEndpointType {
  @Field(() => ID, { description: "Id of the replica's task" }) taskId: string;
  @Field(() => Int, { description: 'Replica slot (0 for GLOBAL services)' }) slot: number;
  @Field(() => Int, { description: 'The service revision the replica runs' }) revision: number;
  @Field(() => ID, { description: 'Id of the node the replica runs on' }) nodeId: string;
  @Field(() => String, { description: 'Name of that node' }) nodeName: string;
  @Field(() => String, { description: "The node's publish address (or the binding's own host IP)" })
  address: string;
  @Field(() => Int, { description: 'Published host port' }) port: number;
  @Field(() => Int, { description: 'Container port of the binding' }) containerPort: number;
  @Field(() => String, {
    nullable: true,
    description: "Address on the service's first network (reachable on its node)",
  })
  containerIp: string | null;
  @Field(() => String, { description: "Name of the service's first network; null: none", nullable: true })
  network: string | null;
  @Field(() => [EndpointNetworkType], { description: 'Its address on each network it joined' })
  networks: EndpointNetworkType[];

  static from(e: ServiceEndpoint): ServiceEndpointType {
    return { ...e };
  }
}

@ObjectType('BreakerTransition', { description: "One change of a replica's circuit breaker" })
export class BreakerTransitionType {
  @Field(() => BreakerState, { description: 'The state before' }) from: BreakerState;
  @Field(() => BreakerState, { description: 'The state after' }) to: BreakerState;
  @Field(() => Date, { description: 'When it changed' }) at: Date;
  @Field(() => String, { description: 'Why, e.g. "5 consecutive failures" or "trial request succeeded"' })
  reason: string;
}

@ObjectType('IngressProbeStatus', { description: "The active health probe's verdict on one replica" })
export class IngressProbeStatusType {
  @Field(() => Boolean, { description: 'False: out of rotation until healthyThreshold successes in a row' })
  healthy: boolean;
  @Field(() => Int, { description: 'Failed probes in a row' }) consecutiveFailures: number;
  @Field(() => Int, { description: 'Passed probes in a row' }) consecutiveSuccesses: number;
  @Field(() => String, { nullable: true, description: 'Why the last failed probe failed' })
  lastError: string | null;
  @Field(() => Date, { description: 'When it was last probed; null: not yet', nullable: true })
  lastCheckedAt: Date | null;
}

@ObjectType('IngressWindowStats', {
  description: 'One span of time alone, windowMs long (the last minute, or the last 10 s for recent)',
})
export class IngressWindowStatsType {
  @Field(() => Int, { description: 'Length of the window, in ms' }) windowMs: number;
  @Field(() => Float, { description: 'Requests in the window' }) requests: number;
  @Field(() => Float, { description: 'Answered 5xx' }) errors: number;
  @Field(() => Float, { description: 'Median latency in the window, in ms' }) p50Ms: number;
  @Field(() => Float, { description: '95th percentile latency in the window, in ms' }) p95Ms: number;
}

@ObjectType('IngressBackend', { description: 'One replica in the ingress rotation' })
export class IngressBackendType {
  @Field(() => ID, { description: "Id of the replica's task" }) taskId: string;
  @Field(() => Int, { description: "The service revision the replica's task runs" }) revision: number;
  @Field(() => ID, { description: 'Id of the node it runs on' }) nodeId: string;
  @Field(() => String, { description: 'Name of that node' }) nodeName: string;
  @Field(() => String, { description: "Address the ingress sends requests to (the node's publish address)" })
  address: string;
  @Field(() => Int, { description: 'Published host port the ingress sends requests to' }) port: number;
  @Field(() => BreakerState, { description: 'Its circuit breaker' }) state: BreakerState;
  @Field(() => Int, { description: 'Failures in a row; reset by a success' }) consecutiveFailures: number;
  @Field(() => Date, { nullable: true, description: 'When an OPEN breaker lets a trial request through' })
  retryAt: Date | null;
  @Field(() => Boolean, { description: 'Out of rotation: its task is being stopped' }) draining: boolean;
  @Field(() => Int, { description: 'Requests it is answering now' }) inFlight: number;
  @Field(() => Float, { description: 'Requests sent to it since the ingress opened' }) requests: number;
  @Field(() => Float, { description: 'Failed requests (errors, timeouts, 5xx) since the ingress opened' })
  failures: number;
  @Field(() => String, { description: "The last failure's message; null: none", nullable: true }) lastError:
    string | null;
  @Field(() => [BreakerTransitionType], { description: 'Last breaker transitions, oldest first' })
  transitions: BreakerTransitionType[];
  @Field(() => IngressProbeStatusType, {
    nullable: true,
    description: 'The active health probe of this replica; null when the ingress has no probe',
  })
  probe: IngressProbeStatusType | null;
  @Field(() => IngressWindowStatsType, {
    description:
      'The requests this replica answered over the last 10 s: count, 5xx, latency p50 and p95 (a request retried elsewhere counts for the replica that answered)',
  })
  recent: IngressWindowStatsType;
}

@ObjectType('LatencySummary', { description: 'A latency distribution (the unit is given where it is used)' })
export class LatencySummaryType {
  @Field(() => Float, { description: 'Median' }) p50: number;
  @Field(() => Float, { description: '90th percentile' }) p90: number;
  @Field(() => Float, { description: '95th percentile' }) p95: number;
  @Field(() => Float, { description: '99th percentile' }) p99: number;
  @Field(() => Float, { description: 'Mean' }) mean: number;
  @Field(() => Float, { description: 'Largest' }) max: number;
}

@ObjectType('IngressRevisionStats', {
  description: "What the ingress measured of one revision's replicas (canary and stable side by side)",
})
export class IngressRevisionStatsType {
  @Field(() => Int, { description: 'The service revision' }) revision: number;
  @Field(() => Int, {
    description: 'Replicas of this revision in rotation (not draining, not down by the probe)',
  })
  replicas: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Its share of new requests now, %; null: no traffic split',
  })
  weight: number | null;
  @Field(() => Float, { description: 'Since the ingress opened' }) requests: number;
  @Field(() => Float, { description: 'Answered 5xx, since the ingress opened' }) errors: number;
  @Field(() => Float, { description: 'Requests per second, last minute' }) requestRate: number;
  @Field(() => Float, { description: 'Errors per second, last minute' }) errorRate: number;
  @Field(() => LatencySummaryType, { description: 'Milliseconds, over its last 4096 requests' })
  latencyMs: LatencySummaryType;
  @Field(() => IngressWindowStatsType, { description: 'The last minute alone' })
  window: IngressWindowStatsType;
  @Field(() => IngressWindowStatsType, { description: 'The last 10 s alone' })
  recent: IngressWindowStatsType;
}

@ObjectType('IngressStats', {
  description: "A published service's ingress: counters since start, rates over the last minute",
})
export class IngressStatsType {
  @Field(() => ID, { description: 'Id of the service' }) serviceId: string;
  @Field(() => String, { description: 'Name of the service' }) serviceName: string;
  @Field(() => Int, { description: 'Listening port on the control plane' }) port: number;
  @Field(() => Boolean, { description: 'True: the port accepts connections' }) listening: boolean;
  @Field(() => String, {
    description: 'Why the port does not listen (e.g. address in use); null: no error',
    nullable: true,
  })
  error: string | null;
  @Field(() => IngressAlgorithm, { description: 'How a replica is chosen per request' })
  algorithm: IngressAlgorithm;
  @Field(() => Boolean, { description: 'The port terminates TLS (HTTPS)' }) tls: boolean;
  @Field(() => [IngressRouteType], {
    description: 'Its routes on the port (one for any host and path when none is set)',
  })
  routes: IngressRouteType[];
  @Field(() => Int, { description: 'Requests being answered now' }) inFlight: number;
  @Field(() => Float, { description: 'Requests since the ingress opened' }) requests: number;
  @Field(() => Float, { description: 'Answered 5xx (by a replica or the ingress)' }) errors: number;
  @Field(() => Float, {
    description: 'Requests retried on another replica after a failure, since the ingress opened',
  })
  retries: number;
  @Field(() => Float, { description: 'Requests per second, last minute' }) requestRate: number;
  @Field(() => Float, { description: 'Errors per second, last minute' }) errorRate: number;
  @Field(() => LatencySummaryType, { description: 'Milliseconds, over the last 4096 requests' })
  latencyMs: LatencySummaryType;
  @Field(() => IngressWindowStatsType, {
    description: 'The last 10 s alone: requests, 5xx, latency p50 and p95 (what a live view charts)',
  })
  recent: IngressWindowStatsType;
  @Field(() => [IngressBackendType], {
    description: 'Every replica in the ingress, with its breaker and counters',
  })
  backends: IngressBackendType[];
  @Field(() => [IngressRevisionStatsType], {
    description: 'Per revision of the replicas in rotation and of those that answered, oldest first',
  })
  revisions: IngressRevisionStatsType[];

  static from(v: IngressView): IngressStatsType {
    return {
      serviceId: v.serviceId,
      serviceName: v.serviceName,
      port: v.port,
      listening: v.listening,
      error: v.error,
      algorithm: v.algorithm as IngressAlgorithm,
      tls: v.tls,
      routes: v.routes.map((r) => ({ ...r })),
      inFlight: v.inFlight,
      requests: v.stats.requests,
      errors: v.stats.errors,
      retries: v.stats.retries,
      requestRate: v.stats.requestRate,
      errorRate: v.stats.errorRate,
      latencyMs: v.stats.latencyMs,
      recent: windowType(v.recent),
      backends: v.backends.map((b) => ({
        taskId: b.taskId,
        revision: b.revision,
        nodeId: b.nodeId,
        nodeName: b.nodeName,
        address: b.host,
        port: b.port,
        state: b.breaker.state,
        consecutiveFailures: b.breaker.consecutiveFailures,
        retryAt: b.breaker.retryAt,
        draining: b.draining,
        inFlight: b.inFlight,
        requests: b.requests,
        failures: b.failures,
        lastError: b.lastError,
        transitions: [...b.breaker.transitions],
        probe: b.probe ? { ...b.probe } : null,
        recent: windowType(b.recent),
      })),
      revisions: v.revisions.map((r) => ({
        revision: r.revision,
        replicas: r.replicas,
        weight: r.weight,
        requests: r.total.requests,
        errors: r.total.errors,
        requestRate: r.total.requestRate,
        errorRate: r.total.errorRate,
        latencyMs: r.total.latencyMs,
        window: windowType(r.window),
        recent: windowType(r.recent),
      })),
    };
  }
}

function windowType(w: WindowStats): IngressWindowStatsType {
  return {
    windowMs: w.windowMs,
    requests: w.requests,
    errors: w.errors,
    p50Ms: w.latencyMs.p50,
    p95Ms: w.latencyMs.p95,
  };
}
