import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { IngressAlgorithm } from '../../domain/service.js';
import { specToInput } from '../../app/service-spec.js';
import { toServiceType } from '../service/service.view.js';
import { ServiceType } from '../service/service.type.js';
import { IngressProbeInput, IngressRouteInput, IngressTlsInput } from '../service/service.input.js';
import { IngressStatsType, ServiceEndpointType } from './ingress.type.js';

@Resolver()
export class IngressResolver {
  @Query(() => [ServiceEndpointType], {
    description: 'Healthy replicas of a service: published address and port, network address',
  })
  async serviceEndpoints(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
    @Arg('containerPort', () => Int, {
      nullable: true,
      description: 'Default: the ingress target, else the first TCP port',
    })
    containerPort?: number,
  ): Promise<ServiceEndpointType[]> {
    const s = ctx.core.services.require(id);
    return (await ctx.core.discovery.endpoints(s, containerPort ?? undefined)).map(ServiceEndpointType.from);
  }

  @Query(() => IngressStatsType, {
    nullable: true,
    description: 'Ingress counters, latency and per-replica breakers; null when not published',
  })
  ingressStats(
    @Ctx() ctx: Context,
    @Arg('serviceId', () => ID, { description: 'Service id or name' }) serviceId: string,
  ): IngressStatsType | null {
    const s = ctx.core.services.require(serviceId, 'serviceId');
    const v = ctx.core.discovery.view(s.id);
    return v ? IngressStatsType.from(v) : null;
  }

  @Query(() => String, {
    nullable: true,
    description: 'The same load balancing as an nginx upstream + server block',
  })
  async nginxConfig(
    @Ctx() ctx: Context,
    @Arg('serviceId', () => ID, { description: 'Service id or name' }) serviceId: string,
  ): Promise<string | null> {
    return ctx.core.discovery.nginxConfig(ctx.core.services.require(serviceId, 'serviceId'));
  }

  @Mutation(() => ServiceType, {
    description:
      'Publishes the service through the ingress on 127.0.0.1:port (a new revision; no container restarts), with routes, TLS and an active probe; admitted as updateService (a route another service holds on the port: CONFLICT)',
  })
  async publishService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
    @Arg('port', () => Int, { description: 'Listening port on the control plane, 1024..65535' }) port: number,
    @Arg('targetPort', () => Int, {
      nullable: true,
      description: 'Container port; default the first TCP port',
    })
    targetPort?: number,
    @Arg('algorithm', () => IngressAlgorithm, {
      description: 'How a replica is chosen per request; default ROUND_ROBIN',
      nullable: true,
    })
    algorithm?: IngressAlgorithm,
    @Arg('routes', () => [IngressRouteInput], {
      nullable: true,
      description: 'Host and path prefix routes on the port; absent: the current ones; []: every request',
    })
    routes?: IngressRouteInput[] | null,
    @Arg('tls', () => IngressTlsInput, {
      nullable: true,
      description: 'TLS with a certificate from a secret; absent: as now; null: plain HTTP',
    })
    tls?: IngressTlsInput | null,
    @Arg('probe', () => IngressProbeInput, {
      nullable: true,
      description: 'Active health probe; absent: as now; null: none',
    })
    probe?: IngressProbeInput | null,
  ): Promise<ServiceType> {
    const s = ctx.core.services.require(id);
    const input = specToInput(s.spec);
    input.ingress = {
      ...input.ingress,
      port,
      targetPort: targetPort ?? s.spec.ingress?.targetPort ?? null,
      algorithm: algorithm ?? s.spec.ingress?.algorithm ?? null,
      ...(routes !== undefined ? { routes } : {}),
      ...(tls !== undefined ? { tls } : {}),
      ...(probe !== undefined ? { probe } : {}),
    };
    const next = await ctx.core.services.update(s.id, input);
    return toServiceType(ctx, ctx.core.services.view(next));
  }

  @Mutation(() => ServiceType, { description: "Closes the service's ingress" })
  async unpublishService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
  ): Promise<ServiceType> {
    const s = ctx.core.services.require(id);
    const input = specToInput(s.spec);
    input.ingress = null;
    return toServiceType(ctx, ctx.core.services.view(await ctx.core.services.update(s.id, input)));
  }
}
