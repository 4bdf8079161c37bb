import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { NetworkType } from '../network/network.type.js';
import {
  ConnectivityInput,
  ConnectivityResultType,
  NetworkServiceEndpointType,
  ServiceDnsStatusType,
} from './discovery.type.js';

@Resolver(() => NetworkType)
export class DiscoveryResolver {
  @FieldResolver(() => [NetworkServiceEndpointType], {
    description:
      "The replicas of the network's services on every node, with health and DNS answer (asks every node)",
  })
  endpoints(@Ctx() ctx: Context, @Root() n: NetworkType): Promise<NetworkServiceEndpointType[]> {
    return ctx.core.serviceDiscovery.endpointsOn(n.raw);
  }

  @Query(() => ServiceDnsStatusType, { description: 'The cluster resolver (service discovery DNS) now' })
  serviceDns(@Ctx() ctx: Context): Promise<ServiceDnsStatusType> {
    return ctx.core.serviceDiscovery.status();
  }

  @Mutation(() => ConnectivityResultType, {
    description:
      'From a replica (fromContainer or fromService), resolve toService by name and open a TCP connection to it on port',
  })
  checkConnectivity(
    @Ctx() ctx: Context,
    @Arg('input', () => ConnectivityInput, {
      description: 'Which service to check from, and which name and port to reach',
    })
    input: ConnectivityInput,
  ): Promise<ConnectivityResultType> {
    return ctx.core.serviceDiscovery.checkConnectivity(input);
  }
}
