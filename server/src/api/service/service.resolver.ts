import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { required } from '../loaders.js';
import { actorName } from '../../app/access/principal.js';
import { ServiceListArgs, ServiceOrder, ServicePatchInput, ServiceSpecInput } from './service.input.js';
import { connection, PageArgs } from '../common/connection.js';
import { visibleScope } from '../auth/visibility.js';
import type { ServiceView } from '../../app/services.js';
import type { Task } from '../../domain/task.js';
import { TaskState } from '../../domain/task.js';
import type { SortOrder } from '../../domain/paging.js';
import { pinReason } from '../../domain/volume.js';
import { ClusterType } from '../cluster/cluster.type.js';
import {
  RevisionType,
  ServiceConnection,
  ServiceType,
  TaskConnection,
  TaskType,
  VolumePinType,
} from './service.type.js';
import { toServiceType } from './service.view.js';

/** servicesConnection's sort: by name (default), creation or last change, then id. */
function serviceOrder(o: ServiceOrder | null | undefined): SortOrder<ServiceView> {
  const field = o?.field ?? 'NAME';
  const dir = o?.direction ?? (field === 'NAME' ? 'ASC' : 'DESC');
  return {
    name: `${field}:${dir}`,
    key: ({ service: s }) =>
      field === 'NAME' ? [s.name, s.id] : [(field === 'CREATED' ? s.createdAt : s.updatedAt).getTime(), s.id],
    directions: [dir, 'ASC'],
  };
}

/** tasksConnection's sort: oldest first, then id. */
const TASK_ORDER: SortOrder<Task> = {
  name: 'CREATED:ASC',
  key: (t) => [t.createdAt.getTime(), t.id],
  directions: ['ASC', 'ASC'],
};

@Resolver(() => ServiceType)
export class ServiceResolver {
  @Query(() => ServiceConnection, {
    description:
      'Services, a page at a time: filtered by cluster, name or image substring and status, sorted (default by name), then paged',
  })
  servicesConnection(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Args(() => ServiceListArgs) list: ServiceListArgs,
    @Arg('orderBy', () => ServiceOrder, { description: 'Sort; null: NAME ASC', nullable: true })
    orderBy?: ServiceOrder,
  ): ServiceConnection {
    const scope = visibleScope(ctx);
    const views = this.filtered(ctx, list).filter((v) => !scope || scope.cluster(v.service.clusterId));
    return connection(views, serviceOrder(orderBy), page, (p) => p.map((v) => toServiceType(ctx, v)));
  }

  /** The services under the list's filters, as views (their tasks read once for all). */
  private filtered(ctx: Context, { clusterId, search, status }: ServiceListArgs): ServiceView[] {
    const svc = ctx.core.services;
    return svc
      .views(
        svc
          .list(clusterId ?? undefined)
          .filter((s) => !search || s.name.includes(search) || s.spec.image.includes(search)),
      )
      .filter((v) => !status || v.status === status);
  }

  @Query(() => [ServiceType], {
    deprecationReason: 'use servicesConnection (paged); this list goes in the next release',
    description: 'Services, optionally by cluster, name substring and status',
  })
  services(@Ctx() ctx: Context, @Args(() => ServiceListArgs) list: ServiceListArgs): ServiceType[] {
    return this.filtered(ctx, list).map((v) => toServiceType(ctx, v));
  }

  @FieldResolver(() => ClusterType, { description: 'The cluster the service runs in (clusterId as an edge)' })
  cluster(@Ctx() ctx: Context, @Root() svc: ServiceType): Promise<ClusterType> {
    return ctx.loaders.cluster.load(svc.clusterId).then((c) => required(c, 'cluster', svc.clusterId));
  }

  @Query(() => ServiceType, { nullable: true, description: 'A service by id or name' })
  service(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
  ): ServiceType | null {
    const s = ctx.core.services.get(id);
    return s ? toServiceType(ctx, ctx.core.services.view(s)) : null;
  }

  @FieldResolver(() => [VolumePinType], {
    description:
      "Constraints of spec.placement that Stevedore added to keep the service by its volumes (not the operator's; every update keeps them)",
  })
  pins(@Ctx() ctx: Context, @Root() svc: ServiceType): VolumePinType[] {
    const s = ctx.core.services.get(svc.id);
    return s ? ctx.core.services.pins(s).map((p) => ({ ...p, reason: pinReason(p) })) : [];
  }

  @Query(() => [RevisionType], { description: 'Revisions, newest first, each with its diff' })
  serviceRevisions(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
  ): RevisionType[] {
    const s = ctx.core.services.require(id);
    return ctx.core.services.revisions(id).map((r) => RevisionType.from(r, s.currentRevision));
  }

  @Mutation(() => ServiceType, { description: 'Creates a service (revision 1) and starts its replicas' })
  async createService(
    @Ctx() ctx: Context,
    @Arg('spec', () => ServiceSpecInput, { description: 'The desired state of the new service' })
    spec: ServiceSpecInput,
    @Arg('clusterId', () => ID, {
      nullable: true,
      description: 'Default: the default cluster (its environment sets roles, quota, policy and secrets)',
    })
    clusterId?: string,
  ): Promise<ServiceType> {
    const s = await ctx.core.services.create(
      spec,
      actorName(ctx.principal),
      clusterId ? (ctx.core.clusters.get(clusterId)?.id ?? clusterId) : undefined,
    );
    return toServiceType(ctx, ctx.core.services.view(s));
  }

  @Mutation(() => ServiceType, {
    description: 'Replaces the spec; a new revision, rolled out per update config',
  })
  async updateService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
    @Arg('spec', () => ServiceSpecInput, {
      description: 'The whole new spec; fields not given take their defaults',
    })
    spec: ServiceSpecInput,
  ): Promise<ServiceType> {
    const s = await ctx.core.services.update(id, spec, actorName(ctx.principal));
    return toServiceType(ctx, ctx.core.services.view(s));
  }

  @Mutation(() => ServiceType, {
    description:
      'Changes only the fields given (as docker service update --image): a new revision when something changed, checked as updateService',
  })
  async patchService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
    @Arg('patch', () => ServicePatchInput, {
      description: 'The fields to change; those not given keep their values',
    })
    patch: ServicePatchInput,
  ): Promise<ServiceType> {
    const s = await ctx.core.services.patch(id, patch, actorName(ctx.principal));
    return toServiceType(ctx, ctx.core.services.view(s));
  }

  @Mutation(() => ServiceType, { description: 'Sets the replicas of a REPLICATED service (a new revision)' })
  scaleService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
    @Arg('replicas', () => Int, { description: 'Replicas wanted, 0 or more' }) replicas: number,
  ): ServiceType {
    return toServiceType(
      ctx,
      ctx.core.services.view(ctx.core.services.scale(id, replicas, actorName(ctx.principal))),
    );
  }

  @Mutation(() => ServiceType, {
    description: 'Back to a revision (default: the previous one), using the rollback config',
  })
  async rollbackService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
    @Arg('toRevision', () => Int, {
      description: 'Revision number to go back to; null: the previous revision',
      nullable: true,
    })
    toRevision?: number,
  ): Promise<ServiceType> {
    const s = await ctx.core.services.rollback(id, toRevision);
    return toServiceType(ctx, ctx.core.services.view(s));
  }

  @Mutation(() => ServiceType, {
    description: 'Pauses the rolling update in flight (state PAUSED); tasks already replaced stay',
  })
  pauseRollout(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
  ): ServiceType {
    return toServiceType(ctx, ctx.core.services.view(ctx.core.services.pauseRollout(id)));
  }

  @Mutation(() => ServiceType, { description: 'Resumes a paused rolling update or rollback' })
  resumeRollout(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
  ): ServiceType {
    return toServiceType(ctx, ctx.core.services.view(ctx.core.services.resumeRollout(id)));
  }

  @Mutation(() => ServiceType, { description: 'Removes the service; its containers are stopped and removed' })
  removeService(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Service id or name' }) id: string,
  ): ServiceType {
    const s = ctx.core.services.require(id);
    const view = ctx.core.services.view(s);
    ctx.core.services.remove(id);
    return toServiceType(ctx, view);
  }

  @Query(() => TaskConnection, {
    description:
      'Tasks, a page at a time, oldest first: of a service, of a node, of both, or every active task when neither is given',
  })
  tasksConnection(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('serviceId', () => ID, {
      description: "Only this service's tasks (id or name), finished ones too; null: every service",
      nullable: true,
    })
    serviceId?: string,
    @Arg('nodeId', () => ID, {
      description: 'Only tasks placed on this node (id or name); null: any node',
      nullable: true,
    })
    nodeId?: string,
    @Arg('state', () => [TaskState], {
      description: 'Only tasks in one of these states; null: any',
      nullable: true,
    })
    state?: TaskState[],
  ): TaskConnection {
    const scope = visibleScope(ctx);
    const list = this.taskList(ctx, serviceId, nodeId).filter(
      (t) => (!state?.length || state.includes(t.state)) && (!scope || scope.service(t.serviceId)),
    );
    return connection(list, TASK_ORDER, page, (p) => p.map((t) => TaskType.from(t)));
  }

  private taskList(ctx: Context, serviceId?: string, nodeId?: string): Task[] {
    return ctx.core.services.tasks({
      serviceId: serviceId ? ctx.core.services.require(serviceId, 'serviceId').id : undefined,
      nodeId: nodeId ? ctx.core.nodes.require(nodeId, 'nodeId').id : undefined,
    });
  }

  @Query(() => [TaskType], {
    deprecationReason: 'use tasksConnection (paged); this list goes in the next release',
    description: 'Tasks by service, node or state',
  })
  tasks(
    @Ctx() ctx: Context,
    @Arg('serviceId', () => ID, {
      description: "Only this service's tasks; null: every service",
      nullable: true,
    })
    serviceId?: string,
    @Arg('nodeId', () => ID, {
      description: 'Only tasks placed on this node; null: any node',
      nullable: true,
    })
    nodeId?: string,
  ): TaskType[] {
    return this.taskList(ctx, serviceId, nodeId).map((t) => TaskType.from(t));
  }
}
