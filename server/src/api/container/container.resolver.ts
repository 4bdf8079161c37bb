import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Node } from '../../domain/node.js';
import type { Context } from '../context.js';
import { NodeType } from '../node/node.type.js';
import { ContainerFilter, ContainerOrder, RunContainerInput } from './container.input.js';
import { connection, PageArgs } from '../common/connection.js';
import { visibleScope } from '../auth/visibility.js';
import type { ContainerListArgs, NodeContainer } from '../../app/containers.js';
import type { SortOrder } from '../../domain/paging.js';
import { DEFAULT_STOP_TIMEOUT_SEC } from '../../app/containers.js';
import {
  ContainerConnection,
  ContainerDetailsType,
  ContainerList,
  LogLineType,
  LogStream,
  toContainer,
  toContainerDetails,
} from './container.type.js';

const nodeView = (ctx: Context, n: Node): NodeType => NodeType.from(n, ctx.core.nodes.runtimeOf(n.id));

const listArgs = (filter: ContainerFilter | null | undefined): ContainerListArgs => ({
  node: filter?.node ?? undefined,
  states: filter?.state?.map((s) => s.toLowerCase()),
  label: filter?.label ?? undefined,
  service: filter?.service ?? undefined,
  name: filter?.name ?? undefined,
  search: filter?.search ?? undefined,
});

/** Each node's view built once for a whole list. */
function nodeViews(ctx: Context): (n: Node) => NodeType {
  const views = new Map<string, NodeType>();
  return (n) => {
    let v = views.get(n.id);
    if (!v) views.set(n.id, (v = nodeView(ctx, n)));
    return v;
  };
}

/** containersConnection's sort: by creation (default newest first) or name, then id. */
function containerOrder(o: ContainerOrder | null | undefined): SortOrder<NodeContainer> {
  const field = o?.field ?? 'CREATED';
  const dir = o?.direction ?? (field === 'CREATED' ? 'DESC' : 'ASC');
  return {
    name: `${field}:${dir}`,
    key: (i) =>
      field === 'CREATED'
        ? [i.container.createdAt.getTime(), i.container.id]
        : [i.container.name, i.container.id],
    directions: [dir, 'ASC'],
  };
}

const ID_DESCRIPTION = 'Full id, a unique id prefix of at least 4 characters, or the name';
const NODE_DESCRIPTION = 'Node id or name to look on; absent: every reachable node';

@Resolver()
export class ContainerResolver {
  @Query(() => ContainerList, {
    deprecationReason: 'use containersConnection (paged); this list goes in the next release',
    description:
      'Containers of every node (or filter.node), newest first. Nodes that are DOWN or fail to answer are ' +
      'skipped and listed in unreachableNodes.',
  })
  async containers(
    @Ctx() ctx: Context,
    @Arg('filter', () => ContainerFilter, {
      description: 'Which containers; null: all of them',
      nullable: true,
    })
    filter?: ContainerFilter,
  ): Promise<ContainerList> {
    const r = await ctx.core.containers.list(listArgs(filter));
    const view = nodeViews(ctx);
    return {
      items: r.items.map((i) => toContainer(view(i.node), i.container)),
      unreachableNodes: r.unreachable.map((u) => ({ id: u.node.id, name: u.node.name, reason: u.reason })),
    };
  }

  @Query(() => ContainerConnection, {
    description:
      'Containers of every node (or filter.node), a page at a time: filtered and sorted here (default newest ' +
      'first), then paged with first/after. Nodes that are DOWN or fail to answer are skipped and listed in ' +
      'unreachableNodes.',
  })
  async containersConnection(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ContainerFilter, {
      description: 'Which containers; null: all of them',
      nullable: true,
    })
    filter?: ContainerFilter,
    @Arg('orderBy', () => ContainerOrder, {
      description: 'Sort; null: CREATED DESC (newest first)',
      nullable: true,
    })
    orderBy?: ContainerOrder,
  ): Promise<ContainerConnection> {
    const r = await ctx.core.containers.list(listArgs(filter));
    const scope = visibleScope(ctx);
    const items = scope ? r.items.filter((i) => scope.cluster(i.node.clusterId)) : r.items;
    const view = nodeViews(ctx);
    return {
      ...connection(items, containerOrder(orderBy), page, (p) =>
        p.map((i) => toContainer(view(i.node), i.container)),
      ),
      unreachableNodes: r.unreachable
        .filter((u) => !scope || scope.cluster(u.node.clusterId))
        .map((u) => ({ id: u.node.id, name: u.node.name, reason: u.reason })),
    };
  }

  @Query(() => ContainerDetailsType, {
    nullable: true,
    description: 'One container, inspected; null when none matches',
  })
  async container(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: ID_DESCRIPTION }) id: string,
    @Arg('node', () => ID, { nullable: true, description: NODE_DESCRIPTION }) node?: string,
  ): Promise<ContainerDetailsType | null> {
    const r = await ctx.core.containers.inspect(id, node ?? undefined);
    return r ? toContainerDetails(nodeView(ctx, r.node), r.details) : null;
  }

  @Query(() => [LogLineType], { description: 'Output so far (stdout and stderr, oldest first)' })
  async containerLogs(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: ID_DESCRIPTION }) id: string,
    @Arg('node', () => ID, { nullable: true, description: NODE_DESCRIPTION }) node?: string,
    @Arg('tail', () => Int, { nullable: true, description: 'Only the last N lines' }) tail?: number,
    @Arg('since', () => Date, {
      nullable: true,
      description: 'Only lines from this time on (second precision)',
    })
    since?: Date,
  ): Promise<LogLineType[]> {
    const lines = await ctx.core.containers.logs(id, node ?? undefined, {
      tail: tail ?? undefined,
      since: since ?? undefined,
    });
    return lines.map((l) => ({
      timestamp: l.timestamp,
      stream: l.stream === 'stderr' ? LogStream.STDERR : LogStream.STDOUT,
      message: l.message,
    }));
  }

  @Mutation(() => ContainerDetailsType, {
    description:
      'Runs a container: every input is checked first, the image is pulled when the node lacks it, a taken name ' +
      'or host port is a CONFLICT, and a container that fails to start is removed again',
  })
  async runContainer(
    @Ctx() ctx: Context,
    @Arg('input', () => RunContainerInput, { description: 'What to run and where' }) input: RunContainerInput,
  ): Promise<ContainerDetailsType> {
    const r = await ctx.core.containers.run({
      node: input.node ?? undefined,
      name: input.name ?? undefined,
      image: input.image,
      command: input.command ?? undefined,
      entrypoint: input.entrypoint ?? undefined,
      env: input.env ?? undefined,
      ports: input.ports?.map((p) => ({
        containerPort: p.containerPort,
        hostPort: p.hostPort,
        hostIp: p.hostIp,
        protocol: p.protocol,
      })),
      volumes: input.volumes?.map((v) => ({
        type: v.type ?? 'VOLUME',
        source: v.source,
        target: v.target,
        readOnly: v.readOnly,
      })),
      resources: input.resources ?? undefined,
      healthCheck: input.healthCheck ?? undefined,
      restartPolicy: input.restartPolicy ?? undefined,
      labels: input.labels ?? undefined,
      privileged: input.privileged ?? undefined,
      hostNetwork: input.hostNetwork ?? undefined,
      hostPid: input.hostPid ?? undefined,
      capAdd: input.capAdd ?? undefined,
    });
    return toContainerDetails(nodeView(ctx, r.node), r.details);
  }

  @Mutation(() => ContainerDetailsType, { description: 'Starts a container (already running is fine)' })
  async startContainer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: ID_DESCRIPTION }) id: string,
    @Arg('node', () => ID, { nullable: true, description: NODE_DESCRIPTION }) node?: string,
  ): Promise<ContainerDetailsType> {
    const r = await ctx.core.containers.start(id, node ?? undefined);
    return toContainerDetails(nodeView(ctx, r.node), r.details);
  }

  @Mutation(() => ContainerDetailsType, {
    description:
      'Stops a container: its stop signal, then SIGKILL after timeoutSeconds (already stopped is fine)',
  })
  async stopContainer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: ID_DESCRIPTION }) id: string,
    @Arg('node', () => ID, { nullable: true, description: NODE_DESCRIPTION }) node?: string,
    @Arg('timeoutSeconds', () => Int, { nullable: true, description: `Default ${DEFAULT_STOP_TIMEOUT_SEC}` })
    timeoutSeconds?: number,
  ): Promise<ContainerDetailsType> {
    const r = await ctx.core.containers.stop(
      id,
      node ?? undefined,
      timeoutSeconds ?? DEFAULT_STOP_TIMEOUT_SEC,
    );
    return toContainerDetails(nodeView(ctx, r.node), r.details);
  }

  @Mutation(() => ContainerDetailsType, { description: 'Stops (as stopContainer) and starts a container' })
  async restartContainer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: ID_DESCRIPTION }) id: string,
    @Arg('node', () => ID, { nullable: true, description: NODE_DESCRIPTION }) node?: string,
    @Arg('timeoutSeconds', () => Int, { nullable: true, description: `Default ${DEFAULT_STOP_TIMEOUT_SEC}` })
    timeoutSeconds?: number,
  ): Promise<ContainerDetailsType> {
    const r = await ctx.core.containers.restart(
      id,
      node ?? undefined,
      timeoutSeconds ?? DEFAULT_STOP_TIMEOUT_SEC,
    );
    return toContainerDetails(nodeView(ctx, r.node), r.details);
  }

  @Mutation(() => ID, {
    description:
      'Removes a container and returns its full id; a running one only with force (CONFLICT otherwise)',
  })
  async removeContainer(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: ID_DESCRIPTION }) id: string,
    @Arg('node', () => ID, { nullable: true, description: NODE_DESCRIPTION }) node?: string,
    @Arg('force', () => Boolean, { defaultValue: false, description: 'Kill it first when running' })
    force = false,
    @Arg('volumes', () => Boolean, { defaultValue: false, description: 'Also remove its anonymous volumes' })
    volumes = false,
  ): Promise<string> {
    return ctx.core.containers.remove(id, node ?? undefined, { force, volumes });
  }
}
