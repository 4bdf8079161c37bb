import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BreakerState, type IngressView, type ServiceEndpoint } from '../../app/ingress.js';
import { IngressAlgorithm } from '../../domain/service.js';
import { IngressRouteType } from '../service/service.type.js';
import './ingress.enums.js';

@ObjectType('EndpointNetwork')
export class EndpointNetworkType {
  @Field(() => String) name: string;
  @Field(() => String) ip: string;
}

@ObjectType('ServiceEndpoint', { description: 'A healthy replica as clients reach it' })
export class ServiceEndpointType {
  @Field(() => ID) taskId: string;
  @Field(() => Int) slot: number;
  @Field(() => Int) revision: number;
  @Field(() => ID) nodeId: string;
  @Field(() => String) nodeName: string;
  @Field(() => String, { description: "The node's publish address (or the binding's own host IP)" })
  address: string;
  @Field(() => Int, { description: 'Published host port' }) port: number;
  @Field(() => Int) containerPort: number;
  @Field(() => String, {
    nullable: true,
    description: "Address on the service's first network (reachable on its node)",
  })
  containerIp: string | null;
  @Field(() => String, { nullable: true }) network: string | null;
  @Field(() => [EndpointNetworkType]) networks: EndpointNetworkType[];

  static from(e: ServiceEndpoint): ServiceEndpointType {
    return { ...e };
  }
}

@ObjectType('BreakerTransition')
export class BreakerTransitionType {
  @Field(() => BreakerState) from: BreakerState;
  @Field(() => BreakerState) to: BreakerState;
  @Field(() => Date) at: Date;
  @Field(() => String) reason: string;
}

@ObjectType('IngressProbeStatus', { description: "The active health probe's verdict on one replica" })
export class IngressProbeStatusType {
  @Field(() => Boolean, { description: 'False: out of rotation until healthyThreshold successes in a row' })
  healthy: boolean;
  @Field(() => Int) consecutiveFailures: number;
  @Field(() => Int) consecutiveSuccesses: number;
  @Field(() => String, { nullable: true, description: 'Why the last failed probe failed' })
  lastError: string | null;
  @Field(() => Date, { nullable: true }) lastCheckedAt: Date | null;
}

@ObjectType('IngressBackend', { description: 'One replica in the ingress rotation' })
export class IngressBackendType {
  @Field(() => ID) taskId: string;
  @Field(() => Int, { description: "The service revision the replica's task runs" }) revision: number;
  @Field(() => ID) nodeId: string;
  @Field(() => String) nodeName: string;
  @Field(() => String) address: string;
  @Field(() => Int) port: number;
  @Field(() => BreakerState) state: BreakerState;
  @Field(() => Int) consecutiveFailures: number;
  @Field(() => Date, { nullable: true, description: 'When an OPEN breaker lets a trial request through' })
  retryAt: Date | null;
  @Field(() => Boolean, { description: 'Out of rotation: its task is being stopped' }) draining: boolean;
  @Field(() => Int) inFlight: number;
  @Field(() => Float) requests: number;
  @Field(() => Float) failures: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => [BreakerTransitionType], { description: 'Last breaker transitions, oldest first' })
  transitions: BreakerTransitionType[];
  @Field(() => IngressProbeStatusType, {
    nullable: true,
    description: 'The active health probe of this replica; null when the ingress has no probe',
  })
  probe: IngressProbeStatusType | null;
}

@ObjectType('LatencySummary')
export class LatencySummaryType {
  @Field(() => Float) p50: number;
  @Field(() => Float) p90: number;
  @Field(() => Float) p95: number;
  @Field(() => Float) p99: number;
  @Field(() => Float) mean: number;
  @Field(() => Float) max: number;
}

@ObjectType('IngressWindowStats', { description: 'One span of time alone (the last minute here)' })
export class IngressWindowStatsType {
  @Field(() => Int) windowMs: number;
  @Field(() => Float) requests: number;
  @Field(() => Float, { description: 'Answered 5xx' }) errors: number;
  @Field(() => Float) p50Ms: number;
  @Field(() => Float) p95Ms: number;
}

@ObjectType('IngressRevisionStats', {
  description: "What the ingress measured of one revision's replicas (canary and stable side by side)",
})
export class IngressRevisionStatsType {
  @Field(() => Int) revision: number;
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
}

@ObjectType('IngressStats', {
  description: "A published service's ingress: counters since start, rates over the last minute",
})
export class IngressStatsType {
  @Field(() => ID) serviceId: string;
  @Field(() => String) serviceName: string;
  @Field(() => Int) port: number;
  @Field(() => Boolean) listening: boolean;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => IngressAlgorithm) algorithm: IngressAlgorithm;
  @Field(() => Boolean, { description: 'The port terminates TLS (HTTPS)' }) tls: boolean;
  @Field(() => [IngressRouteType], {
    description: 'Its routes on the port (one for any host and path when none is set)',
  })
  routes: IngressRouteType[];
  @Field(() => Int) inFlight: number;
  @Field(() => Float) requests: number;
  @Field(() => Float, { description: 'Answered 5xx (by a replica or the ingress)' }) errors: number;
  @Field(() => Float) retries: number;
  @Field(() => Float, { description: 'Requests per second, last minute' }) requestRate: number;
  @Field(() => Float, { description: 'Errors per second, last minute' }) errorRate: number;
  @Field(() => LatencySummaryType, { description: 'Milliseconds, over the last 4096 requests' })
  latencyMs: LatencySummaryType;
  @Field(() => [IngressBackendType]) backends: IngressBackendType[];
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
        window: {
          windowMs: r.window.windowMs,
          requests: r.window.requests,
          errors: r.window.errors,
          p50Ms: r.window.latencyMs.p50,
          p95Ms: r.window.latencyMs.p95,
        },
      })),
    };
  }
}
