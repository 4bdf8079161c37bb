import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { connection, PageArgs } from '../common/connection.js';
import { visibleScope } from '../auth/visibility.js';
import type { SortOrder } from '../../domain/paging.js';
import type { Context } from '../context.js';
import { actorName } from '../../app/access/principal.js';
import type { StackView } from '../../app/stacks/stacks.js';
import { toServiceType } from '../service/service.view.js';
import { StackFileInput, StackImageInput, StackVariableInput } from './stack.input.js';
import { DeployStackResult, Stack, StackConnection } from './stack.type.js';

/** stacksConnection's sort: by name (unique). */
const STACK_ORDER: SortOrder<StackView> = { name: 'NAME:ASC', key: (s) => [s.name], directions: ['ASC'] };

function toStack(ctx: Context, v: StackView): Stack {
  return { ...v, services: v.services.map((s) => toServiceType(ctx, s)) };
}

@Resolver(() => Stack)
export class StackResolver {
  @Query(() => StackConnection, {
    description: 'Stacks, optionally of one cluster, a page at a time, by name',
  })
  stacksConnection(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('clusterId', () => ID, {
      description: "Only this cluster's stacks; null: every cluster",
      nullable: true,
    })
    clusterId?: string,
  ): StackConnection {
    const scope = visibleScope(ctx);
    const list = ctx.core.stacks
      .list(clusterId ?? undefined)
      .filter((s) => !scope || scope.cluster(s.clusterId));
    return connection(list, STACK_ORDER, page, (p) => p.map((v) => toStack(ctx, v)));
  }

  @Query(() => [Stack], {
    deprecationReason: 'use stacksConnection (paged); this list goes in the next release',
    description: 'Every stack, optionally of one cluster',
  })
  stacks(
    @Ctx() ctx: Context,
    @Arg('clusterId', () => ID, {
      description: "Only this cluster's stacks; null: every cluster",
      nullable: true,
    })
    clusterId?: string,
  ): Stack[] {
    return ctx.core.stacks.list(clusterId ?? undefined).map((v) => toStack(ctx, v));
  }

  @Query(() => Stack, { nullable: true, description: 'A stack by name' })
  stack(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { description: 'Stack name' }) name: string,
  ): Stack | null {
    const v = ctx.core.stacks.get(name);
    return v ? toStack(ctx, v) : null;
  }

  @Query(() => String, {
    description:
      'A compose file for what the stack runs now (its services as stored, networks, volumes and secrets, never secret values), to keep in git and deploy again',
  })
  stackCompose(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { description: 'Stack name' }) name: string,
  ): string {
    return ctx.core.stacks.exportCompose(name);
  }

  @Mutation(() => DeployStackResult, {
    description:
      'Deploys a Compose Specification file as one stack. The file is validated whole (YAML, the compose JSON schema, then every service through the admission of createService: validation, policy, secrets, quota for the stack as a whole, networks) before anything is created; a refusal is BAD_USER_INPUT (or FORBIDDEN for policy and quota) with extensions field (the compose path), key, line and service. A redeploy updates only the services whose spec changed, each through its rolling update; depends_on orders the first creation (service_healthy waits for health)',
  })
  async deployStack(
    @Ctx() ctx: Context,
    @Arg('name', () => String, {
      description: 'Lower-case letters, digits, - and _; the prefix of what it creates',
    })
    name: string,
    @Arg('compose', () => String, { description: 'The compose file (YAML), at most 1 MiB' }) compose: string,
    @Arg('variables', () => [StackVariableInput], {
      nullable: true,
      description: 'Values for ${VAR} interpolation',
    })
    variables?: StackVariableInput[],
    @Arg('envFiles', () => [StackFileInput], {
      nullable: true,
      description: "Contents of the files the compose file names (env_file, secrets' file), by path",
    })
    envFiles?: StackFileInput[],
    @Arg('images', () => [StackImageInput], {
      nullable: true,
      description: 'Images of the file to run as others, leaving the file as it is',
    })
    images?: StackImageInput[],
    @Arg('dryRun', () => Boolean, {
      nullable: true,
      description:
        'Validate, admit and return the plan; nothing is created, changed or removed on any engine',
    })
    dryRun?: boolean,
    @Arg('removeOrphans', () => Boolean, {
      nullable: true,
      description:
        'Remove the services, networks and secrets of the stack that left the file (without it, the plan lists them and they stay)',
    })
    removeOrphans?: boolean,
    @Arg('clusterId', () => ID, {
      nullable: true,
      description: "Default: the default cluster; a stack's cluster is fixed at its first deploy",
    })
    clusterId?: string,
  ): Promise<DeployStackResult> {
    const r = await ctx.core.stacks.deploy(
      {
        name,
        compose,
        variables,
        envFiles,
        images,
        dryRun,
        removeOrphans,
        clusterId: clusterId ? (ctx.core.clusters.get(clusterId)?.id ?? clusterId) : null,
      },
      actorName(ctx.principal),
    );
    return { plan: r.plan, applied: r.applied, stack: r.stack ? toStack(ctx, r.stack) : null };
  }

  @Mutation(() => Stack, {
    description:
      'Removes the stack: its services (their containers are stopped and removed), the networks and secrets it created and, with removeVolumes, its named volumes and their data; external ones stay. Returns the stack as it was',
  })
  async removeStack(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { description: 'Stack name' }) name: string,
    @Arg('removeVolumes', () => Boolean, {
      nullable: true,
      description: 'Also remove the named volumes the stack created (default false: they are kept)',
    })
    removeVolumes?: boolean,
  ): Promise<Stack> {
    return toStack(ctx, await ctx.core.stacks.remove(name, removeVolumes ?? false, actorName(ctx.principal)));
  }
}
