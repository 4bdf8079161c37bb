import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ServiceType, TaskType } from '../service/service.type.js';
import { ContainerDetailsType, ContainerType } from './container.type.js';

type Labelled = { serviceId: string | null; taskId: string | null };

const SERVICE = {
  nullable: true,
  description:
    'The service this container is a task of (label stevedore.service as an edge); null: not a service task, or the service was removed',
};
const TASK = {
  nullable: true,
  description:
    'The task this container runs (label stevedore.task as an edge); null: not a service task, or the task is gone',
};

const serviceOf = (ctx: Context, c: Labelled) => (c.serviceId ? ctx.loaders.service.load(c.serviceId) : null);
const taskOf = (ctx: Context, c: Labelled) => (c.taskId ? ctx.loaders.task.load(c.taskId) : null);

/** A listed container's edges, through the request's loaders (one lookup per kind for a whole list). */
@Resolver(() => ContainerType)
export class ContainerEdgesResolver {
  @FieldResolver(() => ServiceType, SERVICE)
  service(@Ctx() ctx: Context, @Root() c: ContainerType): Promise<ServiceType | null> | null {
    return serviceOf(ctx, c);
  }

  @FieldResolver(() => TaskType, TASK)
  task(@Ctx() ctx: Context, @Root() c: ContainerType): Promise<TaskType | null> | null {
    return taskOf(ctx, c);
  }
}

/** An inspected container's edges, the same as a listed one's. */
@Resolver(() => ContainerDetailsType)
export class ContainerDetailsEdgesResolver {
  @FieldResolver(() => ServiceType, SERVICE)
  service(@Ctx() ctx: Context, @Root() c: ContainerDetailsType): Promise<ServiceType | null> | null {
    return serviceOf(ctx, c);
  }

  @FieldResolver(() => TaskType, TASK)
  task(@Ctx() ctx: Context, @Root() c: ContainerDetailsType): Promise<TaskType | null> | null {
    return taskOf(ctx, c);
  }
}
