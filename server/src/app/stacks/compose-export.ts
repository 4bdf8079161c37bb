import { stringify } from 'yaml';
import type { Mount, ServiceSpec, UpdateConfig } from '../../domain/service.js';
import { DEFAULT_RESTART_POLICY } from '../../domain/service.js';
import type { DependsOnCondition } from './types.js';

/**
 * What runs, back as a compose file (`stackCompose`), so a stack deployed from the dashboard can
 * be kept in git: parseStack(toCompose(x)) gives the same service specs back. Members named
 * `<stack>_<name>` get their compose name again; others keep theirs with `name:`. Secrets are
 * written `external: true` (their content never leaves the server). What a compose file cannot
 * say (priority, affinities, ingress, autoscale, canary, minReadyMs...) is listed in a comment at
 * the top, never silently dropped.
 */
export interface StackExport {
  stack: string;
  services: readonly {
    name: string;
    spec: ServiceSpec;
    dependsOn?: readonly { service: string; condition: DependsOnCondition }[];
  }[];
  networks: readonly {
    name: string;
    driver: string;
    subnet?: string | null;
    labels?: Record<string, string>;
    external?: boolean;
  }[];
  volumes: readonly { name: string; labels?: Record<string, string>; external?: boolean }[];
  secrets: readonly { name: string; external?: boolean }[];
}

/** Labels Stevedore puts on a stack's members itself: not written back. */
const OWN_LABELS = ['stevedore.stack'];

type Obj = Record<string, unknown>;

export function toCompose(x: StackExport): string {
  const prefix = `${x.stack}_`;
  const keyOf = (name: string) =>
    name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : name;
  /** A top-level entry: its compose key, and `name:` when the stored name is not `<stack>_<key>`. */
  const entry = (name: string, external: boolean | undefined, rest: Obj): [string, Obj] => {
    const key = keyOf(name);
    if (external) return [key, { external: true, ...(key !== name ? { name } : {}) }];
    return [key, { ...(key === name ? { name } : {}), ...rest }];
  };
  const lost: string[] = [];

  const networks = Object.fromEntries(
    x.networks.map((n) =>
      entry(n.name, n.external, {
        ...(n.driver === 'INTERNAL' ? { internal: true } : {}),
        ...(n.labels && Object.keys(n.labels).length ? { labels: ownless(n.labels) } : {}),
        ...(n.subnet ? { ipam: { config: [{ subnet: n.subnet }] } } : {}),
      }),
    ),
  );
  const volumes = Object.fromEntries(
    x.volumes.map((v) =>
      entry(
        v.name,
        v.external,
        v.labels && Object.keys(v.labels).length ? { labels: ownless(v.labels) } : {},
      ),
    ),
  );
  const secrets = Object.fromEntries(x.secrets.map((s) => entry(s.name, true, {})));
  const declaredVolume = new Map(x.volumes.map((v) => [v.name, keyOf(v.name)]));
  const services: Obj = {};
  for (const s of x.services) {
    const key = keyOf(s.name);
    services[key] = service(s.spec, s.dependsOn ?? [], keyOf, declaredVolume, volumes, (what) =>
      lost.push(`${key}: ${what}`),
    );
  }
  const doc: Obj = { services };
  if (Object.keys(networks).length) doc.networks = networks;
  if (Object.keys(volumes).length) doc.volumes = volumes;
  if (Object.keys(secrets).length) doc.secrets = secrets;
  const head = [
    `# Stack ${x.stack}, as Stevedore runs it (stackCompose).`,
    ...(lost.length
      ? [
          '# Not expressible in a compose file, kept by Stevedore but not written here:',
          ...lost.map((l) => `#   ${l}`),
        ]
      : []),
  ];
  return `${head.join('\n')}\n${stringify(doc, { lineWidth: 0 })}`;
}

function ownless(labels: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([k]) => !OWN_LABELS.includes(k)));
}

const duration = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

function memory(bytes: number): string {
  for (const [unit, size] of [
    ['G', 1024 ** 3],
    ['M', 1024 ** 2],
    ['K', 1024],
  ] as const)
    if (bytes % size === 0) return `${bytes / size}${unit}`;
  return `${bytes}b`;
}

function rollout(c: UpdateConfig, lost: (what: string) => void, field: string): Obj {
  if (c.minReadyMs) lost(`${field}.minReadyMs ${c.minReadyMs}`);
  if (c.canary || c.blueGreen) lost(`${field}: ${c.canary ? 'canary' : 'blue-green'} rollout`);
  return {
    parallelism: c.parallelism,
    delay: duration(c.delayMs),
    failure_action: c.failureAction.toLowerCase(),
    monitor: duration(c.monitorMs),
    max_failure_ratio: c.maxFailureRatio,
    order: c.order === 'START_FIRST' ? 'start-first' : 'stop-first',
  };
}

function service(
  spec: ServiceSpec,
  dependsOn: readonly { service: string; condition: DependsOnCondition }[],
  keyOf: (name: string) => string,
  declaredVolume: Map<string, string>,
  volumes: Obj,
  lost: (what: string) => void,
): Obj {
  const out: Obj = { image: spec.image };
  if (spec.entrypoint) out.entrypoint = spec.entrypoint;
  if (spec.command) out.command = spec.command;
  if (Object.keys(spec.env).length) out.environment = spec.env;
  const labels = ownless(spec.labels);
  if (Object.keys(labels).length) out.labels = labels;
  if (spec.ports.length)
    out.ports = spec.ports.map((p) => ({
      target: p.containerPort,
      ...(p.hostPort ? { published: p.hostPort } : {}),
      protocol: p.protocol,
      ...(p.hostIp ? { host_ip: p.hostIp } : {}),
      mode: 'host',
    }));
  if (spec.mounts.length) out.volumes = spec.mounts.map((m) => mount(m, declaredVolume, volumes));
  if (spec.security?.hostNetwork) out.network_mode = 'host';
  else out.networks = spec.networks.map(keyOf);
  if (spec.security?.hostPid) out.pid = 'host';
  if (spec.security?.privileged) out.privileged = true;
  if (spec.security?.capAdd.length) out.cap_add = spec.security.capAdd;
  if (spec.secrets?.length)
    out.secrets = spec.secrets.map((r) => ({ source: keyOf(r.name), target: r.target }));
  if (spec.secrets?.some((r) => r.env)) lost('secrets as environment variables (env)');
  if (spec.healthCheck) {
    const h = spec.healthCheck;
    out.healthcheck = {
      test: h.test,
      interval: duration(h.intervalMs),
      timeout: duration(h.timeoutMs),
      retries: h.retries,
      start_period: duration(h.startPeriodMs),
    };
  }
  out.stop_grace_period = `${spec.stopTimeoutSec}s`;
  if (dependsOn.length)
    out.depends_on = Object.fromEntries(dependsOn.map((d) => [keyOf(d.service), { condition: d.condition }]));

  const deploy: Obj = { mode: spec.mode === 'GLOBAL' ? 'global' : 'replicated' };
  if (spec.mode !== 'GLOBAL') deploy.replicas = spec.replicas;
  const res = (r: { nanoCpus: number; memoryBytes: number }): Obj | null =>
    r.nanoCpus || r.memoryBytes
      ? {
          ...(r.nanoCpus ? { cpus: String(r.nanoCpus / 1e9) } : {}),
          ...(r.memoryBytes ? { memory: memory(r.memoryBytes) } : {}),
        }
      : null;
  const limits = res(spec.limits);
  const reservations = res(spec.reservations);
  if (limits || reservations)
    deploy.resources = { ...(limits ? { limits } : {}), ...(reservations ? { reservations } : {}) };
  const pl = spec.placement;
  if (pl.constraints.length || pl.spread.length || pl.maxReplicasPerNode)
    deploy.placement = {
      ...(pl.constraints.length ? { constraints: pl.constraints } : {}),
      ...(pl.spread.length ? { preferences: pl.spread.map((spread) => ({ spread })) } : {}),
      ...(pl.maxReplicasPerNode ? { max_replicas_per_node: pl.maxReplicasPerNode } : {}),
    };
  deploy.update_config = rollout(spec.update, lost, 'update');
  deploy.rollback_config = rollout(spec.rollback, lost, 'rollback');
  const rp = spec.restartPolicy;
  deploy.restart_policy = {
    condition: rp.condition === 'ON_FAILURE' ? 'on-failure' : rp.condition.toLowerCase(),
    delay: duration(rp.delayMs),
    max_attempts: rp.maxAttempts,
    window: duration(rp.windowMs),
  };
  if (rp.maxDelayMs !== DEFAULT_RESTART_POLICY.maxDelayMs) lost(`restartPolicy.maxDelayMs ${rp.maxDelayMs}`);
  out.deploy = deploy;

  if (spec.priority) lost(`priority ${spec.priority}`);
  if (spec.preemption) lost('preemption');
  if (pl.nodeAffinity.length)
    lost(`node affinity ${pl.nodeAffinity.map((a) => `${a.expression} (${a.weight})`).join(', ')}`);
  if (pl.serviceAffinity.length)
    lost(`service affinity ${pl.serviceAffinity.map((a) => `${a.service} (${a.weight})`).join(', ')}`);
  if (spec.ingress) lost(`ingress on port ${spec.ingress.port}`);
  if (spec.autoscale) lost('autoscale');
  return out;
}

function mount(m: Mount, declaredVolume: Map<string, string>, volumes: Obj): Obj {
  let source = m.source;
  if (m.type === 'volume' && source) {
    const key = declaredVolume.get(source);
    if (key) source = key;
    else if (!(source in volumes)) volumes[source] = { external: true };
  }
  return {
    type: m.type,
    ...(source ? { source } : {}),
    target: m.target,
    ...(m.readOnly ? { read_only: true } : {}),
  };
}
