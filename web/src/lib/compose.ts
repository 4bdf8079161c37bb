import { parse } from 'yaml';
import type { FailureAction, PortProtocol, UpdateOrder } from '@/gql/graphql';
import { emptyForm, joinCommand, type ServiceForm, type UpdateForm } from './spec';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Compose durations ("1m30s", "500ms", "10s") in milliseconds. */
export function durationMs(v: unknown): number | null {
  if (typeof v === 'number') return v * 1000;
  if (typeof v !== 'string' || !v.trim()) return null;
  const re = /(\d+(?:\.\d+)?)(h|m(?!s)|s|ms|us|ns)/g;
  let total = 0;
  let matched = '';
  for (const m of v.matchAll(re)) {
    const n = Number(m[1]);
    total +=
      n *
      { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, ns: 0.000001 }[
        m[2] as 'h' | 'm' | 's' | 'ms' | 'us' | 'ns'
      ];
    matched += m[0];
  }
  return matched === v.replace(/\s/g, '') ? Math.round(total) : null;
}

/** "8080:80", "127.0.0.1:8080:80/udp", "80", or the long form {target, published, host_ip, protocol}. */
function parsePort(p: unknown): ServiceForm['ports'][number] | null {
  if (isObj(p)) {
    return {
      containerPort: str(p.target),
      hostPort: str(p.published),
      hostIp: str(p.host_ip),
      protocol: (str(p.protocol) || 'tcp').toUpperCase() as PortProtocol,
    };
  }
  const s = str(p);
  if (!s) return null;
  const [main = '', proto = 'tcp'] = s.split('/');
  const parts = main.split(':');
  const containerPort = parts.pop() ?? '';
  const hostPort = parts.pop() ?? '';
  const hostIp = parts.join(':');
  return { containerPort, hostPort, hostIp, protocol: proto.toUpperCase() as PortProtocol };
}

function kvList(v: unknown): { key: string; value: string }[] {
  if (Array.isArray(v))
    return v.map((e) => {
      const s = str(e);
      const i = s.indexOf('=');
      return i < 0 ? { key: s, value: '' } : { key: s.slice(0, i), value: s.slice(i + 1) };
    });
  if (isObj(v)) return Object.entries(v).map(([key, value]) => ({ key, value: str(value) }));
  return [];
}

function updateCfg(v: unknown, base: UpdateForm): UpdateForm {
  if (!isObj(v)) return base;
  const fa = str(v.failure_action).toUpperCase();
  return {
    parallelism: v.parallelism !== undefined ? str(v.parallelism) : base.parallelism,
    delayMs: v.delay !== undefined ? String(durationMs(v.delay) ?? str(v.delay)) : base.delayMs,
    monitorMs: v.monitor !== undefined ? String(durationMs(v.monitor) ?? str(v.monitor)) : base.monitorMs,
    minReadyMs: base.minReadyMs,
    maxFailureRatio: v.max_failure_ratio !== undefined ? str(v.max_failure_ratio) : base.maxFailureRatio,
    failureAction: (['CONTINUE', 'PAUSE', 'ROLLBACK'].includes(fa)
      ? fa
      : base.failureAction) as FailureAction,
    order: (str(v.order) === 'start-first'
      ? 'START_FIRST'
      : str(v.order) === 'stop-first'
        ? 'STOP_FIRST'
        : base.order) as UpdateOrder,
  };
}

export interface ComposeResult {
  form: ServiceForm;
  /** Keys we do not map, so the user knows what was left out. */
  ignored: string[];
}

/**
 * A compose service definition → the deploy form. Accepts a whole file (the first service under
 * `services:`), `name: {…}`, or the bare service mapping.
 */
export function composeToForm(text: string, fallbackName = ''): ComposeResult {
  const doc = parse(text) as unknown;
  if (!isObj(doc)) throw new Error('Expected a YAML mapping with a service definition');
  let name = fallbackName;
  let svc: Obj = doc;
  if (isObj(doc.services)) {
    const first = Object.entries(doc.services)[0];
    if (!first || !isObj(first[1])) throw new Error('services: has no service definition');
    [name, svc] = [first[0], first[1]];
  } else if (!('image' in doc) && Object.keys(doc).length === 1) {
    const [k, v] = Object.entries(doc)[0]!;
    if (isObj(v)) [name, svc] = [k, v];
  }
  const f = emptyForm();
  const ignored: string[] = [];
  const known = new Set([
    'image',
    'command',
    'environment',
    'ports',
    'labels',
    'deploy',
    'healthcheck',
    'container_name',
    'stop_grace_period',
    'entrypoint',
  ]);
  for (const k of Object.keys(svc)) if (!known.has(k)) ignored.push(k);
  f.name = str(svc.container_name) || name;
  f.image = str(svc.image);
  if (Array.isArray(svc.command)) f.command = joinCommand(svc.command.map(str));
  else if (svc.command !== undefined) f.command = str(svc.command);
  if (svc.entrypoint !== undefined) ignored.push('entrypoint (not supported by services)');
  f.env = kvList(svc.environment);
  f.labels = kvList(svc.labels);
  f.ports = (Array.isArray(svc.ports) ? svc.ports : [])
    .map(parsePort)
    .filter((p): p is NonNullable<typeof p> => p !== null);
  const sg = durationMs(svc.stop_grace_period);
  if (sg !== null) f.stopTimeoutSec = String(Math.round(sg / 1000));
  const d = isObj(svc.deploy) ? svc.deploy : {};
  if (d.mode === 'global') f.mode = 'GLOBAL';
  if (d.replicas !== undefined) f.replicas = str(d.replicas);
  const res = isObj(d.resources) ? d.resources : {};
  const lim = isObj(res.limits) ? res.limits : {};
  const rsv = isObj(res.reservations) ? res.reservations : {};
  f.cpuLimit = str(lim.cpus);
  f.memoryLimit = str(lim.memory);
  f.cpuReservation = str(rsv.cpus);
  f.memoryReservation = str(rsv.memory);
  const pl = isObj(d.placement) ? d.placement : {};
  if (Array.isArray(pl.constraints)) f.constraints = pl.constraints.map(str).join('\n');
  if (Array.isArray(pl.preferences))
    f.spread = pl.preferences
      .map((p) => (isObj(p) ? str(p.spread) : ''))
      .filter(Boolean)
      .join('\n');
  if (pl.max_replicas_per_node !== undefined) f.maxReplicasPerNode = str(pl.max_replicas_per_node);
  f.update = updateCfg(d.update_config, f.update);
  f.rollback = updateCfg(d.rollback_config, f.rollback);
  const hc = isObj(svc.healthcheck) ? svc.healthcheck : null;
  if (hc && hc.disable !== true) {
    const t = hc.test;
    const h = { ...f.health, enabled: true };
    if (typeof t === 'string') {
      h.kind = 'shell';
      h.test = t;
    } else if (Array.isArray(t)) {
      const [head, ...rest] = t.map(str);
      if (head === 'CMD-SHELL') {
        h.kind = 'shell';
        h.test = rest.join(' ');
      } else if (head === 'NONE') h.enabled = false;
      else {
        h.kind = 'command';
        h.test = joinCommand(head === 'CMD' ? rest : [head ?? '', ...rest]);
      }
    }
    const dm = (k: string, fb: string) => {
      const v = durationMs(hc[k]);
      return v === null ? fb : String(v);
    };
    h.intervalMs = dm('interval', h.intervalMs);
    h.timeoutMs = dm('timeout', h.timeoutMs);
    h.startPeriodMs = dm('start_period', h.startPeriodMs);
    if (hc.retries !== undefined) h.retries = str(hc.retries);
    f.health = h;
  }
  return { form: f, ignored };
}
