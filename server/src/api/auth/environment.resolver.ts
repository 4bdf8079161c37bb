import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { parseMemory } from '@stevedore/spec-rules';
import type { Context } from '../context.js';
import { badInput } from '../../app/errors.js';
import {
  CreateEnvironmentInput,
  EnvironmentPolicyInput,
  EnvironmentType,
  QuotaInput,
  QuotaType,
  QuotaUsageType,
} from './auth.type.js';
import { visibleEnvironments } from './visibility.js';

const view = (ctx: Context, id: string) => {
  const e = ctx.core.environments.require(id);
  return EnvironmentType.from(e, ctx.core.environments.clustersOf(e.id));
};

/** Environments, the clusters in them, their quotas and policies. */
@Resolver()
export class EnvironmentResolver {
  @Query(() => [EnvironmentType], { description: 'Environments you have a role in' })
  environments(@Ctx() ctx: Context): EnvironmentType[] {
    const visible = visibleEnvironments(ctx, 'VIEWER');
    return ctx.core.environments
      .list()
      .filter((e) => !visible || visible.has(e.id))
      .map((e) => EnvironmentType.from(e, ctx.core.environments.clustersOf(e.id)));
  }

  @Query(() => EnvironmentType, { description: 'An environment by id or name' })
  environment(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { description: 'Id or name' }) name: string,
  ): EnvironmentType {
    return view(ctx, ctx.core.environments.require(name, 'name').id);
  }

  @Mutation(() => EnvironmentType, {
    description: 'A new environment, with the clusters named or a new cluster of its own name',
  })
  createEnvironment(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateEnvironmentInput, { description: 'Name, description and clusters' })
    input: CreateEnvironmentInput,
  ): EnvironmentType {
    const e = ctx.core.environments.create(input);
    return view(ctx, e.id);
  }

  @Mutation(() => EnvironmentType, {
    description: 'Only an empty environment (no nodes, services or secrets); its clusters go with it',
  })
  removeEnvironment(
    @Ctx() ctx: Context,
    @Arg('name', () => String, { description: 'Environment id or name' }) name: string,
  ): EnvironmentType {
    const clusters = ctx.core.environments.clustersOf(ctx.core.environments.require(name, 'name').id);
    const e = ctx.core.environments.remove(name);
    return EnvironmentType.from(e, clusters);
  }

  @Mutation(() => EnvironmentType, {
    description: 'Moves a cluster, with its nodes and services, into an environment',
  })
  assignCluster(
    @Ctx() ctx: Context,
    @Arg('clusterId', () => ID, { description: 'Cluster id or name' }) clusterId: string,
    @Arg('environment', () => String, { description: 'Environment id or name' }) environment: string,
  ): EnvironmentType {
    return view(ctx, ctx.core.environments.assignCluster(clusterId, environment).id);
  }

  @Mutation(() => EnvironmentType, {
    description: 'Replaces the quota; deploys beyond it are refused with FORBIDDEN (running ones stay)',
  })
  setQuota(
    @Ctx() ctx: Context,
    @Arg('environment', () => String, { description: 'Environment id or name' }) environment: string,
    @Arg('quota', () => QuotaInput, { description: 'The whole quota; a field not given is unlimited' })
    quota: QuotaInput,
  ): EnvironmentType {
    let maxMemoryBytes: number | null = null;
    if (quota.maxMemory != null) {
      const m = parseMemory(quota.maxMemory);
      if (!m.ok) throw badInput('quota.maxMemory', m.reason);
      maxMemoryBytes = m.value;
    }
    const e = ctx.core.environments.setQuota(environment, {
      maxCpus: quota.maxCpus ?? null,
      maxMemoryBytes,
      maxServices: quota.maxServices ?? null,
      maxContainers: quota.maxContainers ?? null,
    });
    return view(ctx, e.id);
  }

  @Mutation(() => EnvironmentType, {
    description: 'Replaces the policy guard settings of an environment (ADMIN)',
  })
  setEnvironmentPolicy(
    @Ctx() ctx: Context,
    @Arg('environment', () => String, { description: 'Environment id or name' }) environment: string,
    @Arg('policy', () => EnvironmentPolicyInput, {
      description: 'The whole policy; fields not given are false or empty',
    })
    policy: EnvironmentPolicyInput,
  ): EnvironmentType {
    const e = ctx.core.environments.setPolicy(environment, {
      allowPrivileged: policy.allowPrivileged ?? false,
      allowHostNetwork: policy.allowHostNetwork ?? false,
      allowHostPid: policy.allowHostPid ?? false,
      allowDockerSocket: policy.allowDockerSocket ?? false,
      allowedCapabilities: policy.allowedCapabilities ?? [],
      bindAllowedPaths: policy.bindAllowedPaths ?? null,
    });
    return view(ctx, e.id);
  }

  @Query(() => QuotaUsageType, {
    description: 'Use against the quota (standalone containers are counted on the engines)',
  })
  async quotaUsage(
    @Ctx() ctx: Context,
    @Arg('environment', () => String, { description: 'Environment id or name' }) environment: string,
  ): Promise<QuotaUsageType> {
    const e = ctx.core.environments.require(environment);
    const r = await ctx.core.quotas.report(e.id);
    return {
      environment: e.id,
      quota: QuotaType.from(e.quota),
      cpus: r.usage.nanoCpus / 1e9,
      memoryBytes: r.usage.memoryBytes,
      services: r.usage.services,
      containers: r.usage.containers,
      unreachableNodes: r.unreachableNodes,
    };
  }
}
