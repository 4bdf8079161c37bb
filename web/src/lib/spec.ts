import type {
  FailureAction,
  IngressAlgorithm,
  MountType,
  ClusterPlacementInput,
  PlacementInput,
  PortProtocol,
  ServiceMode,
  ServiceRestartCondition,
  ServiceSpecInput,
  UpdateOrder,
} from '@/gql/graphql';
import type { FieldError } from './errors';
import {
  checkEnv,
  checkHealthCheck,
  checkLabels,
  checkPorts,
  checkReplicas,
  checkResources,
  checkRolloutNumbers,
  checkStopTimeout,
  checkProgressive,
  checkIngress,
  checkWholeAtLeastZero,
  CANARY_ANALYSIS_KEYS,
  type CanaryAnalysisKey,
} from '@stevedore/spec-rules';
import { asTyped, checkConstraint, checkImageRef, checkName, checkSpread, typedNumber } from './validate';

export interface PortRow {
  containerPort: string;
  hostPort: string;
  hostIp: string;
  protocol: PortProtocol;
}
export interface KV {
  key: string;
  value: string;
}
export interface UpdateForm {
  parallelism: string;
  delayMs: string;
  monitorMs: string;
  minReadyMs: string;
  maxFailureRatio: string;
  failureAction: FailureAction;
  order: UpdateOrder;
  /**
   * The canary and blue-green settings of `update`, as typed. Always null for `rollback` (a plain
   * rolling update, the server refuses them there).
   */
  progressive: ProgressiveForm | null;
}

/** The analysis thresholds as typed; empty: the server's default. */
export type AnalysisForm = Record<CanaryAnalysisKey, string>;

export interface ProgressiveForm {
  /** Canary tasks; 0: no canary. */
  canary: string;
  steps: { weight: string; durationMs: string }[];
  /** Off: the steps advance on time alone (analysis null). */
  analysisEnabled: boolean;
  analysis: AnalysisForm;
  blueGreen: boolean;
  blueGreenKeepMs: string;
}

export const defaultProgressive = (): ProgressiveForm => ({
  canary: '0',
  steps: [],
  analysisEnabled: false,
  analysis: { maxErrorRateIncrease: '', maxP95Ratio: '', minP95IncreaseMs: '', minRequests: '' },
  blueGreen: false,
  blueGreenKeepMs: '0',
});

/** The ingress block as typed (`enabled` off: the service is not published through the ingress). */
export interface IngressForm {
  enabled: boolean;
  port: string;
  /** Empty: the first TCP port of ports. */
  targetPort: string;
  algorithm: IngressAlgorithm;
  /** Empty: the server's defaults. */
  failureThreshold: string;
  resetTimeoutMs: string;
  upstreamTimeoutMs: string;
  /** Host (empty: any) and path prefix (empty: /); rows left empty are not sent. */
  routes: { host: string; pathPrefix: string }[];
  /** Empty: plain HTTP. */
  tlsSecret: string;
  /** Numbers left empty take the server's defaults. */
  probe: {
    enabled: boolean;
    path: string;
    intervalMs: string;
    timeoutMs: string;
    healthyThreshold: string;
    unhealthyThreshold: string;
  };
}

export const defaultIngress = (): IngressForm => ({
  enabled: false,
  port: '',
  targetPort: '',
  algorithm: 'ROUND_ROBIN',
  failureThreshold: '',
  resetTimeoutMs: '',
  upstreamTimeoutMs: '',
  routes: [],
  tlsSecret: '',
  probe: {
    enabled: false,
    path: '',
    intervalMs: '',
    timeoutMs: '',
    healthyThreshold: '',
    unhealthyThreshold: '',
  },
});

/** ServiceSpecInput fields the form has inputs for. */
type Edited =
  | 'name'
  | 'image'
  | 'mode'
  | 'replicas'
  | 'command'
  | 'ports'
  | 'env'
  | 'labels'
  | 'resources'
  | 'healthCheck'
  | 'placement'
  | 'update'
  | 'rollback'
  | 'stopTimeoutSec'
  | 'ingress';

/**
 * Every other field of the current spec, carried into an update unchanged (updateService replaces
 * the whole spec: what the form does not send is reset to its default).
 */
export type Carried = Omit<ServiceSpecInput, Edited> & {
  placement?: Pick<PlacementInput, 'nodeAffinity' | 'serviceAffinity' | 'clusters'>;
};

type KVLike = readonly { key: string; value: string }[];
type SelectorLike =
  { names: readonly string[]; regions: readonly string[]; labels: KVLike } | null | undefined;
/** spec.placement.clusters as the service query answers it. */
export interface ClusterPlacementLike {
  affinity?: SelectorLike;
  antiAffinity?: SelectorLike;
  spread?: ClusterPlacementInput['spread'];
  replicaScheduling: NonNullable<ClusterPlacementInput['replicaScheduling']>;
  weights: readonly { cluster: string; weight: number }[];
  regionPreference: readonly string[];
  overrides: readonly {
    cluster: string;
    image?: string | null;
    env: KVLike;
    replicas?: number | null;
    resources?: {
      cpuLimit?: number | null;
      cpuReservation?: number | null;
      memoryLimit?: string | null;
      memoryReservation?: string | null;
    } | null;
  }[];
}

/** The form's federation fields over what the service had (its other placement.clusters parts kept). */
function federationInput(f: FederationForm, had: ClusterPlacementInput | null): ClusterPlacementInput | null {
  if (!f.scheduling) return null;
  const names = lines(f.clusters);
  const aff = had?.affinity;
  const affinity = names.length || aff?.labels?.length || aff?.regions?.length ? { ...aff, names } : null;
  return {
    ...had,
    replicaScheduling: f.scheduling,
    affinity,
    weights: lines(f.weights).flatMap((w) => {
      const m = WEIGHT_LINE.exec(w);
      return m ? [{ cluster: m[1]!, weight: Number(m[2]) }] : [];
    }),
  };
}

/**
 * A federated service's placement over clusters, as input: updateService replaces the whole spec,
 * so dropping it would turn the federated template into an ordinary service on the next update.
 */
function clusterPlacementInput(c: ClusterPlacementLike): ClusterPlacementInput {
  const kv = (l: KVLike) => l.map((x) => ({ key: x.key, value: x.value }));
  const sel = (x: SelectorLike) =>
    x ? { names: [...x.names], regions: [...x.regions], labels: kv(x.labels) } : null;
  return {
    affinity: sel(c.affinity),
    antiAffinity: sel(c.antiAffinity),
    spread: c.spread ?? null,
    replicaScheduling: c.replicaScheduling,
    weights: c.weights.map((w) => ({ cluster: w.cluster, weight: w.weight })),
    regionPreference: [...c.regionPreference],
    overrides: c.overrides.map((o) => ({
      cluster: o.cluster,
      image: o.image ?? null,
      env: kv(o.env),
      replicas: o.replicas ?? null,
      resources: o.resources
        ? {
            cpuLimit: o.resources.cpuLimit ?? null,
            cpuReservation: o.resources.cpuReservation ?? null,
            memoryLimit: o.resources.memoryLimit ?? null,
            memoryReservation: o.resources.memoryReservation ?? null,
          }
        : null,
    })),
  };
}

/** A placement constraint Stevedore added (a named volume's node): shown read-only, always sent. */
export interface Pin {
  constraint: string;
  reason: string;
}

/** The deploy / update form: strings as typed, turned into a ServiceSpecInput on submit. */
/**
 * Federated placement (placement.clusters) as the form edits it: how replicas are divided, the
 * clusters to use (one per line; none: any) and DIVIDED_STATIC weights ("name = weight" per line).
 * The rest of a service's placement.clusters (labels, regions, overrides...) is carried unchanged.
 */
export interface FederationForm {
  scheduling: '' | NonNullable<ClusterPlacementInput['replicaScheduling']>;
  clusters: string;
  weights: string;
}

const WEIGHT_LINE = /^(\S+)\s*=\s*(\d+)$/;

export interface ServiceForm {
  name: string;
  image: string;
  mode: ServiceMode;
  replicas: string;
  command: string;
  ports: PortRow[];
  env: KV[];
  labels: KV[];
  cpuLimit: string;
  cpuReservation: string;
  memoryLimit: string;
  memoryReservation: string;
  health: {
    enabled: boolean;
    kind: 'shell' | 'command';
    test: string;
    intervalMs: string;
    timeoutMs: string;
    retries: string;
    startPeriodMs: string;
  };
  constraints: string;
  spread: string;
  maxReplicasPerNode: string;
  federation: FederationForm;
  update: UpdateForm;
  rollback: UpdateForm;
  stopTimeoutSec: string;
  ingress: IngressForm;
  carried: Carried;
  pinned: Pin[];
}

export const defaultUpdate = (): UpdateForm => ({
  parallelism: '1',
  delayMs: '0',
  monitorMs: '5000',
  minReadyMs: '0',
  maxFailureRatio: '0',
  failureAction: 'ROLLBACK',
  order: 'STOP_FIRST',
  progressive: null,
});

export const emptyForm = (): ServiceForm => ({
  name: '',
  image: '',
  mode: 'REPLICATED',
  replicas: '1',
  command: '',
  ports: [],
  env: [],
  labels: [],
  cpuLimit: '',
  cpuReservation: '',
  memoryLimit: '',
  memoryReservation: '',
  health: {
    enabled: false,
    kind: 'shell',
    test: '',
    intervalMs: '5000',
    timeoutMs: '3000',
    retries: '3',
    startPeriodMs: '0',
  },
  constraints: '',
  spread: '',
  maxReplicasPerNode: '0',
  federation: { scheduling: '', clusters: '', weights: '' },
  update: { ...defaultUpdate(), progressive: defaultProgressive() },
  rollback: defaultUpdate(),
  stopTimeoutSec: '10',
  ingress: defaultIngress(),
  carried: {},
  pinned: [],
});

/** Shell-like split: spaces separate words, quotes group; or a JSON array. */
export function splitCommand(s: string): string[] {
  const t = s.trim();
  if (!t) return [];
  if (t.startsWith('[')) {
    try {
      const v = JSON.parse(t) as unknown;
      if (Array.isArray(v)) return v.map(String);
    } catch {
      /* fall through to words */
    }
  }
  const out: string[] = [];
  let cur = '';
  let q: string | null = null;
  let has = false;
  for (const ch of t) {
    if (q) {
      if (ch === q) q = null;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      q = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (cur || has) out.push(cur);
      cur = '';
      has = false;
    } else cur += ch;
  }
  if (cur || has) out.push(cur);
  return out;
}

export function joinCommand(words: readonly string[]): string {
  return words.map((w) => (/[\s"']/.test(w) || w === '' ? JSON.stringify(w) : w)).join(' ');
}

// Rebuilt from key and value only, so nothing but KeyValueInput's fields reaches the API.
const nonEmptyKV = (rows: KV[]) =>
  rows.filter((r) => r.key !== '' || r.value !== '').map((r) => ({ key: r.key, value: r.value }));

/** Optional inputs: left empty, the server's default applies. */
const opt = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/** Every problem the server would report, with its field path. */
export function validateForm(f: ServiceForm): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, reason: string | null) => reason && errors.push({ field, reason });
  add('name', checkName(f.name));
  add('image', checkImageRef(f.image));
  // The numbers' text by field, for reasons that quote them.
  const typed = new Map<string, string>();
  const n = (field: string, text: string) => (typed.set(field, text), typedNumber(text));
  if (f.mode === 'REPLICATED') errors.push(...checkReplicas(n('replicas', f.replicas)));
  if (f.command.trim().startsWith('[')) {
    try {
      JSON.parse(f.command);
    } catch {
      add('command', 'looks like a JSON array but does not parse');
    }
  }
  errors.push(
    ...checkPorts(
      f.ports.map((p, i) => ({
        containerPort: n(`ports[${i}].containerPort`, p.containerPort),
        ...(opt(p.hostPort) ? { hostPort: n(`ports[${i}].hostPort`, p.hostPort) } : {}),
        hostIp: opt(p.hostIp),
        protocol: p.protocol,
      })),
    ).errors,
  );
  // Rows left empty are not sent; the server's errors are put back on the row they came from.
  const rowErrors = (rows: readonly KV[], field: string, check: (sent: KV[]) => FieldError[]) => {
    const sent = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.key !== '' || r.value !== '');
    for (const e of check(sent.map((x) => x.r))) {
      const m = /^\w+\[(\d+)\](.*)$/.exec(e.field);
      const row = m ? sent[Number(m[1])]?.i : undefined;
      add(
        row === undefined ? e.field : `${field}[${row}]${m![2]}`,
        e.reason.replace(/\b(env|labels)\[(\d+)\]/g, (_, f, n) => `${f}[${sent[Number(n)]?.i ?? n}]`),
      );
    }
  };
  rowErrors(f.env, 'env', (sent) => checkEnv(sent, 'env').errors);
  rowErrors(f.labels, 'labels', (sent) => checkLabels(sent, 'labels').errors);
  errors.push(
    ...checkResources({
      cpuLimit: opt(f.cpuLimit),
      cpuReservation: opt(f.cpuReservation),
      memoryLimit: opt(f.memoryLimit),
      memoryReservation: opt(f.memoryReservation),
    }).errors,
  );
  if (f.health.enabled) {
    const h = f.health;
    errors.push(
      ...checkHealthCheck({
        ...(h.kind === 'shell' ? { shell: h.test } : { command: splitCommand(h.test) }),
        intervalMs: n('healthCheck.intervalMs', h.intervalMs),
        timeoutMs: n('healthCheck.timeoutMs', h.timeoutMs),
        retries: n('healthCheck.retries', h.retries),
        startPeriodMs: n('healthCheck.startPeriodMs', h.startPeriodMs),
      }).errors,
    );
  }
  lines(f.constraints).forEach((c, i) => add(`placement.constraints[${i}]`, checkConstraint(c)));
  lines(f.spread).forEach((s, i) => add(`placement.spread[${i}]`, checkSpread(s)));
  if (f.federation.scheduling)
    lines(f.federation.weights).forEach((w, i) => {
      const m = WEIGHT_LINE.exec(w);
      if (!m) add(`placement.clusters.weights[${i}]`, `"${w}" is not "cluster = weight"`);
      else if (Number(m[2]) > 1000) add(`placement.clusters.weights[${i}]`, `weight ${m[2]} is over 1000`);
    });
  errors.push(
    ...checkWholeAtLeastZero(
      n('placement.maxReplicasPerNode', f.maxReplicasPerNode),
      'placement.maxReplicasPerNode',
    ),
  );
  for (const field of ['update', 'rollback'] as const) {
    const u = f[field];
    errors.push(
      ...checkRolloutNumbers(
        {
          parallelism: n(`${field}.parallelism`, u.parallelism),
          delayMs: n(`${field}.delayMs`, u.delayMs),
          monitorMs: n(`${field}.monitorMs`, u.monitorMs),
          minReadyMs: n(`${field}.minReadyMs`, u.minReadyMs),
          maxFailureRatio: n(`${field}.maxFailureRatio`, u.maxFailureRatio),
        },
        field,
      ),
    );
  }
  const p = f.update.progressive;
  if (p)
    errors.push(
      ...checkProgressive(
        {
          canary: p.canary.trim() ? n('update.canary', p.canary) : 0,
          canarySteps: p.steps.map((st, i) => ({
            weight: n(`update.canarySteps[${i}].weight`, st.weight),
            durationMs: n(`update.canarySteps[${i}].durationMs`, st.durationMs),
          })),
          analysis: p.analysisEnabled ? analysisInput(p.analysis, n) : null,
          blueGreen: p.blueGreen,
          blueGreenKeepMs: p.blueGreenKeepMs.trim() ? n('update.blueGreenKeepMs', p.blueGreenKeepMs) : null,
        },
        { mode: f.mode, published: f.ingress.enabled, replicas: typedNumber(f.replicas) },
      ),
    );
  if (f.ingress.enabled) errors.push(...ingressErrors(f, n));
  errors.push(...checkStopTimeout(n('stopTimeoutSec', f.stopTimeoutSec)));
  return errors.map((e) => {
    const text = typed.get(e.field);
    return text === undefined ? e : { ...e, reason: asTyped(e.reason, text) };
  });
}

/** Route rows with a host or a path typed, with their row index (the others are not sent). */
const sentRoutes = (rows: IngressForm['routes']) =>
  rows.map((r, i) => ({ r, i })).filter(({ r }) => r.host.trim() !== '' || r.pathPrefix.trim() !== '');

/** Optional numbers: empty is left out (the server's default), else as typed. */
const optNumber = (text: string, num: (text: string) => number) => (text.trim() ? num(text) : undefined);

/** The ingress block as the API takes it; `num` turns typed text into the number sent. */
function ingressInput(g: IngressForm, num: (field: string, text: string) => number = (_, t) => Number(t)) {
  const o = (k: 'targetPort' | 'failureThreshold' | 'resetTimeoutMs' | 'upstreamTimeoutMs') => {
    const v = optNumber(g[k], (t) => num(`ingress.${k}`, t));
    return v === undefined ? {} : { [k]: v };
  };
  const p = g.probe;
  const po = (k: 'intervalMs' | 'timeoutMs' | 'healthyThreshold' | 'unhealthyThreshold') => {
    const v = optNumber(p[k], (t) => num(`ingress.probe.${k}`, t));
    return v === undefined ? {} : { [k]: v };
  };
  const routes = sentRoutes(g.routes).map(({ r }) => ({
    ...(r.host.trim() ? { host: r.host.trim() } : {}),
    ...(r.pathPrefix.trim() ? { pathPrefix: r.pathPrefix.trim() } : {}),
  }));
  return {
    port: num('ingress.port', g.port),
    ...o('targetPort'),
    algorithm: g.algorithm,
    ...o('failureThreshold'),
    ...o('resetTimeoutMs'),
    ...o('upstreamTimeoutMs'),
    ...(routes.length ? { routes } : {}),
    ...(g.tlsSecret.trim() ? { tls: { secret: g.tlsSecret.trim() } } : {}),
    ...(p.enabled
      ? {
          probe: {
            ...(p.path.trim() ? { path: p.path.trim() } : {}),
            ...po('intervalMs'),
            ...po('timeoutMs'),
            ...po('healthyThreshold'),
            ...po('unhealthyThreshold'),
          },
        }
      : {}),
  };
}

/** The shared ingress rules over what the form would send; route errors go back on their row. */
function ingressErrors(f: ServiceForm, n: (field: string, text: string) => number): FieldError[] {
  const ports = f.ports.map((p) => ({ containerPort: typedNumber(p.containerPort), protocol: p.protocol }));
  const rows = sentRoutes(f.ingress.routes);
  return checkIngress(ingressInput(f.ingress, n), ports).errors.map((e) => {
    const m = /^ingress\.routes\[(\d+)\](.*)$/.exec(e.field);
    const row = m ? rows[Number(m[1])]?.i : undefined;
    return row === undefined ? e : { ...e, field: `ingress.routes[${row}]${m![2]}` };
  });
}

export const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The analysis thresholds typed; those left empty are not sent (the server's default applies). */
const analysisInput = (a: AnalysisForm, num: (field: string, text: string) => number = (_, t) => Number(t)) =>
  Object.fromEntries(
    CANARY_ANALYSIS_KEYS.filter((k) => a[k].trim() !== '').map((k) => [k, num(`update.analysis.${k}`, a[k])]),
  ) as Partial<Record<CanaryAnalysisKey, number>>;

/** Only what is set: a plain rolling update sends none of the progressive settings. */
const progressiveInput = (p: ProgressiveForm) => {
  const canary = Number(p.canary);
  const keep = Number(p.blueGreenKeepMs);
  return {
    ...(canary ? { canary } : {}),
    ...(p.steps.length
      ? {
          canarySteps: p.steps.map((st) => ({
            weight: Number(st.weight),
            durationMs: Number(st.durationMs),
          })),
        }
      : {}),
    ...(p.analysisEnabled ? { analysis: analysisInput(p.analysis) } : {}),
    ...(p.blueGreen ? { blueGreen: true } : {}),
    ...(p.blueGreenKeepMs.trim() && keep ? { blueGreenKeepMs: keep } : {}),
  };
};

const updateInput = (u: UpdateForm) => ({
  parallelism: Number(u.parallelism),
  delayMs: Number(u.delayMs),
  monitorMs: Number(u.monitorMs),
  minReadyMs: Number(u.minReadyMs),
  maxFailureRatio: Number(u.maxFailureRatio),
  failureAction: u.failureAction,
  order: u.order,
  ...(u.progressive ? progressiveInput(u.progressive) : {}),
});

/** The operator's constraints first (so error indexes match the box's lines), then every pin. */
const withPins = (constraints: string[], pins: readonly Pin[]) => [
  ...constraints,
  ...pins.map((p) => p.constraint).filter((c) => !constraints.includes(c)),
];

/** The API input for a valid form (validateForm first). Rows are kept in order so indexes match. */
export function toSpecInput(f: ServiceForm): ServiceSpecInput {
  const command = splitCommand(f.command);
  const resources = {
    ...(f.cpuLimit.trim() ? { cpuLimit: Number(f.cpuLimit) } : {}),
    ...(f.cpuReservation.trim() ? { cpuReservation: Number(f.cpuReservation) } : {}),
    ...(f.memoryLimit.trim() ? { memoryLimit: f.memoryLimit.trim() } : {}),
    ...(f.memoryReservation.trim() ? { memoryReservation: f.memoryReservation.trim() } : {}),
  };
  const h = f.health;
  const { placement: carriedPlacement, ...carried } = f.carried;
  return {
    ...carried,
    name: f.name.trim(),
    image: f.image,
    mode: f.mode,
    ...(f.mode === 'REPLICATED' ? { replicas: Number(f.replicas) } : {}),
    ...(command.length ? { command } : {}),
    ports: f.ports.map((p) => ({
      containerPort: Number(p.containerPort),
      ...(p.hostPort.trim() ? { hostPort: Number(p.hostPort) } : {}),
      ...(p.hostIp.trim() ? { hostIp: p.hostIp.trim() } : {}),
      protocol: p.protocol,
    })),
    env: nonEmptyKV(f.env),
    labels: nonEmptyKV(f.labels),
    ...(Object.keys(resources).length ? { resources } : {}),
    ...(h.enabled
      ? {
          healthCheck: {
            ...(h.kind === 'shell' ? { shell: h.test } : { command: splitCommand(h.test) }),
            intervalMs: Number(h.intervalMs),
            timeoutMs: Number(h.timeoutMs),
            retries: Number(h.retries),
            startPeriodMs: Number(h.startPeriodMs),
          },
        }
      : {}),
    placement: {
      ...carriedPlacement,
      clusters: federationInput(f.federation, carriedPlacement?.clusters ?? null),
      constraints: withPins(lines(f.constraints), f.pinned),
      spread: lines(f.spread),
      maxReplicasPerNode: Number(f.maxReplicasPerNode),
    },
    update: updateInput(f.update),
    rollback: updateInput(f.rollback),
    stopTimeoutSec: Number(f.stopTimeoutSec),
    ...(f.ingress.enabled ? { ingress: ingressInput(f.ingress) } : {}),
  };
}

/** The shape ServiceQuery returns for spec (kept structural so this file does not depend on it). */
export interface SpecLike {
  name: string;
  image: string;
  command?: readonly string[] | null;
  entrypoint?: readonly string[] | null;
  aliases?: readonly { network: string; aliases: readonly string[] }[];
  mode: ServiceMode;
  replicas: number;
  env: readonly KV[];
  labels: readonly KV[];
  ports: readonly { containerPort: number; hostPort: number; hostIp: string; protocol: string }[];
  limits: { cpus: number; memoryBytes: number };
  reservations: { cpus: number; memoryBytes: number };
  healthCheck?: {
    test: readonly string[];
    intervalMs: number;
    timeoutMs: number;
    retries: number;
    startPeriodMs: number;
  } | null;
  placement: {
    constraints: readonly string[];
    spread: readonly string[];
    maxReplicasPerNode: number;
    nodeAffinity: readonly { expression: string; weight: number }[];
    serviceAffinity: readonly { service: string; weight: number }[];
    clusters?: ClusterPlacementLike | null;
  };
  update: {
    parallelism: number;
    delayMs: number;
    monitorMs: number;
    minReadyMs: number;
    maxFailureRatio: number;
    failureAction: FailureAction;
    order: UpdateOrder;
    canary?: number;
    canarySteps?: readonly { weight: number; durationMs: number }[];
    analysis?: Record<CanaryAnalysisKey, number> | null;
    blueGreen?: boolean;
    blueGreenKeepMs?: number;
  };
  rollback: {
    parallelism: number;
    delayMs: number;
    monitorMs: number;
    minReadyMs: number;
    maxFailureRatio: number;
    failureAction: FailureAction;
    order: UpdateOrder;
  };
  stopTimeoutSec: number;
  volumes: readonly { type: string; source: string; target: string; readOnly: boolean }[];
  networks: readonly string[];
  restartPolicy: {
    condition: ServiceRestartCondition;
    maxAttempts: number;
    delayMs: number;
    maxDelayMs: number;
    windowMs: number;
  };
  priority: number;
  preemption: boolean;
  ingress?: {
    port: number;
    targetPort: number;
    algorithm: IngressAlgorithm;
    failureThreshold?: number | null;
    resetTimeoutMs?: number | null;
    upstreamTimeoutMs?: number | null;
    routes?: readonly { host: string | null; pathPrefix: string }[];
    tls?: { secret: string } | null;
    probe?: {
      path: string;
      intervalMs: number;
      timeoutMs: number;
      healthyThreshold: number;
      unhealthyThreshold: number;
    } | null;
  } | null;
  autoscale?: {
    min: number;
    max: number;
    targetCpuPercent?: number | null;
    targetMemoryPercent?: number | null;
    targetRequestRate?: number | null;
    tolerance: number;
    scaleUpStabilizationMs: number;
    scaleDownStabilizationMs: number;
    cooldownMs: number;
  } | null;
  secrets: readonly { name: string; target: string; env?: string | null }[];
  security?: {
    privileged: boolean;
    hostNetwork: boolean;
    hostPid: boolean;
    capAdd: readonly string[];
  } | null;
}

/** Copies only the keys listed (query objects carry __typename, which no input type has). */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** The fields of the current spec the form has no inputs for, as input (see Carried). */
export function carriedFromSpec(s: SpecLike): Carried {
  const sec = s.security;
  return {
    volumes: s.volumes.map((v) => ({
      type: v.type.toUpperCase() as MountType,
      ...(v.source ? { source: v.source } : {}),
      target: v.target,
      readOnly: v.readOnly,
    })),
    networks: [...s.networks],
    restartPolicy: pick(s.restartPolicy, ['condition', 'maxAttempts', 'delayMs', 'maxDelayMs', 'windowMs']),
    priority: s.priority,
    preemption: s.preemption,
    placement: {
      nodeAffinity: s.placement.nodeAffinity.map((a) => pick(a, ['expression', 'weight'])),
      serviceAffinity: s.placement.serviceAffinity.map((a) => pick(a, ['service', 'weight'])),
      ...(s.placement.clusters ? { clusters: clusterPlacementInput(s.placement.clusters) } : {}),
    },
    ...(s.autoscale
      ? {
          autoscale: pick(s.autoscale, [
            'min',
            'max',
            'targetCpuPercent',
            'targetMemoryPercent',
            'targetRequestRate',
            'tolerance',
            'scaleUpStabilizationMs',
            'scaleDownStabilizationMs',
            'cooldownMs',
          ]),
        }
      : {}),
    secrets: s.secrets.map((r) => pick(r, ['name', 'target', 'env'])),
    // No inputs for these either: a stack's entrypoint and network aliases survive a form edit.
    ...(s.entrypoint ? { entrypoint: [...s.entrypoint] } : {}),
    ...(s.aliases?.length
      ? { aliases: s.aliases.map((a) => ({ network: a.network, aliases: [...a.aliases] })) }
      : {}),
    ...(sec
      ? {
          privileged: sec.privileged,
          hostNetwork: sec.hostNetwork,
          hostPid: sec.hostPid,
          capAdd: [...sec.capAdd],
        }
      : {}),
  };
}

const str = (v: number | null | undefined) => (v == null ? '' : String(v));

/** The spec's ingress block as the form's text. */
function ingressOf(g: SpecLike['ingress']): IngressForm {
  if (!g) return defaultIngress();
  const p = g.probe;
  return {
    enabled: true,
    port: String(g.port),
    targetPort: String(g.targetPort),
    algorithm: g.algorithm,
    failureThreshold: str(g.failureThreshold),
    resetTimeoutMs: str(g.resetTimeoutMs),
    upstreamTimeoutMs: str(g.upstreamTimeoutMs),
    routes: (g.routes ?? []).map((r) => ({ host: r.host ?? '', pathPrefix: r.pathPrefix })),
    tlsSecret: g.tls?.secret ?? '',
    probe: p
      ? {
          enabled: true,
          path: p.path,
          intervalMs: String(p.intervalMs),
          timeoutMs: String(p.timeoutMs),
          healthyThreshold: String(p.healthyThreshold),
          unhealthyThreshold: String(p.unhealthyThreshold),
        }
      : defaultIngress().probe,
  };
}

const memStr = (b: number) => (b <= 0 ? '' : b % (1024 * 1024) === 0 ? `${b / 1024 / 1024}m` : String(b));
/** The spec's canary and blue-green settings as the form's text (no __typename reaches the input). */
const progressiveOf = (u: SpecLike['update']): ProgressiveForm => {
  const a = u.analysis;
  return {
    canary: String(u.canary ?? 0),
    steps: (u.canarySteps ?? []).map((st) => ({
      weight: String(st.weight),
      durationMs: String(st.durationMs),
    })),
    analysisEnabled: Boolean(a),
    analysis: a
      ? (Object.fromEntries(CANARY_ANALYSIS_KEYS.map((k) => [k, String(a[k])])) as AnalysisForm)
      : defaultProgressive().analysis,
    blueGreen: u.blueGreen ?? false,
    blueGreenKeepMs: String(u.blueGreenKeepMs ?? 0),
  };
};

const updForm = (u: SpecLike['update'], carryProgressive: boolean): UpdateForm => ({
  progressive: carryProgressive ? progressiveOf(u) : null,
  parallelism: String(u.parallelism),
  delayMs: String(u.delayMs),
  monitorMs: String(u.monitorMs),
  minReadyMs: String(u.minReadyMs),
  maxFailureRatio: String(u.maxFailureRatio),
  failureAction: u.failureAction,
  order: u.order,
});

/**
 * A form prefilled from a service's current spec (the update form). Its pins (Service.pins) stay
 * out of the constraints box: the operator did not write them and cannot drop them.
 */
export function formFromSpec(s: SpecLike, pins: readonly Pin[] = []): ServiceForm {
  const pinned = new Set(pins.map((p) => p.constraint));
  const test = s.healthCheck?.test ?? [];
  const head = test[0];
  const hasHealth = Boolean(head && head !== 'NONE');
  return {
    ...emptyForm(),
    name: s.name,
    image: s.image,
    mode: s.mode,
    replicas: String(s.replicas),
    command: s.command?.length ? joinCommand(s.command) : '',
    ports: s.ports.map((p) => ({
      containerPort: String(p.containerPort),
      hostPort: p.hostPort ? String(p.hostPort) : '',
      hostIp: p.hostIp,
      protocol: p.protocol.toUpperCase() as PortProtocol,
    })),
    // Only the input's own fields: a spread would carry urql's __typename into
    // KeyValueInput and the server rejects the whole update (issue #23).
    env: s.env.map((e) => ({ key: e.key, value: e.value })),
    labels: s.labels
      .filter((l) => !l.key.startsWith('stevedore.'))
      .map((l) => ({ key: l.key, value: l.value })),
    cpuLimit: s.limits.cpus ? String(s.limits.cpus) : '',
    cpuReservation: s.reservations.cpus ? String(s.reservations.cpus) : '',
    memoryLimit: memStr(s.limits.memoryBytes),
    memoryReservation: memStr(s.reservations.memoryBytes),
    health: hasHealth
      ? {
          enabled: true,
          kind: head === 'CMD-SHELL' ? 'shell' : 'command',
          test: head === 'CMD-SHELL' ? (test[1] ?? '') : joinCommand(test.slice(head === 'CMD' ? 1 : 0)),
          intervalMs: String(s.healthCheck?.intervalMs ?? 5000),
          timeoutMs: String(s.healthCheck?.timeoutMs ?? 3000),
          retries: String(s.healthCheck?.retries ?? 3),
          startPeriodMs: String(s.healthCheck?.startPeriodMs ?? 0),
        }
      : emptyForm().health,
    constraints: s.placement.constraints.filter((c) => !pinned.has(c)).join('\n'),
    spread: s.placement.spread.join('\n'),
    maxReplicasPerNode: String(s.placement.maxReplicasPerNode),
    federation: s.placement.clusters
      ? {
          scheduling: s.placement.clusters.replicaScheduling,
          clusters: (s.placement.clusters.affinity?.names ?? []).join('\n'),
          weights: s.placement.clusters.weights.map((w) => `${w.cluster} = ${w.weight}`).join('\n'),
        }
      : emptyForm().federation,
    update: updForm(s.update, true),
    rollback: updForm(s.rollback, false),
    stopTimeoutSec: String(s.stopTimeoutSec),
    ingress: ingressOf(s.ingress),
    carried: carriedFromSpec(s),
    pinned: pins.map((p) => ({ constraint: p.constraint, reason: p.reason })),
  };
}
