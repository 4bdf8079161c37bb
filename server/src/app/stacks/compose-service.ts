import { parseEnv } from 'node:util';
import type { HealthCheckInput, PortInput } from '@stevedore/spec-rules';
import type { ServiceSpecInput } from '../service-spec.js';
import { mapDeploy } from './compose-deploy.js';
import { pairs, stackName, type FieldOrigins, type MapContext, type Obj } from './compose-context.js';
import { durationMs, type Findings, type Path } from './compose-text.js';
import type { DependsOnCondition, ParsedService } from './types.js';

/**
 * One compose service → what createService takes, with the meaning `docker stack deploy` gives
 * each key. What cannot be honoured safely is refused; what is not honoured is a warning.
 */

/** Keys mapped below, beside `deploy` and `depends_on`. */
const HONOURED = new Set([
  'image',
  'command',
  'entrypoint',
  'environment',
  'env_file',
  'ports',
  'volumes',
  'networks',
  'secrets',
  'healthcheck',
  'labels',
  'stop_grace_period',
  'cap_add',
  'privileged',
  'deploy',
  'depends_on',
  'network_mode',
  'pid',
]);

/** Keys that cannot be honoured safely: the file is refused. */
const REFUSED: Record<string, string> = {
  build:
    'cannot be honoured: Stevedore runs images and builds none (build the image, push it and give image:)',
  extends: 'cannot be honoured: it reads other files; give the service whole',
  volumes_from: 'cannot be honoured: a replica may run on another node than the container it names',
  devices: 'cannot be honoured: host devices differ between nodes',
};

/** Why a key is not honoured, where there is more to say than "not honoured". */
const NOT_HONOURED: Record<string, string> = {
  container_name: 'Stevedore names containers itself (one per task), as docker stack deploy does',
  restart: 'docker stack deploy ignores it too: use deploy.restart_policy',
  links: 'services reach each other by name on their networks',
  expose: 'containers of one network reach every port of each other anyway',
  hostname: 'each container keeps the name the engine gives it',
  scale: 'use deploy.replicas',
  mem_limit: 'use deploy.resources.limits.memory',
  cpus: 'use deploy.resources.limits.cpus',
  mem_reservation: 'use deploy.resources.reservations.memory',
  profiles: 'every service of the file is deployed',
};

export function mapService(
  ctx: MapContext,
  composeName: string,
  svc: Obj,
): { parsed: ParsedService; origins: FieldOrigins } {
  const base: Path = ['services', composeName];
  const at = (...rest: (string | number)[]): Path => [...base, ...rest];
  const { f } = ctx;
  const origins: FieldOrigins = new Map();
  const name = stackName(ctx.stack, composeName);
  origins.set('name', base);

  for (const key of Object.keys(svc)) {
    if (HONOURED.has(key) || key.startsWith('x-')) continue;
    if (REFUSED[key]) f.error(at(key), REFUSED[key]);
    else f.warn(at(key), `not honoured: ${NOT_HONOURED[key] ?? `Stevedore has no ${key}`}`);
  }

  let image = typeof svc.image === 'string' ? svc.image : '';
  if (!image && !('build' in svc)) f.error(at('image'), 'is required: Stevedore runs images');
  image = ctx.images[image] ?? image;
  origins.set('image', at('image'));

  const input: ServiceSpecInput = { name, image };
  const command = words(svc.command, at('command'), f);
  const entrypoint = words(svc.entrypoint, at('entrypoint'), f);
  if (entrypoint) {
    // `entrypoint: []` or `""` runs with no ENTRYPOINT at all, as Compose does.
    input.entrypoint = entrypoint;
    origins.set('entrypoint', at('entrypoint'));
  }
  if (command) {
    input.command = command;
    origins.set('command', at('command'));
  }

  input.env = environment(ctx, svc, at);
  origins.set('env', at('environment'));
  input.labels = pairs(svc.labels).map(([key, value]) => ({ key, value: value ?? '' }));
  origins.set('labels', at('labels'));

  input.ports = ports(svc.ports, at, f, origins);
  input.volumes = volumes(ctx, svc.volumes, at, origins);
  const nets = networks(ctx, svc, at);
  input.networks = nets.map((n) => n.network);
  origins.set('networks', at('networks'));
  input.secrets = secrets(ctx, svc.secrets, at, origins);

  const hc = healthcheck(svc.healthcheck as Obj | undefined, at('healthcheck'), f);
  if (hc) input.healthCheck = hc;
  origins.set('healthCheck', at('healthcheck'));

  if (typeof svc.stop_grace_period === 'string') {
    const ms = durationMs(svc.stop_grace_period) ?? 0;
    input.stopTimeoutSec = Math.ceil(ms / 1000);
    if (ms % 1000)
      f.warn(
        at('stop_grace_period'),
        `rounded up to ${input.stopTimeoutSec}s: Stevedore counts whole seconds`,
      );
    origins.set('stopTimeoutSec', at('stop_grace_period'));
  }
  if (Array.isArray(svc.cap_add)) {
    input.capAdd = svc.cap_add as string[];
    origins.set('capAdd', at('cap_add'));
  }
  if (svc.privileged === true) input.privileged = true;
  if (svc.network_mode !== undefined) {
    if (svc.network_mode === 'host') {
      input.hostNetwork = true;
      if (Array.isArray(svc.networks))
        f.error(at('network_mode'), 'network_mode: host cannot be given with networks:');
    } else
      f.error(
        at('network_mode'),
        `"${String(svc.network_mode)}" cannot be honoured: only host is (use networks: for the rest)`,
      );
  }
  if (svc.pid !== undefined) {
    if (svc.pid === 'host') input.hostPid = true;
    else f.error(at('pid'), `"${String(svc.pid)}" cannot be honoured: only host is`);
  }

  mapDeploy(ctx, (svc.deploy ?? {}) as Obj, at('deploy'), input, origins);

  return {
    parsed: {
      name,
      composeName,
      input,
      dependsOn: dependsOn(ctx, svc.depends_on, at('depends_on')),
      aliases: nets.map((n) => ({
        network: n.network,
        aliases: [composeName, ...n.aliases.filter((a) => a !== composeName)],
      })),
      line: f.line(base) ?? 1,
    },
    origins,
  };
}

/**
 * `command:` and `entrypoint:` as a list, a string split as a shell would split words (quotes and
 * backslashes), without running a shell, as Compose does.
 */
function words(value: unknown, path: Path, f: Findings): string[] | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map(String);
  const s = String(value);
  const out: string[] = [];
  let cur = '';
  let quote: '"' | "'" | null = null;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && i + 1 < s.length && '"\\$`'.includes(s[i + 1]!)) cur += s[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) f.error(path, `a ${quote} quote is not closed`);
  if (inWord) out.push(cur);
  return out;
}

function environment(ctx: MapContext, svc: Obj, at: (...rest: (string | number)[]) => Path) {
  const env = new Map<string, string>();
  const files = svc.env_file === undefined ? [] : Array.isArray(svc.env_file) ? svc.env_file : [svc.env_file];
  files.forEach((file: string, i) => {
    const path = Array.isArray(svc.env_file) ? at('env_file', i) : at('env_file');
    const content = ctx.envFiles[file];
    if (content === undefined)
      return ctx.f.error(
        path,
        `the content of ${file} was not given: pass it with the call (envFiles), it is not read from the server's disk`,
      );
    for (const [k, v] of Object.entries(parseEnv(content))) if (v !== undefined) env.set(k, v);
  });
  for (const [key, value] of pairs(svc.environment)) {
    if (value !== null) env.set(key, value);
    else if (ctx.variables[key] !== undefined) env.set(key, ctx.variables[key]);
    else
      ctx.f.warn(
        at('environment', key),
        `${key} has no value and no variable ${key} was given: it is not set`,
      );
  }
  return [...env].map(([key, value]) => ({ key, value }));
}

const PORT_SHORT =
  /^(?:(\[[0-9a-fA-F:.]+\]|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}):)?(?:(\d*)(?:-(\d+))?:)?(\d+)(?:-(\d+))?(?:\/([a-zA-Z]+))?$/;
const MAX_PORT_RANGE = 1000;

function ports(
  value: unknown,
  at: (...rest: (string | number)[]) => Path,
  f: Findings,
  origins: FieldOrigins,
): PortInput[] {
  if (!Array.isArray(value)) return [];
  const out: PortInput[] = [];
  let routingMesh = false;
  const inRange = (n: number, what: string, path: Path) => {
    if (n >= 1 && n <= 65535) return true;
    f.error(path, `${what} port ${n} is out of range: ports are 1 to 65535`);
    return false;
  };
  value.forEach((p: unknown, i) => {
    const path = at('ports', i);
    if (typeof p === 'number' || typeof p === 'string') {
      const m = PORT_SHORT.exec(String(p).trim());
      if (!m) return f.error(path, `"${p}" is not [HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`);
      const [, ip, hostFrom, hostTo, from, to, proto] = m;
      const c0 = Number(from);
      const c1 = to ? Number(to) : c0;
      const h0 = hostFrom ? Number(hostFrom) : 0;
      const h1 = hostTo ? Number(hostTo) : h0;
      if (!inRange(c0, 'container', path) || !inRange(c1, 'container', path)) return;
      if (hostFrom && (!inRange(h0, 'published', path) || !inRange(h1, 'published', path))) return;
      if (c1 < c0 || h1 < h0) return f.error(path, `the range in "${p}" runs backwards`);
      if (hostFrom && h1 - h0 !== c1 - c0)
        return f.error(
          path,
          `"${p}": a published range must be as long as the container range (Stevedore does not pick one port of a range)`,
        );
      if (c1 - c0 >= MAX_PORT_RANGE)
        return f.error(path, `"${p}" publishes more than ${MAX_PORT_RANGE} ports`);
      for (let k = 0; k <= c1 - c0; k++) {
        origins.set(`ports[${out.length}]`, path);
        out.push({
          containerPort: c0 + k,
          hostPort: hostFrom ? h0 + k : 0,
          hostIp: ip ? ip.replace(/^\[|\]$/g, '') : null,
          protocol: proto ?? null,
        });
      }
      if (hostFrom) routingMesh = true;
      return;
    }
    const o = p as Obj;
    if (typeof o.target !== 'number')
      return f.error(at('ports', i, 'target'), 'is required: the container port');
    if (!inRange(o.target, 'container', at('ports', i, 'target'))) return;
    const published = o.published === undefined ? 0 : Number(o.published);
    if (o.published !== undefined && !inRange(published, 'published', at('ports', i, 'published'))) return;
    if (o.mode !== undefined && o.mode !== 'host' && o.mode !== 'ingress')
      return f.error(at('ports', i, 'mode'), `must be host or ingress (got "${String(o.mode)}")`);
    if (published && o.mode !== 'host') routingMesh = true;
    origins.set(`ports[${out.length}]`, path);
    out.push({
      containerPort: o.target,
      hostPort: published,
      hostIp: typeof o.host_ip === 'string' ? o.host_ip : null,
      protocol: typeof o.protocol === 'string' ? o.protocol : null,
    });
  });
  if (routingMesh)
    f.warn(
      at('ports'),
      "published on the node each replica runs on, as mode: host (Swarm's routing mesh, mode: ingress, is not there: replicas publishing one port go to different nodes), on the node's publish address unless host_ip is given",
    );
  return out;
}

type VolumeInput = NonNullable<ServiceSpecInput['volumes']>[number];

function volumes(
  ctx: MapContext,
  value: unknown,
  at: (...rest: (string | number)[]) => Path,
  origins: FieldOrigins,
): VolumeInput[] {
  if (!Array.isArray(value)) return [];
  const { f } = ctx;
  const out: VolumeInput[] = [];
  const named = (source: string, path: Path): string | null => {
    const v = ctx.volumes.get(source);
    if (!v) {
      f.error(path, `volume "${source}" is not declared under the top-level volumes:`);
      return null;
    }
    return v.name;
  };
  const bindSource = (source: string, path: Path): string | null => {
    if (source.startsWith('/')) return source;
    f.error(
      path,
      `the bind source "${source}" is relative: the file's directory is not on the nodes, give an absolute path`,
    );
    return null;
  };
  value.forEach((v: unknown, i) => {
    const path = at('volumes', i);
    if (typeof v === 'string') {
      const parts = v.split(':');
      if (parts.length > 3 || parts.some((x) => x === ''))
        return f.error(path, `"${v}" is not SOURCE:TARGET[:OPTIONS] or TARGET`);
      if (parts.length === 1) {
        origins.set(`volumes[${out.length}]`, path);
        return out.push({ type: 'volume', source: '', target: parts[0]! });
      }
      const [source, target, options = ''] = parts as [string, string, string?];
      const isBind = source.startsWith('/') || source.startsWith('.') || source.startsWith('~');
      const src = isBind ? bindSource(source, path) : named(source, path);
      if (src === null) return;
      let readOnly = false;
      for (const opt of options.split(',').filter(Boolean)) {
        if (opt === 'ro') readOnly = true;
        else if (opt !== 'rw') f.warn(path, `the option ${opt} is not honoured`);
      }
      origins.set(`volumes[${out.length}]`, path);
      return out.push({ type: isBind ? 'bind' : 'volume', source: src, target, readOnly });
    }
    const o = v as Obj;
    const type = String(o.type);
    for (const k of ['consistency', 'bind', 'volume', 'tmpfs'] as const)
      if (o[k] !== undefined) f.warn(at('volumes', i, k), 'not honoured');
    if (type !== 'volume' && type !== 'bind' && type !== 'tmpfs')
      return f.error(at('volumes', i, 'type'), `"${type}" cannot be honoured: volume, bind or tmpfs`);
    if (typeof o.target !== 'string') return f.error(at('volumes', i, 'target'), 'is required');
    let source = typeof o.source === 'string' ? o.source : '';
    if (type === 'volume' && source) {
      const n = named(source, at('volumes', i, 'source'));
      if (n === null) return;
      source = n;
    }
    if (type === 'bind') {
      const s = bindSource(source, at('volumes', i, 'source'));
      if (s === null) return;
      source = s;
    }
    origins.set(`volumes[${out.length}]`, path);
    out.push({ type, source, target: o.target, readOnly: o.read_only === true });
  });
  return out;
}

/** The service's networks (Stevedore names) with the aliases the file gives; `default` when none. */
function networks(ctx: MapContext, svc: Obj, at: (...rest: (string | number)[]) => Path) {
  if (svc.network_mode === 'host') return [];
  const value = svc.networks;
  const entries: [string, Obj | null][] = Array.isArray(value)
    ? value.map((n: string) => [n, null])
    : value && typeof value === 'object'
      ? Object.entries(value as Obj).map(([k, v]) => [k, (v as Obj | null) ?? null])
      : [['default', null]];
  const out: { network: string; aliases: string[] }[] = [];
  entries.forEach(([compose, opts], i) => {
    const path = Array.isArray(value) ? at('networks', i) : value ? at('networks', compose) : at();
    if (compose === 'default' && !ctx.networks.has('default'))
      ctx.networks.set('default', {
        name: stackName(ctx.stack, 'default'),
        composeName: 'default',
        external: false,
        internal: false,
        labels: {},
        subnet: null,
        gateway: null,
        line: ctx.f.line(path) ?? 1,
      });
    const n = ctx.networks.get(compose);
    if (!n) return ctx.f.error(path, `network "${compose}" is not declared under the top-level networks:`);
    for (const k of Object.keys(opts ?? {}))
      if (k !== 'aliases' && !k.startsWith('x-'))
        ctx.f.warn(
          at('networks', compose, k),
          "not honoured: addresses come from the node's slice of the network",
        );
    out.push({ network: n.name, aliases: ((opts?.aliases as string[] | undefined) ?? []).map(String) });
  });
  return out;
}

const SECRET_DIR_PREFIX = '/run/secrets/';

function secrets(
  ctx: MapContext,
  value: unknown,
  at: (...rest: (string | number)[]) => Path,
  origins: FieldOrigins,
) {
  if (!Array.isArray(value)) return null;
  const out: { name: string; target: string }[] = [];
  value.forEach((v: unknown, i) => {
    const path = at('secrets', i);
    const o = typeof v === 'string' ? { source: v } : (v as Obj);
    if (typeof o.source !== 'string') return ctx.f.error(at('secrets', i, 'source'), 'is required');
    const s = ctx.secrets.get(o.source);
    if (!s) return ctx.f.error(path, `secret "${o.source}" is not declared under the top-level secrets:`);
    let target = typeof o.target === 'string' ? o.target : o.source;
    if (target.startsWith(SECRET_DIR_PREFIX)) target = target.slice(SECRET_DIR_PREFIX.length);
    else if (target.startsWith('/'))
      return ctx.f.error(
        at('secrets', i, 'target'),
        `"${target}" cannot be honoured: secret files land in /run/secrets (give a file name)`,
      );
    for (const k of ['uid', 'gid', 'mode'] as const)
      if (o[k] !== undefined)
        ctx.f.warn(
          at('secrets', i, k),
          'not honoured: secret files are read-only to every user of the container',
        );
    origins.set(`secrets[${out.length}]`, path);
    out.push({ name: s.name, target });
  });
  return out;
}

function healthcheck(hc: Obj | undefined, path: Path, f: Findings): HealthCheckInput | null {
  if (!hc) return null;
  if (hc.disable === true) return { command: ['NONE'] };
  const test = hc.test;
  if (test === undefined) {
    f.warn(
      path,
      "has no test: the image's own check runs with its own timings (Stevedore cannot change only the timings)",
    );
    return null;
  }
  const ms = (k: string) => (typeof hc[k] === 'string' ? durationMs(hc[k] as string) : null);
  return {
    command: typeof test === 'string' ? ['CMD-SHELL', test] : (test as string[]),
    intervalMs: ms('interval'),
    timeoutMs: ms('timeout'),
    startPeriodMs: ms('start_period'),
    retries: typeof hc.retries === 'number' ? hc.retries : null,
  };
}

const CONDITIONS: readonly DependsOnCondition[] = [
  'service_started',
  'service_healthy',
  'service_completed_successfully',
];

function dependsOn(ctx: MapContext, value: unknown, path: Path): ParsedService['dependsOn'] {
  if (value === undefined) return [];
  const entries: [string, string, Path][] = Array.isArray(value)
    ? value.map((s: string, i) => [s, 'service_started', [...path, i]])
    : Object.entries(value as Obj).map(([k, v]) => [k, String((v as Obj).condition), [...path, k]]);
  const out: ParsedService['dependsOn'] = [];
  for (const [composeName, condition, at] of entries) {
    if (!ctx.services.has(composeName)) {
      ctx.f.error(at, `service "${composeName}" is not in the file`);
      continue;
    }
    if (!CONDITIONS.includes(condition as DependsOnCondition)) continue;
    out.push({
      service: stackName(ctx.stack, composeName),
      composeName,
      condition: condition as DependsOnCondition,
    });
  }
  return out;
}
