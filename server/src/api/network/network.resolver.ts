import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { fromKeyValues } from '../common/key-value.js';
import { CreateNetworkInput, NetworkOnNodeType, NetworkType } from './network.type.js';

@Resolver(() => NetworkType)
export class NetworkResolver {
  @Query(() => [NetworkType], { description: 'Cluster networks' })
  networks(
    @Ctx() ctx: Context,
    @Arg('clusterId', () => ID, {
      description: "Only this cluster's networks; null: every cluster",
      nullable: true,
    })
    clusterId?: string,
  ): NetworkType[] {
    return ctx.core.networks.list(clusterId ?? undefined).map(NetworkType.from);
  }

  @Query(() => NetworkType, { nullable: true, description: 'A network by id or name' })
  network(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Network id or name' }) id: string,
  ): NetworkType | null {
    const n = ctx.core.networks.get(id);
    return n ? NetworkType.from(n) : null;
  }

  @Mutation(() => NetworkType, {
    description: "Stores a network; subnets must not overlap other networks or the engines' own",
  })
  async createNetwork(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateNetworkInput, { description: 'Name, driver, subnet and labels' })
    input: CreateNetworkInput,
  ): Promise<NetworkType> {
    const n = await ctx.core.networks.create(
      {
        name: input.name,
        driver: input.driver,
        subnet: input.subnet,
        gateway: input.gateway,
        labels: input.labels ? fromKeyValues(input.labels) : {},
      },
      input.clusterId ?? undefined,
    );
    return NetworkType.from(n);
  }

  @Mutation(() => NetworkType, {
    description: 'Removes the network from every node and the store; refused while services use it',
  })
  async removeNetwork(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Network id or name' }) id: string,
  ): Promise<NetworkType> {
    return NetworkType.from(await ctx.core.networks.remove(id));
  }

  @FieldResolver(() => [String], { description: 'Names of the services attached to it' })
  services(@Ctx() ctx: Context, @Root() n: NetworkType): string[] {
    return ctx.core.networks.usedBy(n.raw).map((s) => s.name);
  }

  @FieldResolver(() => [NetworkOnNodeType], {
    description: 'Where it exists now, with the containers attached (asks every node)',
  })
  async nodes(@Ctx() ctx: Context, @Root() n: NetworkType): Promise<NetworkOnNodeType[]> {
    const list = await ctx.core.networks.onNodes(n.raw);
    return list.map((x) => ({
      nodeId: x.node.id,
      nodeName: x.node.name,
      present: x.present,
      engineNetworkId: x.engineNetworkId,
      subnet: x.subnet,
      slice: x.slice,
      containers: x.containers,
      error: x.error,
    }));
  }
}
