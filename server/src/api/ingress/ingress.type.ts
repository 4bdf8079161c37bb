import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BreakerState, type IngressView, type ServiceEndpoint } from '../../app/ingress.js';
import { IngressAlgorithm } from '../../domain/service.js';
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

@ObjectType('IngressBackend', { description: 'One replica in the ingress rotation' })
export class IngressBackendType {
  @Field(() => ID) taskId: string;
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
}

@ObjectType('LatencySummary')
export class LatencySummaryType {
  @Field(() => Float) p50: number;
  @Field(() => Float) p90: number;
  @Field(() => Float) p99: number;
  @Field(() => Float) mean: number;
  @Field(() => Float) max: number;
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
  @Field(() => Int) inFlight: number;
  @Field(() => Float) requests: number;
  @Field(() => Float, { description: 'Answered 5xx (by a replica or the ingress)' }) errors: number;
  @Field(() => Float) retries: number;
  @Field(() => Float, { description: 'Requests per second, last minute' }) requestRate: number;
  @Field(() => Float, { description: 'Errors per second, last minute' }) errorRate: number;
  @Field(() => LatencySummaryType, { description: 'Milliseconds, over the last 4096 requests' })
  latencyMs: LatencySummaryType;
  @Field(() => [IngressBackendType]) backends: IngressBackendType[];

  static from(v: IngressView): IngressStatsType {
    return {
      serviceId: v.serviceId,
      serviceName: v.serviceName,
      port: v.port,
      listening: v.listening,
      error: v.error,
      algorithm: v.algorithm as IngressAlgorithm,
      inFlight: v.inFlight,
      requests: v.stats.requests,
      errors: v.stats.errors,
      retries: v.stats.retries,
      requestRate: v.stats.requestRate,
      errorRate: v.stats.errorRate,
      latencyMs: v.stats.latencyMs,
      backends: v.backends.map((b) => ({
        taskId: b.taskId,
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
      })),
    };
  }
}
