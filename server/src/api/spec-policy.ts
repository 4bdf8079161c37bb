import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { AppError } from '../app/errors.js';
import { DEFAULT_CLUSTER_ID } from '../app/clusters.js';

interface MountLike {
  type?: string | null;
  source?: string | null;
}

type Check = (ctx: Context, args: Record<string, unknown>) => { field: string; reason: string }[];

const serviceSpec: Check = (ctx, args) => {
  const spec = ctx.core.services.requestedSpec(args) as
    { volumes?: MountLike[] | null; networks?: string[] | null } | undefined;
  const errors = ctx.core.volumes.checkBinds(
    (spec?.volumes ?? []).map((v) => ({ ...v, type: v.type ?? 'volume' })),
  );
  const clusterId = args.id
    ? (ctx.core.services.get(String(args.id))?.clusterId ?? DEFAULT_CLUSTER_ID)
    : args.clusterId
      ? (ctx.core.clusters.get(String(args.clusterId))?.id ?? DEFAULT_CLUSTER_ID)
      : DEFAULT_CLUSTER_ID;
  (spec?.networks ?? []).forEach((n, i) => {
    if (!ctx.core.networks.get(n, clusterId))
      errors.push({
        field: `networks[${i}]`,
        reason: `network "${n}" does not exist: create it first with createNetwork`,
      });
  });
  return errors;
};

/** Mutation → the policy checks its arguments must pass. */
const CHECKS: Record<string, Check> = {
  createService: serviceSpec,
  updateService: serviceSpec,
  patchService: serviceSpec,
  runContainer: (ctx, args) =>
    ctx.core.volumes.checkBinds((args.input as { volumes?: MountLike[] | null } | undefined)?.volumes ?? []),
};

/**
 * Cluster policy on specs entering the API through the mutations that start containers
 * (createService, updateService, patchService, runContainer): bind mounts only under
 * STEVEDORE_BIND_ALLOWED_PATHS, and a service's networks must exist. BAD_USER_INPUT names the
 * field (`volumes[1].source`, `networks[0]`) as the spec validators do. Applied by wrapping those
 * resolvers of the built schema (HTTP and WebSocket alike), so no other field pays for it.
 * The task runner checks binds again before each container (a spec stored before the policy
 * changed is refused there).
 */
export function applySpecPolicy(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const [name, check] of Object.entries(CHECKS)) {
    const field = fields[name];
    if (!field) continue;
    const inner: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args: Record<string, unknown>, ctx: Context, info) => {
      const errors = check(ctx, args);
      if (errors.length)
        throw new AppError('BAD_USER_INPUT', errors.map((e) => `${e.field}: ${e.reason}`).join('; '), {
          field: errors[0]!.field,
          fields: errors,
        });
      return inner(root, args, ctx, info);
    };
  }
  return schema;
}
