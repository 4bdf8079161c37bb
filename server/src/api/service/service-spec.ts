import { checkName } from '../../domain/names.js';
import { parseConstraint } from '../../domain/scheduler/index.js';
import {
  DEFAULT_RESTART_POLICY,
  DEFAULT_ROLLBACK_CONFIG,
  DEFAULT_UPDATE_CONFIG,
  type FailureAction,
  type RestartCondition,
  type ServiceMode,
  type ServiceSpec,
  type UpdateConfig,
  type UpdateOrder,
} from '../../domain/service.js';
import {
  checkEnv,
  checkHealthCheck,
  checkImageRef,
  checkLabels,
  checkMounts,
  checkPorts,
  checkResources,
  type FieldError,
  type HealthCheckInput,
  type MountInput,
  type PortInput,
  type ResourcesInput,
} from '../../domain/validation/index.js';

/** The service spec as clients send it (GraphQL input classes have this shape). */
export interface ServiceSpecInput {
  name: string;
  image: string;
  command?: string[] | null;
  env?: { key: string; value: string }[] | null;
  labels?: { key: string; value: string }[] | null;
  ports?: PortInput[] | null;
  volumes?: (Omit<MountInput, 'type'> & { type?: string | null })[] | null;
  networks?: string[] | null;
  resources?: ResourcesInput | null;
  healthCheck?: HealthCheckInput | null;
  restartPolicy?: {
    condition?: RestartCondition | null;
    maxAttempts?: number | null;
    delayMs?: number | null;
    maxDelayMs?: number | null;
    windowMs?: number | null;
  } | null;
  mode?: ServiceMode | null;
  replicas?: number | null;
  priority?: number | null;
  preemption?: boolean | null;
  placement?: {
    constraints?: string[] | null;
    spread?: string[] | null;
    maxReplicasPerNode?: number | null;
    nodeAffinity?: { expression: string; weight: number }[] | null;
    serviceAffinity?: { service: string; weight: number }[] | null;
  } | null;
  update?: UpdateConfigInput | null;
  rollback?: UpdateConfigInput | null;
  stopTimeoutSec?: number | null;
}

export interface UpdateConfigInput {
  parallelism?: number | null;
  delayMs?: number | null;
  order?: UpdateOrder | null;
  failureAction?: FailureAction | null;
  monitorMs?: number | null;
  maxFailureRatio?: number | null;
}

export const MAX_REPLICAS = 1000;

/** Validates a whole spec and returns it normalized, or every field error at once. */
export function buildServiceSpec(input: ServiceSpecInput): { spec: ServiceSpec; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const nameErr = checkName(input.name);
  if (nameErr) errors.push({ field: 'name', reason: nameErr });
  errors.push(...checkImageRef(input.image, 'image'));
  if (input.command && input.command.length === 0) errors.push({ field: 'command', reason: 'must not be an empty list' });

  const env = checkEnv(input.env ?? [], 'env');
  const labels = checkLabels(input.labels ?? [], 'labels');
  const ports = checkPorts(input.ports ?? [], 'ports');
  const mounts = checkMounts((input.volumes ?? []).map((v) => ({ ...v, type: v.type ?? 'volume' })), 'volumes');
  const resources = checkResources(input.resources ?? null, {}, 'resources');
  const health = input.healthCheck ? checkHealthCheck(input.healthCheck, 'healthCheck') : null;
  errors.push(...env.errors, ...labels.errors, ...ports.errors, ...mounts.errors, ...resources.errors, ...(health?.errors ?? []));

  const mode = input.mode ?? 'REPLICATED';
  const replicas = input.replicas ?? 1;
  if (mode === 'REPLICATED' && (!Number.isInteger(replicas) || replicas < 0 || replicas > MAX_REPLICAS))
    errors.push({ field: 'replicas', reason: `must be a whole number from 0 to ${MAX_REPLICAS} (got ${replicas})` });
  const priority = input.priority ?? 0;
  if (!Number.isInteger(priority) || priority < -1000 || priority > 1000)
    errors.push({ field: 'priority', reason: `must be a whole number from -1000 to 1000 (got ${priority})` });

  const networks = input.networks ?? [];
  networks.forEach((n, i) => {
    const err = checkName(n);
    if (err) errors.push({ field: `networks[${i}]`, reason: err });
  });

  const rp = input.restartPolicy ?? {};
  const restartPolicy = {
    condition: rp.condition ?? DEFAULT_RESTART_POLICY.condition,
    maxAttempts: rp.maxAttempts ?? DEFAULT_RESTART_POLICY.maxAttempts,
    delayMs: rp.delayMs ?? DEFAULT_RESTART_POLICY.delayMs,
    maxDelayMs: rp.maxDelayMs ?? DEFAULT_RESTART_POLICY.maxDelayMs,
    windowMs: rp.windowMs ?? DEFAULT_RESTART_POLICY.windowMs,
  };
  for (const k of ['maxAttempts', 'delayMs', 'maxDelayMs', 'windowMs'] as const)
    if (!Number.isInteger(restartPolicy[k]) || restartPolicy[k] < 0)
      errors.push({ field: `restartPolicy.${k}`, reason: `must be a whole number ≥ 0 (got ${restartPolicy[k]})` });

  const pl = input.placement ?? {};
  const constraints = pl.constraints ?? [];
  constraints.forEach((c, i) => {
    const r = parseConstraint(c);
    if (!r.ok) errors.push({ field: `placement.constraints[${i}]`, reason: r.error });
  });
  const spread = pl.spread ?? [];
  spread.forEach((s, i) => {
    if (!/^node\.(labels\.[A-Za-z0-9._/-]+|id|name|hostname|platform\.os|platform\.arch|role)$/.test(s))
      errors.push({ field: `placement.spread[${i}]`, reason: `"${s}" is not a node attribute like node.labels.zone` });
  });
  const nodeAffinity = pl.nodeAffinity ?? [];
  nodeAffinity.forEach((a, i) => {
    const r = parseConstraint(a.expression);
    if (!r.ok) errors.push({ field: `placement.nodeAffinity[${i}].expression`, reason: r.error });
    if (!Number.isInteger(a.weight) || a.weight < -100 || a.weight > 100 || a.weight === 0)
      errors.push({ field: `placement.nodeAffinity[${i}].weight`, reason: 'must be a whole number from -100 to 100, not 0' });
  });
  const serviceAffinity = pl.serviceAffinity ?? [];
  serviceAffinity.forEach((a, i) => {
    if (!a.service) errors.push({ field: `placement.serviceAffinity[${i}].service`, reason: 'must name a service' });
    if (!Number.isInteger(a.weight) || a.weight < -100 || a.weight > 100 || a.weight === 0)
      errors.push({ field: `placement.serviceAffinity[${i}].weight`, reason: 'must be a whole number from -100 to 100, not 0' });
  });
  const maxPerNode = pl.maxReplicasPerNode ?? 0;
  if (!Number.isInteger(maxPerNode) || maxPerNode < 0)
    errors.push({ field: 'placement.maxReplicasPerNode', reason: `must be a whole number ≥ 0 (got ${maxPerNode})` });

  const update = updateConfig(input.update, DEFAULT_UPDATE_CONFIG, 'update', errors);
  const rollback = updateConfig(input.rollback, DEFAULT_ROLLBACK_CONFIG, 'rollback', errors);
  const stopTimeoutSec = input.stopTimeoutSec ?? 10;
  if (!Number.isInteger(stopTimeoutSec) || stopTimeoutSec < 0 || stopTimeoutSec > 3600)
    errors.push({ field: 'stopTimeoutSec', reason: `must be a whole number of seconds from 0 to 3600 (got ${stopTimeoutSec})` });

  const spec: ServiceSpec = {
    name: input.name,
    image: input.image,
    command: input.command ?? null,
    env: env.value,
    labels: labels.value,
    // No host IP given: the node's publish address (127.0.0.1 for the local engine) is used.
    ports: ports.value.map((p, i) => ({ ...p, hostIp: input.ports?.[i]?.hostIp ? p.hostIp : '' })),
    mounts: mounts.value,
    networks,
    limits: { nanoCpus: resources.value.nanoCpusLimit, memoryBytes: resources.value.memoryLimitBytes },
    reservations: {
      nanoCpus: resources.value.nanoCpusReservation,
      memoryBytes: resources.value.memoryReservationBytes,
    },
    healthCheck: health && health.value.test[0] !== 'NONE' ? health.value : null,
    restartPolicy,
    mode,
    replicas: mode === 'GLOBAL' ? 0 : replicas,
    priority,
    preemption: input.preemption ?? false,
    placement: { constraints, spread, maxReplicasPerNode: maxPerNode, nodeAffinity, serviceAffinity },
    update,
    rollback,
    stopTimeoutSec,
  };
  return { spec, errors };
}

function updateConfig(
  input: UpdateConfigInput | null | undefined,
  defaults: UpdateConfig,
  field: string,
  errors: FieldError[],
): UpdateConfig {
  const c: UpdateConfig = {
    parallelism: input?.parallelism ?? defaults.parallelism,
    delayMs: input?.delayMs ?? defaults.delayMs,
    order: input?.order ?? defaults.order,
    failureAction: input?.failureAction ?? defaults.failureAction,
    monitorMs: input?.monitorMs ?? defaults.monitorMs,
    maxFailureRatio: input?.maxFailureRatio ?? defaults.maxFailureRatio,
  };
  for (const k of ['parallelism', 'delayMs', 'monitorMs'] as const)
    if (!Number.isInteger(c[k]) || c[k] < 0) errors.push({ field: `${field}.${k}`, reason: `must be a whole number ≥ 0 (got ${c[k]})` });
  if (!(c.maxFailureRatio >= 0 && c.maxFailureRatio <= 1))
    errors.push({ field: `${field}.maxFailureRatio`, reason: `must be between 0 and 1 (got ${c.maxFailureRatio})` });
  return c;
}
