import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ClusterResolver } from './cluster/cluster.resolver.js';
import { ContainerResolver } from './container/container.resolver.js';
import { ImageResolver } from './image/image.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { ServiceResolver } from './service/service.resolver.js';
import { SystemResolver } from './system/system.resolver.js';

/** Every feature's resolvers; the emitted schema.graphql is the contract integrations build on. */
export const resolvers = [SystemResolver, ClusterResolver, NodeResolver, ContainerResolver, ImageResolver, ServiceResolver] as const;

export function buildStevedoreSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers] as unknown as [Function, ...Function[]],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
