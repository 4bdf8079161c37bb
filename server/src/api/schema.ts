import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { ClusterResolver } from './cluster/cluster.resolver.js';
import { ClusterLiveResolver } from './cluster/cluster-live.resolver.js';
import { ContainerResolver } from './container/container.resolver.js';
import {
  ContainerDetailsEdgesResolver,
  ContainerEdgesResolver,
} from './container/container-edges.resolver.js';
import { ImageResolver } from './image/image.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { ServiceResolver } from './service/service.resolver.js';
import { ServiceLiveResolver } from './service/service-live.resolver.js';
import { TaskResolver } from './service/task.resolver.js';
import { ProgressiveResolver } from './service/progressive.resolver.js';
import { FederationResolver } from './service/federation.resolver.js';
import { SystemResolver } from './system/system.resolver.js';
import { EventResolver } from './realtime/event.resolver.js';
import { LogsResolver } from './realtime/logs.resolver.js';
import { StatsResolver } from './realtime/stats.resolver.js';
import { StatsSetResolver } from './realtime/stats-set.resolver.js';
import { noTopicPubSub } from './realtime/topic-pubsub.js';
import { AutoscaleResolver } from './autoscale/autoscale.resolver.js';
import { IngressResolver } from './ingress/ingress.resolver.js';
import { NetworkResolver } from './network/network.resolver.js';
import { DiscoveryResolver } from './discovery/discovery.resolver.js';
import { VolumeResolver } from './volume/volume.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { AuditResolver } from './auth/audit.resolver.js';
import { EnvironmentResolver } from './auth/environment.resolver.js';
import { SecretResolver } from './auth/secret.resolver.js';
import { StackResolver } from './stack/stack.resolver.js';
import { BackupResolver } from './backup/backup.resolver.js';
import { DesiredStateResolver } from './desired-state/desired-state.resolver.js';
import { applyAccessControl } from './auth/guard.js';

/** Every feature's resolvers; the emitted schema.graphql is the contract integrations build on. */
export const resolvers = [
  SystemResolver,
  ClusterResolver,
  ClusterLiveResolver,
  NodeResolver,
  ContainerResolver,
  ContainerEdgesResolver,
  ContainerDetailsEdgesResolver,
  ImageResolver,
  ServiceResolver,
  ServiceLiveResolver,
  TaskResolver,
  ProgressiveResolver,
  FederationResolver,
  EventResolver,
  StatsResolver,
  StatsSetResolver,
  LogsResolver,
  NetworkResolver,
  DiscoveryResolver,
  VolumeResolver,
  IngressResolver,
  AutoscaleResolver,
  AuthResolver,
  EnvironmentResolver,
  SecretResolver,
  AuditResolver,
  StackResolver,
  BackupResolver,
  DesiredStateResolver,
] as const;

/** type-graphql has no decorator for the root types' own descriptions; the contract has them anyway. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const roots = [
    [schema.getQueryType(), 'Reads: nothing here changes state'],
    [
      schema.getMutationType(),
      'Changes, each checked (validation, role, environment policy, quota) before anything is done, and audited',
    ],
    [
      schema.getSubscriptionType(),
      'Live streams over graphql-ws on /graphql: the current state or a replay first where the field says so, then changes',
    ],
  ] as const;
  for (const [type, description] of roots) if (type) type.description = description;
  return schema;
}

export function buildStevedoreSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...resolvers] as NonEmptyArray<(typeof resolvers)[number]>,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    pubSub: noTopicPubSub,
  })
    .then(applyAccessControl) // outermost: who may, policy guard, quotas, audit (api/auth/guard.ts)
    .then(describeRootTypes);
}
