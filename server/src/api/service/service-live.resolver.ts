import { Arg, Field, Float, ID, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { badInput } from '../errors.js';
import type { GroupStats, StatsGroupSpec } from '../../control/stats-groups.js';
import { LABEL } from '../../control/labels.js';
import { changesMembership } from '../../domain/container-actions.js';
import { LatestSlot, QueueIterator } from '../realtime/iterators.js';
import { groupIterator } from '../realtime/stats.resolver.js';
import { ContainerStatsType } from '../realtime/stats.type.js';
import { toServiceType } from './service.resolver.js';
import { ServiceType } from './service.type.js';

@ObjectType({
  description: "Live use of a service: the sum over its running replicas, and each replica's own sample",
})
export class ServiceStatsType {
  @Field(() => ID) serviceId: string;
  @Field(() => Date) timestamp: Date;
  @Field(() => Int) replicaCount: number;
  @Field(() => Int, { description: 'Replicas with a current sample (a just-started one has none for ~2 s)' })
  sampledReplicaCount: number;
  @Field(() => Float, { description: 'CPUs in use across replicas' }) usedCpus: number;
  @Field(() => Float, {
    nullable: true,
    description: "usedCpus as a percent of the replicas' CPU limits, when set",
  })
  cpuPercentOfLimit: number | null;
  @Field(() => Float) memoryUsedBytes: number;
  @Field(() => Float, { nullable: true }) memoryPercentOfLimit: number | null;
  @Field(() => Float) networkRxBytesPerSec: number;
  @Field(() => Float) networkTxBytesPerSec: number;
  @Field(() => Int) pids: number;
  @Field(() => [ContainerStatsType]) replicas: ContainerStatsType[];
}

interface ServiceStatsRoot {
  serviceId: string;
  group: GroupStats;
  replicas: ContainerStatsType[];
}

/**
 * Live views of one service: its resource use (serviceStats, sharing the stats hub's one engine
 * stream per container with every other subscriber) and its status (serviceStatus, pushed on every
 * event about the service, coalesced to the newest for slow clients).
 */
@Resolver()
export class ServiceLiveResolver {
  @Subscription(() => ServiceStatsType, {
    description: 'Aggregated and per-replica live stats of a service',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const intervalMs = Number(args.intervalMs ?? 1000);
      if (!Number.isInteger(intervalMs) || intervalMs < 1000 || intervalMs > 3_600_000)
        throw badInput('intervalMs', 'must be 1000..3600000 (the engine samples every second)');
      const service = ctx.core.services.require(String(args.serviceId ?? ''), 'serviceId');
      const spec = serviceStatsSpec(ctx, service.id);
      const hub = ctx.core.realtime.stats;
      return groupIterator(ctx, spec, intervalMs, (group): ServiceStatsRoot => {
        const tasks = ctx.core.store.tasks
          .byService(service.id)
          .filter((t) => t.state === 'RUNNING' && t.containerId);
        const replicas = tasks.flatMap((t) => {
          const s = hub.latest(t.containerId!);
          return s ? [s as ContainerStatsType] : [];
        });
        return { serviceId: service.id, group, replicas };
      });
    },
  })
  serviceStats(
    @Root() r: ServiceStatsRoot,
    @Arg('serviceId', () => ID, { description: 'Service id or name' }) _serviceId: string,
    @Arg('intervalMs', () => Int, { defaultValue: 1000 }) _intervalMs?: number,
  ): ServiceStatsType {
    const g = r.group;
    return {
      serviceId: r.serviceId,
      timestamp: g.timestamp,
      replicaCount: g.containerCount,
      sampledReplicaCount: g.sampledContainerCount,
      usedCpus: g.usedCpus,
      cpuPercentOfLimit: g.cpuPercent,
      memoryUsedBytes: g.memoryUsedBytes,
      memoryPercentOfLimit: g.memoryPercent,
      networkRxBytesPerSec: g.networkRxBytesPerSec,
      networkTxBytesPerSec: g.networkTxBytesPerSec,
      pids: g.pids,
      replicas: r.replicas,
    };
  }

  @Subscription(() => ServiceType, {
    description: 'The service (replica counts, status, rollout progress, tasks) now, then on every change',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      const service = ctx.core.services.require(String(args.serviceId ?? ''), 'serviceId');
      const it = new QueueIterator<ServiceType>(new LatestSlot());
      const push = () => {
        const s = ctx.core.services.get(service.id);
        if (!s) return it.end();
        it.push(toServiceType(ctx, ctx.core.services.view(s)));
      };
      const stop = ctx.core.realtime.eventLog.subscribe((e) => {
        if (e.serviceId === service.id) push();
      });
      push();
      return it.onClose(stop);
    },
  })
  serviceStatus(
    @Root() s: ServiceType,
    @Arg('serviceId', () => ID, { description: 'Service id or name' }) _serviceId: string,
  ): ServiceType {
    return s;
  }
}

export function serviceStatsSpec(ctx: Context, serviceId: string): StatsGroupSpec {
  const { store, nodes } = ctx.core;
  return {
    key: `service:${serviceId}`,
    async members() {
      return store.tasks
        .byService(serviceId)
        .filter((t) => t.state === 'RUNNING' && t.containerId && t.nodeId)
        .flatMap((t) => {
          const node = nodes.get(t.nodeId!);
          return node
            ? [{ containerId: t.containerId!, nodeId: node.id, name: t.id, driver: nodes.driver(node) }]
            : [];
        });
    },
    affects: (_nodeId, e) => e.attributes[LABEL.service] === serviceId && changesMembership(e),
    capacity() {
      const s = store.services.get(serviceId);
      if (!s) return null;
      const running = store.tasks.byService(serviceId).filter((t) => t.state === 'RUNNING').length;
      const cpus = (s.spec.limits.nanoCpus / 1e9) * running;
      const mem = s.spec.limits.memoryBytes * running;
      return cpus > 0 || mem > 0 ? { cpus, memoryBytes: mem } : null;
    },
  };
}
