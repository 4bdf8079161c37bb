import { checkAutoscale, type AutoscaleInput } from '../domain/autoscaler.js';
import { noProgressive, progressiveSettings, type ProgressiveInput } from './progressive-spec.js';
import { parseConstraint } from '../domain/scheduler/index.js';
import {
  buildClusterPlacement,
  clusterPlacementToInput,
  type ClusterPlacementInput,
} from './federation/placement-spec.js';
import { SECRETS_DIR, SECRET_NAME, SECRET_TARGET } from './access/secrets.js';
import {
  DEFAULT_RESTART_POLICY,
  DEFAULT_ROLLBACK_CONFIG,
  DEFAULT_UPDATE_CONFIG,
  type FailureAction,
  type IngressSpec,
  type RestartCondition,
  type SecretRef,
  type ServiceMode,
  type ServiceSpec,
  type UpdateConfig,
  type UpdateOrder,
} from '../domain/service.js';
import {
  checkName,
  checkSpread,
  checkEnv,
  checkHealthCheck,
  checkImageRef,
  checkLabels,
  checkMounts,
  checkPorts,
  checkResources,
  checkReplicas,
  checkRolloutNumbers,
  checkStopTimeout,
  checkWholeAtLeastZero,
  checkIngress as checkIngressRules,
  type IngressInput,
  MAX_REPLICAS,
  type FieldError,
  type HealthCheckInput,
  type MountInput,
  type PortInput,
  type ResourcesInput,
} from '@stevedore/spec-rules';

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
    /** Federated placement over member clusters (issue #15): the service becomes a template. */
    clusters?: ClusterPlacementInput | null;
  } | null;
  update?: UpdateConfigInput | null;
  rollback?: UpdateConfigInput | null;
  stopTimeoutSec?: number | null;
  ingress?: IngressInput | null;
  autoscale?: AutoscaleInput | null;
  secrets?: { name: string; target?: string | null; env?: string | null }[] | null;
  /** More DNS names on networks the service joins (a stack's compose names). */
  /** The image's ENTRYPOINT replaced; [] runs with none; null or absent: the image's. */
  entrypoint?: string[] | null;
  aliases?: { network: string; aliases: string[] }[] | null;
  privileged?: boolean | null;
  hostNetwork?: boolean | null;
  hostPid?: boolean | null;
  capAdd?: string[] | null;
}

export type { IngressInput, IngressProbeInput } from '@stevedore/spec-rules';

export interface UpdateConfigInput extends ProgressiveInput {
  parallelism?: number | null;
  delayMs?: number | null;
  order?: UpdateOrder | null;
  failureAction?: FailureAction | null;
  monitorMs?: number | null;
  minReadyMs?: number | null;
  maxFailureRatio?: number | null;
}

export { MAX_REPLICAS };

/** Validates a whole spec and returns it normalized, or every field error at once. */
export function buildServiceSpec(input: ServiceSpecInput): { spec: ServiceSpec; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const nameErr = checkName(input.name);
  if (nameErr) errors.push({ field: 'name', reason: nameErr });
  errors.push(...checkImageRef(input.image, 'image'));
  if (input.command && input.command.length === 0)
    errors.push({ field: 'command', reason: 'must not be an empty list' });

  const env = checkEnv(input.env ?? [], 'env');
  const labels = checkLabels(input.labels ?? [], 'labels');
  const ports = checkPorts(input.ports ?? [], 'ports');
  const mounts = checkMounts(
    (input.volumes ?? []).map((v) => ({ ...v, type: v.type ?? 'volume' })),
    'volumes',
  );
  const resources = checkResources(input.resources ?? null, {}, 'resources');
  const health = input.healthCheck ? checkHealthCheck(input.healthCheck, 'healthCheck') : null;
  errors.push(
    ...env.errors,
    ...labels.errors,
    ...ports.errors,
    ...mounts.errors,
    ...resources.errors,
    ...(health?.errors ?? []),
  );

  const mode = input.mode ?? 'REPLICATED';
  const replicas = input.replicas ?? 1;
  if (mode === 'REPLICATED') errors.push(...checkReplicas(replicas));
  const priority = input.priority ?? 0;
  if (!Number.isInteger(priority) || priority < -1000 || priority > 1000)
    errors.push({ field: 'priority', reason: `must be a whole number from -1000 to 1000 (got ${priority})` });

  const networks = input.networks ?? [];
  networks.forEach((n, i) => {
    const err = checkName(n);
    if (err) errors.push({ field: `networks[${i}]`, reason: err });
  });
  const aliases = (input.aliases ?? []).filter((a) => a.aliases.length);
  aliases.forEach((a, i) => {
    if (!networks.includes(a.network))
      errors.push({
        field: `aliases[${i}].network`,
        reason: `"${a.network}" is not one of the service's networks`,
      });
    a.aliases.forEach((name, j) => {
      const err = checkName(name);
      if (err) errors.push({ field: `aliases[${i}].aliases[${j}]`, reason: err });
    });
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
    errors.push(...checkWholeAtLeastZero(restartPolicy[k], `restartPolicy.${k}`));

  const pl = input.placement ?? {};
  const constraints = pl.constraints ?? [];
  constraints.forEach((c, i) => {
    const r = parseConstraint(c);
    if (!r.ok) errors.push({ field: `placement.constraints[${i}]`, reason: r.error });
  });
  const spread = pl.spread ?? [];
  spread.forEach((s, i) => {
    const reason = checkSpread(s);
    if (reason) errors.push({ field: `placement.spread[${i}]`, reason });
  });
  const nodeAffinity = pl.nodeAffinity ?? [];
  nodeAffinity.forEach((a, i) => {
    const r = parseConstraint(a.expression);
    if (!r.ok) errors.push({ field: `placement.nodeAffinity[${i}].expression`, reason: r.error });
    if (!Number.isInteger(a.weight) || a.weight < -100 || a.weight > 100 || a.weight === 0)
      errors.push({
        field: `placement.nodeAffinity[${i}].weight`,
        reason: 'must be a whole number from -100 to 100, not 0',
      });
  });
  const serviceAffinity = pl.serviceAffinity ?? [];
  serviceAffinity.forEach((a, i) => {
    if (!a.service)
      errors.push({ field: `placement.serviceAffinity[${i}].service`, reason: 'must name a service' });
    if (!Number.isInteger(a.weight) || a.weight < -100 || a.weight > 100 || a.weight === 0)
      errors.push({
        field: `placement.serviceAffinity[${i}].weight`,
        reason: 'must be a whole number from -100 to 100, not 0',
      });
  });
  const maxPerNode = pl.maxReplicasPerNode ?? 0;
  errors.push(...checkWholeAtLeastZero(maxPerNode, 'placement.maxReplicasPerNode'));
  const clusters = pl.clusters ? buildClusterPlacement(pl.clusters, replicas, errors) : null;
  if (clusters && mode === 'GLOBAL')
    errors.push({
      field: 'placement.clusters',
      reason: 'a GLOBAL service runs on every node of its own cluster and cannot be federated',
    });

  const update = {
    ...updateConfig(input.update, DEFAULT_UPDATE_CONFIG, 'update', errors),
    ...progressiveSettings(input.update, { mode, published: !!input.ingress, replicas }, errors),
  };
  const rollback = updateConfig(input.rollback, DEFAULT_ROLLBACK_CONFIG, 'rollback', errors);
  noProgressive(input.rollback, errors);
  const stopTimeoutSec = input.stopTimeoutSec ?? 10;
  errors.push(...checkStopTimeout(stopTimeoutSec));

  const ingress = input.ingress ? checkIngress(input.ingress, ports.value, errors) : null;
  let autoscale = null;
  if (input.autoscale) {
    const a = checkAutoscale(input.autoscale, 'autoscale', MAX_REPLICAS);
    errors.push(...a.errors);
    if (mode === 'GLOBAL')
      errors.push({
        field: 'autoscale',
        reason: 'a GLOBAL service runs one task per node and cannot be autoscaled',
      });
    autoscale = a.value;
  }

  const secrets = checkSecretRefs(input.secrets ?? [], errors);
  // Secret files arrive on their own read-only tmpfs at /run/secrets; a mount there or above
  // would hide them (or the engine would refuse the container).
  if (secrets.length)
    mounts.value.forEach((m, i) => {
      if (m.target === SECRETS_DIR || m.target.startsWith(`${SECRETS_DIR}/`))
        errors.push({
          field: `volumes[${i}].target`,
          reason: `${m.target} is where the service's secret files are mounted; choose another path`,
        });
    });
  const capAdd = (input.capAdd ?? []).map((c) => c.trim().toUpperCase().replace(/^CAP_/, ''));
  capAdd.forEach((c, i) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(c))
      errors.push({
        field: `capAdd[${i}]`,
        reason: `"${input.capAdd![i]}" is not a capability name like NET_ADMIN`,
      });
  });
  const security =
    input.privileged || input.hostNetwork || input.hostPid || capAdd.length
      ? { privileged: !!input.privileged, hostNetwork: !!input.hostNetwork, hostPid: !!input.hostPid, capAdd }
      : null;

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
    placement: {
      constraints,
      spread,
      maxReplicasPerNode: maxPerNode,
      nodeAffinity,
      serviceAffinity,
      // Only when used: specs stored before federation stay equal.
      ...(clusters ? { clusters } : {}),
    },
    update,
    rollback,
    stopTimeoutSec,
    ingress,
    autoscale,
    // Only when used: specs stored before these existed stay equal (and keep their fingerprint).
    ...(input.entrypoint ? { entrypoint: [...input.entrypoint] } : {}),
    ...(secrets.length ? { secrets } : {}),
    ...(aliases.length
      ? { aliases: aliases.map((a) => ({ network: a.network, aliases: [...a.aliases] })) }
      : {}),
    ...(security ? { security } : {}),
  };
  return { spec, errors };
}

/** Secret references: a name, a file name under /run/secrets (default: the name), an optional variable. */
function checkSecretRefs(
  input: readonly { name: string; target?: string | null; env?: string | null }[],
  errors: FieldError[],
): SecretRef[] {
  const targets = new Set<string>();
  return input.map((r, i) => {
    const target = r.target ?? r.name;
    if (!SECRET_NAME.test(r.name))
      errors.push({ field: `secrets[${i}].name`, reason: `"${r.name}" is not a secret name` });
    if (!SECRET_TARGET.test(target))
      errors.push({
        field: `secrets[${i}].target`,
        reason: `"${target}" must be a plain file name (it lands in /run/secrets)`,
      });
    else if (targets.has(target))
      errors.push({ field: `secrets[${i}].target`, reason: `/run/secrets/${target} is given twice` });
    targets.add(target);
    if (r.env != null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(r.env))
      errors.push({ field: `secrets[${i}].env`, reason: `"${r.env}" is not an environment variable name` });
    return { name: r.name, target, env: r.env ?? null };
  });
}

/** The ingress block (`@stevedore/spec-rules` checkIngress, the dashboard's form checks by it too). */
export function checkIngress(
  input: IngressInput,
  ports: readonly { containerPort: number; protocol: string }[],
  errors: FieldError[],
): IngressSpec {
  const checked = checkIngressRules(input, ports);
  errors.push(...checked.errors);
  return checked.value;
}

/**
 * A stored spec back as input, so a part of it (autoscale, ingress, a placement constraint) can
 * be changed through the normal update path: buildServiceSpec(specToInput(s)).spec equals s.
 */
export function specToInput(s: ServiceSpec): ServiceSpecInput {
  const kv = (r: Record<string, string>) => Object.entries(r).map(([key, value]) => ({ key, value }));
  return {
    name: s.name,
    image: s.image,
    command: s.command,
    entrypoint: s.entrypoint ? [...s.entrypoint] : null,
    env: kv(s.env),
    labels: kv(s.labels),
    ports: s.ports.map((p) => ({
      containerPort: p.containerPort,
      hostPort: p.hostPort,
      hostIp: p.hostIp || null,
      protocol: p.protocol,
    })),
    volumes: s.mounts.map((m) => ({
      type: m.type,
      source: m.source,
      target: m.target,
      readOnly: m.readOnly,
    })),
    networks: [...s.networks],
    resources: {
      cpuLimit: s.limits.nanoCpus ? s.limits.nanoCpus / 1e9 : null,
      cpuReservation: s.reservations.nanoCpus ? s.reservations.nanoCpus / 1e9 : null,
      memoryLimit: s.limits.memoryBytes || null,
      memoryReservation: s.reservations.memoryBytes || null,
    },
    healthCheck: s.healthCheck
      ? {
          command: [...s.healthCheck.test],
          intervalMs: s.healthCheck.intervalMs,
          timeoutMs: s.healthCheck.timeoutMs,
          retries: s.healthCheck.retries,
          startPeriodMs: s.healthCheck.startPeriodMs,
        }
      : null,
    restartPolicy: { ...s.restartPolicy },
    mode: s.mode,
    replicas: s.replicas,
    priority: s.priority,
    preemption: s.preemption,
    placement: {
      constraints: [...s.placement.constraints],
      spread: [...s.placement.spread],
      maxReplicasPerNode: s.placement.maxReplicasPerNode,
      nodeAffinity: s.placement.nodeAffinity.map((a) => ({ ...a })),
      serviceAffinity: s.placement.serviceAffinity.map((a) => ({ ...a })),
      clusters: s.placement.clusters ? clusterPlacementToInput(s.placement.clusters) : null,
    },
    update: { ...s.update },
    rollback: { ...s.rollback },
    stopTimeoutSec: s.stopTimeoutSec,
    ingress: s.ingress
      ? {
          ...s.ingress,
          routes: s.ingress.routes?.map((r) => ({ ...r })) ?? null,
          tls: s.ingress.tls ? { ...s.ingress.tls } : null,
          probe: s.ingress.probe ? { ...s.ingress.probe } : null,
        }
      : null,
    autoscale: s.autoscale ? { ...s.autoscale } : null,
    secrets: s.secrets?.length ? s.secrets.map((r) => ({ ...r })) : null,
    aliases: s.aliases?.length
      ? s.aliases.map((a) => ({ network: a.network, aliases: [...a.aliases] }))
      : null,
    privileged: s.security?.privileged || null,
    hostNetwork: s.security?.hostNetwork || null,
    hostPid: s.security?.hostPid || null,
    capAdd: s.security?.capAdd.length ? [...s.security.capAdd] : null,
  };
}

/** A partial spec (patchService): only the fields given change; the name never does. */
export interface ServicePatch extends Partial<Omit<ServiceSpecInput, 'name' | 'image'>> {
  image?: string | null;
  envAdd?: { key: string; value: string }[] | null;
  envRemove?: string[] | null;
}

/** Blocks a patch merges field by field; any other field given replaces the current value. */
const MERGED = ['resources', 'restartPolicy', 'placement', 'update', 'rollback'] as const;

const given = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;

/** The current spec (as input) with a patch applied, and the patch's own faults (envRemove). */
export function applyPatch(
  current: ServiceSpecInput,
  patch: ServicePatch,
): { input: ServiceSpecInput; errors: FieldError[] } {
  const { envAdd, envRemove, ...fields } = patch;
  const input: ServiceSpecInput = { ...current };
  const target = input as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(given(fields))) {
    const merged = (MERGED as readonly string[]).includes(k);
    target[k] = merged ? { ...(target[k] as object | null), ...given(v as object) } : v;
  }
  const errors: FieldError[] = [];
  if (envAdd?.length || envRemove?.length) {
    const env = new Map((input.env ?? []).map((e) => [e.key, e.value]));
    (envRemove ?? []).forEach((key, i) => {
      if (!env.delete(key)) errors.push({ field: `envRemove[${i}]`, reason: `variable "${key}" is not set` });
    });
    for (const e of envAdd ?? []) env.set(e.key, e.value);
    input.env = [...env].map(([key, value]) => ({ key, value }));
  }
  return { input, errors };
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
    minReadyMs: input?.minReadyMs ?? defaults.minReadyMs,
    maxFailureRatio: input?.maxFailureRatio ?? defaults.maxFailureRatio,
  };
  errors.push(...checkRolloutNumbers(c, field));
  return c;
}
