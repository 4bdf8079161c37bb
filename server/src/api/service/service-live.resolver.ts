import { Arg, Field, Float, ID, Int, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context.js';
import { badInput } from '../../app/errors.js';
import type { GroupStats } from '../../app/stats.js';
import { LatestSlot, QueueIterator } from '../../app/iterators.js';
import { groupIterator } from '../realtime/stats.resolver.js';
import { ContainerStatsType } from '../realtime/stats.type.js';
import { toServiceType } from './service.view.js';
import { ServiceType } from './service.type.js';

@ObjectType('ServiceStats', {
  description: "Live use of a service: the sum over its running replicas, and each replica's own sample",
})
export class ServiceStatsType {
  @Field(() => ID, { description: 'Id of the service' }) serviceId: string;
  @Field(() => Date, { description: 'When the figures were taken' }) timestamp: Date;
  @Field(() => Int, { description: 'Running replicas of the service' }) replicaCount: number;
  @Field(() => Int, { description: 'Replicas with a current sample (a just-started one has none for ~2 s)' })
  sampledReplicaCount: number;
  @Field(() => Float, { description: 'CPUs in use across replicas' }) usedCpus: number;
  @Field(() => Float, {
    nullable: true,
    description:
      "CPUs in use (usedCpus), in % of the replicas' summed CPU limits; null: a replica has no CPU limit",
  })
  cpuPercentOfLimit: number | null;
  @Field(() => Float, { description: 'Memory in use across replicas, in bytes' }) memoryUsedBytes: number;
  @Field(() => Float, {
    description: 'Memory in use, in % of the summed memory limits; null: a replica has no memory limit',
    nullable: true,
  })
  memoryPercentOfLimit: number | null;
  @Field(() => Float, { description: 'Bytes received per second across replicas' })
  networkRxBytesPerSec: number;
  @Field(() => Float, { description: 'Bytes sent per second across replicas' }) networkTxBytesPerSec: number;
  @Field(() => Int, { description: 'Processes across replicas' }) pids: number;
  @Field(() => [ContainerStatsType], { description: 'The stats of each replica with a current sample' })
  replicas: ContainerStatsType[];
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
      const stats = ctx.core.serviceStats;
      return groupIterator(ctx, stats.group(service.id), intervalMs, (group): ServiceStatsRoot => ({
        serviceId: service.id,
        group,
        replicas: stats.replicas(service.id) as ContainerStatsType[],
      }));
    },
  })
  serviceStats(
    @Root() r: ServiceStatsRoot,
    @Arg('serviceId', () => ID, { description: 'Service id or name' }) _serviceId: string,
    @Arg('intervalMs', () => Int, {
      description: 'Time between two answers, in ms (default 1000)',
      defaultValue: 1000,
    })
    _intervalMs?: number,
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
      const stop = ctx.core.live.events.subscribe((e) => {
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
