import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { required } from '../loaders.js';
import { ClusterType } from '../cluster/cluster.type.js';
import { fromKeyValues } from '../common/key-value.js';
import { AddNodeInput, UpdateNodeInput } from './node.input.js';
import { NodeType } from './node.type.js';

@Resolver(() => NodeType)
export class NodeResolver {
  @Query(() => [NodeType], { description: 'All nodes, or those of one cluster' })
  nodes(
    @Ctx() ctx: Context,
    @Arg('clusterId', () => ID, {
      description: "Only this cluster's nodes; null: every node",
      nullable: true,
    })
    clusterId?: string,
  ): NodeType[] {
    const svc = ctx.core.nodes;
    return svc.list(clusterId ?? undefined).map((n) => NodeType.from(n, svc.runtimeOf(n.id)));
  }

  @FieldResolver(() => ClusterType, { description: 'The cluster the node belongs to (clusterId as an edge)' })
  cluster(@Ctx() ctx: Context, @Root() n: NodeType): Promise<ClusterType> {
    return ctx.loaders.cluster.load(n.clusterId).then((c) => required(c, 'cluster', n.clusterId));
  }

  @Query(() => NodeType, { nullable: true, description: 'A node by id or name' })
  node(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Node id or name' }) id: string,
  ): NodeType | null {
    const n = ctx.core.nodes.get(id);
    return n ? NodeType.from(n, ctx.core.nodes.runtimeOf(n.id)) : null;
  }

  @Mutation(() => NodeType, { description: 'Registers a Docker engine as a node; it must answer' })
  async addNode(
    @Ctx() ctx: Context,
    @Arg('input', () => AddNodeInput, { description: "The engine's endpoint, name, role and labels" })
    input: AddNodeInput,
  ): Promise<NodeType> {
    const n = await ctx.core.nodes.add({
      name: input.name,
      endpoint: input.endpoint,
      labels: input.labels ? fromKeyValues(input.labels) : undefined,
      role: input.role ?? undefined,
      publishAddress: input.publishAddress ?? undefined,
      clusterId: input.clusterId ?? undefined,
      tls: input.tls
        ? {
            ca: input.tls.ca ?? undefined,
            cert: input.tls.cert ?? undefined,
            key: input.tls.key ?? undefined,
          }
        : undefined,
    });
    await ctx.core.nodeProbe.beat(n);
    const fresh = ctx.core.nodes.require(n.id);
    return NodeType.from(fresh, ctx.core.nodes.runtimeOf(n.id));
  }

  @Mutation(() => NodeType, {
    description: 'Labels, availability (ACTIVE, PAUSE, DRAIN), name, publish address',
  })
  updateNode(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Node id or name' }) id: string,
    @Arg('input', () => UpdateNodeInput, { description: 'What to change; fields not given stay' })
    input: UpdateNodeInput,
  ): NodeType {
    const n = ctx.core.nodes.update(id, {
      name: input.name ?? undefined,
      labels: input.labels ? fromKeyValues(input.labels) : undefined,
      availability: input.availability ?? undefined,
      publishAddress: input.publishAddress ?? undefined,
    });
    return NodeType.from(n, ctx.core.nodes.runtimeOf(n.id));
  }

  @Mutation(() => NodeType, {
    description:
      'Forgets a node; its containers are left running on the engine. The network fabric leaves it first (routes, rules, helper, unused networks)',
  })
  async removeNode(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Node id or name' }) id: string,
  ): Promise<NodeType> {
    const rt = ctx.core.nodes.runtimeOf(id);
    return NodeType.from(await ctx.core.nodes.remove(id), rt);
  }
}
