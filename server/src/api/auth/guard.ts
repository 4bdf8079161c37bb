import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { WorkloadSecurity } from '../../domain/auth/policy.js';
import { specSecurity } from '../../app/access/environments.js';
import {
  argAt,
  ruleFor,
  type FilterName,
  type GuardName,
  type OperationKind,
  type Rule,
} from '../../domain/auth/permissions.js';
import { atLeast, environmentsWith, roleEverywhere, roleIn, type Role } from '../../domain/auth/roles.js';
import { checkResources, type ResourcesInput } from '@stevedore/spec-rules';
import { sanitizeArgs } from '../../app/access/audit.js';
import { DEFAULT_CLUSTER_ID } from '../../app/clusters.js';
import type { Context } from '../context.js';
import { scopeOf } from './visibility.js';
import { AppError, fieldErrors } from '../../app/errors.js';
import { ANONYMOUS_ADMIN, actorName, type Principal } from '../../app/access/principal.js';

/**
 * Access control for the whole API, applied once to the built schema: every root field of Query,
 * Mutation and Subscription is wrapped (resolve, or subscribe for subscriptions), so HTTP and
 * WebSocket operations pass the same gate before any resolver code runs. In order:
 *
 * 1. who: the principal on the context (UNAUTHENTICATED without one when STEVEDORE_AUTH=on);
 * 2. CSRF: a mutation authenticated by the session cookie must carry the x-stevedore-csrf header;
 * 3. may they: the field's rule in domain/auth/permissions.ts (a field not listed is ADMIN-only
 *    in every environment) against the principal's role in the target's environment → FORBIDDEN;
 * 4. guards, enforced whatever STEVEDORE_AUTH says, on what runs without a new spec from input
 *    (scale, runContainer): the policy guard (privileged, host namespaces, Docker socket,
 *    capabilities, bind paths) and quotas → FORBIDDEN naming the rule. A spec from input
 *    (createService, updateService, patchService, rollbackService) is admitted by
 *    app/admission.ts;
 * 5. the resolver; list results cut to the environments the caller may see;
 * 6. every mutation (and login attempt) leaves an audit row with its outcome.
 *
 * A caller without the role is refused before any input is looked at.
 */
export function applyAccessControl(schema: GraphQLSchema): GraphQLSchema {
  const roots: [OperationKind, GraphQLObjectType | null | undefined][] = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  for (const [kind, type] of roots) {
    if (!type) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const { rule } = ruleFor(kind, name);
      if (kind === 'Subscription') {
        // Without a subscribe function graphql reads the root value: wrapped all the same (fail closed).
        const inner: GraphQLFieldResolver<unknown, Context> = field.subscribe ?? defaultFieldResolver;
        field.subscribe = async (root, args: Record<string, unknown>, ctx: Context, info) => {
          const access = authorize(ctx, kind, name, rule, args);
          const stream = await inner(root, args, ctx, info);
          return access.visible && rule.filter && isAsyncIterable(stream)
            ? filterIterator(stream, (item) => visibleItem(ctx, rule.filter!, item, access.visible!))
            : stream;
        };
        continue;
      }
      const inner: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve =
        kind === 'Mutation'
          ? async (root, args: Record<string, unknown>, ctx: Context, info) => {
              let access: Access | null = null;
              try {
                access = authorize(ctx, kind, name, rule, args);
                if (rule.guard) await runGuard(ctx, rule.guard, name, args, access.env);
                const result = await inner(root, args, ctx, info);
                audit(ctx, name, args, access.env, null);
                return result;
              } catch (err) {
                audit(ctx, name, args, access?.env ?? null, err);
                throw err;
              }
            }
          : async (root, args: Record<string, unknown>, ctx: Context, info) => {
              const access = authorize(ctx, kind, name, rule, args);
              const result = await inner(root, args, ctx, info);
              return access.visible && rule.filter
                ? filterResult(ctx, rule.filter, result, access.visible)
                : result;
            };
    }
  }
  return schema;
}

interface Access {
  /** The environment of the operation's target, when it has one. */
  env: string | null;
  /** The caller sees only these environments: list results are cut to them. null: everything. */
  visible: Set<string> | null;
}

type Target = { env: string } | { all: true } | { unresolved: true } | { absent: true };

/** The environment an operation's arguments point at (see the table's targets). */
function resolveTarget(ctx: Context, rule: Rule, args: Record<string, unknown>): Target {
  const envs = ctx.core.environments;
  for (const t of rule.targets ?? []) {
    const ref = argAt(args, t.arg);
    if (ref === undefined) continue;
    let env: string | undefined;
    switch (t.kind) {
      case 'environment':
        if (ref === '*') return { all: true };
        env = envs.get(ref)?.id;
        break;
      case 'cluster':
        env = envs.ofClusterRef(ref);
        break;
      case 'service':
        env = envs.ofService(ref);
        break;
      case 'node':
        env = envs.ofNode(ref);
        break;
      case 'network': {
        const n = ctx.core.networks.get(ref);
        env = n ? envs.ofCluster(n.clusterId) : undefined;
        break;
      }
      case 'stack': {
        const c = ctx.core.stacks.clusterOf(ref);
        // A stack not deployed yet: the next target (its cluster argument, or the default) decides.
        if (!c && (t !== rule.targets!.at(-1) || rule.whenAbsent === 'default')) continue;
        env = c ? envs.ofCluster(c) : undefined;
        break;
      }
    }
    return env ? { env } : { unresolved: true };
  }
  if (rule.whenAbsent === 'default') return { env: envs.ofCluster(DEFAULT_CLUSTER_ID) };
  return { absent: true };
}

const forbidden = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('FORBIDDEN', message, extra);

function authorize(
  ctx: Context,
  kind: OperationKind,
  field: string,
  rule: Rule,
  args: Record<string, unknown>,
): Access {
  const enforce = ctx.core.config.auth.enabled;
  // Mutations always learn their environment: guards and the audit log need it.
  const target =
    kind === 'Mutation' || enforce ? resolveTarget(ctx, rule, args) : ({ absent: true } as Target);
  const envOf = (t: Target) => ('env' in t ? t.env : null);
  if (rule.role === 'PUBLIC' || !enforce) return { env: envOf(target), visible: null };

  const p = ctx.principal;
  if (!p || p.kind === 'anonymous')
    throw new AppError(
      'UNAUTHENTICATED',
      'sign in first (login), or send an API token (Authorization: Bearer …, or connection_init authToken)',
    );
  if (kind === 'Mutation' && ctx.request && !ctx.request.csrfOk)
    throw forbidden('a mutation authenticated by the session cookie must carry the x-stevedore-csrf header', {
      rule: 'csrf',
    });
  if (rule.role === 'SELF') return { env: envOf(target), visible: null };

  const need: Role = rule.role;
  const envs = ctx.core.environments;
  if ('env' in target) {
    if (!atLeast(roleIn(p.bindings, target.env), need))
      throw forbidden(`${field} needs role ${need} in environment ${envs.nameOf(target.env)}`, {
        environment: target.env,
        need,
      });
    return { env: target.env, visible: null };
  }
  const all = envs.ids();
  if ('all' in target || ('absent' in target && rule.whenAbsent === 'global')) {
    if (!atLeast(roleEverywhere(p.bindings, all), need)) {
      const hint =
        'absent' in target && rule.targets?.length
          ? ` (name one with ${rule.targets.map((t) => t.arg).join(' or ')} to act in a single environment)`
          : '';
      throw forbidden(`${field} reaches every environment: it needs role ${need} in all of them${hint}`, {
        need,
      });
    }
    return { env: null, visible: null };
  }
  // Not given (a list) or not found (the resolver says NOT_FOUND): the role somewhere is enough.
  const ok = environmentsWith(p.bindings, all, need);
  if (!ok.length) throw forbidden(`${field} needs role ${need} in at least one environment`, { need });
  return { env: null, visible: ok.length === all.length ? null : new Set(ok) };
}

// ------------------------------------------------------------------ guards on specs

function policyCheck(ctx: Context, env: string, w: WorkloadSecurity): void {
  ctx.core.environments.enforcePolicy(env, w);
}

async function runGuard(
  ctx: Context,
  guard: GuardName,
  field: string,
  args: Record<string, unknown>,
  env: string | null,
): Promise<void> {
  const core = ctx.core;
  switch (guard) {
    case 'scale': {
      const s = core.services.get(String(args.id));
      if (!s || !env || typeof args.replicas !== 'number' || s.spec.mode === 'GLOBAL') return;
      if (args.replicas > s.spec.replicas) {
        // More of a spec the environment's policy no longer allows: refused (fewer is always fine).
        policyCheck(ctx, env, specSecurity(s.spec));
      }
      await core.quotas.checkService(env, s, { ...s.spec, replicas: args.replicas });
      return;
    }
    case 'runContainer': {
      await containerGuard(ctx, args, env);
      // Bind sources under STEVEDORE_BIND_ALLOWED_PATHS, named like the spec validators do.
      const input = args.input as { volumes?: { type?: string | null; source?: string | null }[] | null };
      const binds = core.volumes.checkBinds(input?.volumes ?? []);
      if (binds.length) throw fieldErrors(binds);
      return;
    }
  }
}

/** runContainer: the environment's policy and quota for the node the container would run on. */
async function containerGuard(
  ctx: Context,
  args: Record<string, unknown>,
  env: string | null,
): Promise<void> {
  const core = ctx.core;
  const input = args.input as
    | (WorkloadSecurity & {
        node?: string | null;
        resources?: ResourcesInput | null;
        volumes?: WorkloadSecurity['mounts'];
      })
    | undefined;
  if (!input) return;
  let where = env;
  if (!input.node) {
    // The node the container service would pick: pinned, so the check and the run agree.
    const n = core.containers.defaultNode();
    if (!n) return;
    (input as { node?: string }).node = n.id;
    where = core.environments.ofCluster(n.clusterId);
  }
  if (!where) return;
  policyCheck(ctx, where, { ...input, mounts: input.volumes });
  const r = checkResources(input.resources ?? null, {}, 'resources');
  if (r.errors.length) return;
  await core.quotas.checkContainer(where, {
    limits: { nanoCpus: r.value.nanoCpusLimit, memoryBytes: r.value.memoryLimitBytes },
    reservations: { nanoCpus: r.value.nanoCpusReservation, memoryBytes: r.value.memoryReservationBytes },
  });
}

// ------------------------------------------------------------------ audit

const TARGET_ARGS = [
  'id',
  'serviceId',
  'username',
  'name',
  'input.name',
  'spec.name',
  'user',
  'node',
  'input.node',
  'environment',
];

function audit(
  ctx: Context,
  action: string,
  args: Record<string, unknown>,
  env: string | null,
  err: unknown,
): void {
  const p: Principal = ctx.principal ?? ANONYMOUS_ADMIN;
  const login = action === 'login';
  const attempted = login && typeof args.username === 'string' ? args.username.slice(0, 100) : null;
  const code = err ? codeOf(err) : null;
  ctx.core.audit.record({
    time: new Date(),
    actor: attempted ?? actorName(p),
    actorKind: attempted ? 'user' : p.kind,
    credentialId: login ? null : p.credentialId,
    action,
    environmentId: env,
    target:
      TARGET_ARGS.map((a) => argAt(args, a))
        .find((v) => v !== undefined)
        ?.slice(0, 200) ?? null,
    ip: ctx.request?.ip ?? '',
    userAgent: ctx.request?.userAgent ?? '',
    outcome: err ? 'error' : 'ok',
    errorCode: code,
    details: sanitizeArgs(args),
  });
}

function codeOf(err: unknown): string {
  if (err instanceof AppError) return err.code;
  const ext = (err as { extensions?: { code?: unknown } } | null)?.extensions;
  return typeof ext?.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
}

// ------------------------------------------------------------------ cutting results to visible environments

function filterResult(ctx: Context, filter: FilterName, result: unknown, visible: Set<string>): unknown {
  const scope = scopeOf(ctx, visible);
  const byCluster = scope.cluster;
  const byService = scope.service;
  const byNode = scope.node;
  const list = <T>(r: unknown, keep: (x: T) => boolean) => (Array.isArray(r) ? (r as T[]).filter(keep) : r);
  const page = <T>(r: unknown, keep: (x: T) => boolean) =>
    r && typeof r === 'object' && Array.isArray((r as { items?: unknown }).items)
      ? { ...(r as object), items: (r as { items: T[] }).items.filter(keep) }
      : r;
  switch (filter) {
    case 'services':
    case 'nodes':
    case 'networks':
    case 'stacks':
      return list<{ clusterId: string }>(result, (x) => byCluster(x.clusterId));
    case 'clusters':
      return list<{ id: string }>(result, (x) => byCluster(x.id));
    case 'tasks':
      return list<{ serviceId: string }>(result, (x) => byService(x.serviceId));
    case 'volumes':
      return list<{ nodeId: string }>(result, (x) => byNode(x.nodeId));
    case 'containers':
    case 'images':
      return page<{ node: { clusterId: string } }>(result, (x) => byCluster(x.node?.clusterId));
    case 'events':
      return page<{ clusterId: string | null }>(result, (x) => byCluster(x.clusterId));
  }
}

/** A subscription payload the caller may see (events carry their cluster). */
function visibleItem(ctx: Context, filter: FilterName, item: unknown, visible: Set<string>): boolean {
  if (filter !== 'events') return true;
  const e = item as { clusterId?: string | null; kind?: string } | null;
  // Stream markers (gaps) say how many were missed, nothing more.
  if (e?.kind === 'stream.gap') return true;
  return !!e?.clusterId && visible.has(ctx.core.environments.ofCluster(e.clusterId));
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return typeof (x as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === 'function';
}

/** Skips items; return() and throw() go straight to the source, so teardown is immediate. */
function filterIterator<T>(src: AsyncIterable<T>, keep: (v: T) => boolean): AsyncIterableIterator<T> {
  const it = src[Symbol.asyncIterator]();
  return {
    async next() {
      for (;;) {
        const r = await it.next();
        if (r.done || keep(r.value)) return r;
      }
    },
    return(v?: unknown) {
      return it.return ? it.return(v) : Promise.resolve({ done: true, value: v as T });
    },
    throw(e?: unknown) {
      return it.throw ? it.throw(e) : Promise.reject(e);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
