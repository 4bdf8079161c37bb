import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { NodeType } from '../node/node.type.js';
import { ServiceType, TaskType } from './service.type.js';

/** A task's edges, through the request's loaders (one lookup per kind for a whole list). */
@Resolver(() => TaskType)
export class TaskResolver {
  @FieldResolver(() => NodeType, {
    nullable: true,
    description:
      'The node the task is placed on (nodeId as an edge); null: not placed yet, or the node was removed',
  })
  node(@Ctx() ctx: Context, @Root() t: TaskType): Promise<NodeType | null> | null {
    return t.nodeId ? ctx.loaders.node.load(t.nodeId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of that node; null: not placed, or the node was removed',
    deprecationReason: 'use node { name }',
  })
  nodeName(@Ctx() ctx: Context, @Root() t: TaskType): Promise<string | null> | null {
    return t.nodeId ? ctx.loaders.node.load(t.nodeId).then((n) => n?.name ?? null) : null;
  }

  @FieldResolver(() => ServiceType, {
    nullable: true,
    description:
      'The service the task belongs to (serviceId as an edge); null: the service was removed meanwhile',
  })
  service(@Ctx() ctx: Context, @Root() t: TaskType): Promise<ServiceType | null> {
    return ctx.loaders.service.load(t.serviceId);
  }
}
