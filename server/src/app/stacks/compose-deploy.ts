import type { FailureAction, RestartCondition, UpdateOrder } from '../../domain/service.js';
import type { ServiceSpecInput, UpdateConfigInput } from '../service-spec.js';
import { labelsOf, type FieldOrigins, type MapContext, type Obj } from './compose-context.js';
import { durationMs, type Path } from './compose-text.js';

/**
 * The `deploy:` section, as `docker stack deploy` reads it. Where Compose leaves a rollout setting
 * out, Swarm's own default is given (so a file means what it means to Swarm): update and rollback
 * one task at a time, no delay, pause on failure, monitor 5 s, no failures allowed, stop-first.
 */
const SWARM_UPDATE: Required<
  Pick<
    UpdateConfigInput,
    'parallelism' | 'delayMs' | 'order' | 'failureAction' | 'monitorMs' | 'maxFailureRatio'
  >
> = {
  parallelism: 1,
  delayMs: 0,
  order: 'STOP_FIRST',
  failureAction: 'PAUSE',
  monitorMs: 5000,
  maxFailureRatio: 0,
};

const DEPLOY_KEYS = new Set([
  'mode',
  'replicas',
  'resources',
  'placement',
  'update_config',
  'rollback_config',
  'restart_policy',
  'labels',
  'endpoint_mode',
]);

export function mapDeploy(
  ctx: MapContext,
  deploy: Obj,
  path: Path,
  input: ServiceSpecInput,
  origins: FieldOrigins,
): void {
  const { f } = ctx;
  const at = (...rest: (string | number)[]): Path => [...path, ...rest];
  for (const k of Object.keys(deploy))
    if (!DEPLOY_KEYS.has(k) && !k.startsWith('x-')) f.warn(at(k), 'not honoured');

  const mode = deploy.mode ?? 'replicated';
  if (mode === 'global') input.mode = 'GLOBAL';
  else if (mode === 'replicated') input.mode = 'REPLICATED';
  else
    f.error(
      at('mode'),
      `"${String(mode)}" cannot be honoured: replicated or global (jobs are not supported)`,
    );
  origins.set('mode', at('mode'));
  if (typeof deploy.replicas === 'number') {
    if (mode === 'global')
      f.error(at('replicas'), 'a global service runs one task per node: replicas cannot be given');
    input.replicas = deploy.replicas;
    origins.set('replicas', at('replicas'));
  }

  const labels = Object.entries(
    deploy.labels && typeof deploy.labels === 'object' ? labelsOf(deploy.labels) : {},
  );
  if (labels.length) {
    const own = new Set((input.labels ?? []).map((l) => l.key));
    input.labels = [
      ...(input.labels ?? []),
      ...labels.filter(([k]) => !own.has(k)).map(([key, value]) => ({ key, value })),
    ];
    f.warn(at('labels'), "put on the containers with the service's labels: Stevedore has one set of labels");
  }
  if (deploy.endpoint_mode === 'vip')
    f.warn(
      at('endpoint_mode'),
      "not honoured: Stevedore's DNS answers with the replicas' own addresses (as dnsrr), there is no virtual IP",
    );

  const res = (deploy.resources ?? {}) as Obj;
  const limits = (res.limits ?? {}) as Obj;
  const reservations = (res.reservations ?? {}) as Obj;
  for (const [k, block] of [
    ['limits', limits],
    ['reservations', reservations],
  ] as const)
    for (const key of Object.keys(block))
      if (key !== 'cpus' && key !== 'memory' && !key.startsWith('x-'))
        f.warn(at('resources', k, key), 'not honoured');
  if (Object.keys(limits).length || Object.keys(reservations).length) {
    input.resources = {
      cpuLimit: (limits.cpus as string | number | undefined) ?? null,
      memoryLimit: (limits.memory as string | undefined) ?? null,
      cpuReservation: (reservations.cpus as string | number | undefined) ?? null,
      memoryReservation: (reservations.memory as string | undefined) ?? null,
    };
    origins.set('resources.cpuLimit', at('resources', 'limits', 'cpus'));
    origins.set('resources.memoryLimit', at('resources', 'limits', 'memory'));
    origins.set('resources.cpuReservation', at('resources', 'reservations', 'cpus'));
    origins.set('resources.memoryReservation', at('resources', 'reservations', 'memory'));
    origins.set('resources', at('resources'));
  }

  const pl = (deploy.placement ?? {}) as Obj;
  const constraints = ((pl.constraints as string[] | undefined) ?? []).map(String);
  const spread: string[] = [];
  ((pl.preferences as Obj[] | undefined) ?? []).forEach((p, i) => {
    if (typeof p.spread === 'string') spread.push(p.spread);
    else f.warn(at('placement', 'preferences', i), 'not honoured: only spread preferences are');
  });
  if (constraints.length || spread.length || pl.max_replicas_per_node !== undefined) {
    input.placement = {
      constraints,
      spread,
      maxReplicasPerNode: typeof pl.max_replicas_per_node === 'number' ? pl.max_replicas_per_node : null,
    };
    constraints.forEach((_, i) =>
      origins.set(`placement.constraints[${i}]`, at('placement', 'constraints', i)),
    );
    spread.forEach((_, i) =>
      origins.set(`placement.spread[${i}]`, at('placement', 'preferences', i, 'spread')),
    );
    origins.set('placement.maxReplicasPerNode', at('placement', 'max_replicas_per_node'));
  }

  input.update = rollout(ctx, (deploy.update_config ?? {}) as Obj, at('update_config'), 'update', origins);
  input.rollback = rollout(
    ctx,
    (deploy.rollback_config ?? {}) as Obj,
    at('rollback_config'),
    'rollback',
    origins,
  );

  const rp = deploy.restart_policy as Obj | undefined;
  if (rp) {
    const condition = rp.condition ?? 'any';
    const cond = (
      { none: 'NONE', 'on-failure': 'ON_FAILURE', any: 'ANY' } as Record<string, RestartCondition>
    )[String(condition)];
    if (!cond)
      f.error(
        at('restart_policy', 'condition'),
        `must be none, on-failure or any (got "${String(condition)}")`,
      );
    input.restartPolicy = {
      condition: cond ?? null,
      delayMs: typeof rp.delay === 'string' ? durationMs(rp.delay) : null,
      maxAttempts: typeof rp.max_attempts === 'number' ? rp.max_attempts : null,
      windowMs: typeof rp.window === 'string' ? durationMs(rp.window) : null,
    };
    if (rp.delay !== undefined)
      f.warn(
        at('restart_policy', 'delay'),
        'the first restart after a good run is at once; restarts in a row then wait this delay, doubling each time (Swarm waits it before every restart)',
      );
    for (const [k, key] of [
      ['delayMs', 'delay'],
      ['maxAttempts', 'max_attempts'],
      ['windowMs', 'window'],
    ] as const)
      origins.set(`restartPolicy.${k}`, at('restart_policy', key));
  }
}

const ACTIONS: Record<string, FailureAction> = { pause: 'PAUSE', continue: 'CONTINUE', rollback: 'ROLLBACK' };
const ORDERS: Record<string, UpdateOrder> = { 'stop-first': 'STOP_FIRST', 'start-first': 'START_FIRST' };

function rollout(
  ctx: MapContext,
  c: Obj,
  path: Path,
  field: 'update' | 'rollback',
  origins: FieldOrigins,
): UpdateConfigInput {
  const out: UpdateConfigInput = { ...SWARM_UPDATE, minReadyMs: 0 };
  const at = (k: string): Path => [...path, k];
  if (typeof c.parallelism === 'number') out.parallelism = c.parallelism;
  if (typeof c.delay === 'string') out.delayMs = durationMs(c.delay);
  if (typeof c.monitor === 'string') out.monitorMs = durationMs(c.monitor);
  if (typeof c.max_failure_ratio === 'number') out.maxFailureRatio = c.max_failure_ratio;
  if (typeof c.order === 'string') out.order = ORDERS[c.order] ?? null;
  if (c.failure_action !== undefined) {
    const a = ACTIONS[String(c.failure_action)];
    if (!a || (field === 'rollback' && a === 'ROLLBACK'))
      ctx.f.error(
        at('failure_action'),
        `must be ${field === 'rollback' ? 'pause or continue' : 'pause, continue or rollback'} (got "${String(c.failure_action)}")`,
      );
    else out.failureAction = a;
  }
  for (const [k, key] of [
    ['parallelism', 'parallelism'],
    ['delayMs', 'delay'],
    ['monitorMs', 'monitor'],
    ['maxFailureRatio', 'max_failure_ratio'],
    ['order', 'order'],
    ['failureAction', 'failure_action'],
  ] as const)
    origins.set(`${field}.${k}`, at(key));
  return out;
}
