import { dependencyOrder } from '../../domain/dependency-order.js';
import { badInput } from '../errors.js';
import { buildServiceSpec } from '../service-spec.js';
import { labelsOf, stackName, type FieldOrigins, type MapContext, type Obj } from './compose-context.js';
import { mapService } from './compose-service.js';
import { dotted, Findings, readCompose, type Path } from './compose-text.js';
import type {
  ParsedNetwork,
  ParsedSecret,
  ParsedService,
  ParsedStack,
  ParsedVolume,
  ParseStackOptions,
} from './types.js';

export { MAX_COMPOSE_BYTES } from './compose-text.js';
export { toCompose, type StackExport } from './compose-export.js';

/**
 * A compose file → Stevedore's model (issue #18), with the meaning `docker stack deploy` gives
 * it: read (size bound, YAML, `${VAR}` interpolation from the call's variables, the Compose
 * Specification's JSON schema), then each top-level network, volume and secret and each service
 * mapped, and each service's input checked by buildServiceSpec (the rules createService applies),
 * its refusals put back on the compose key they came from.
 *
 * Refusals are one BAD_USER_INPUT naming every problem by line and compose path (`line 7:
 * services.web.deploy.replicas: must be integer`; details: field, key, line, service, problems).
 * Every key not honoured is a warning naming it and its service. Pure: nothing is read from disk
 * or the environment (env_file and secret file contents come with the call).
 */
export function parseStack(text: string, opts: ParseStackOptions): ParsedStack {
  if (!STACK_NAME.test(opts.stack))
    throw badInput(
      'name',
      `"${opts.stack}" is not a stack name: lower-case letters, digits, "_" and "-", at most 40, starting with a letter or digit`,
    );
  const { data, findings: f, variables } = readCompose(text, opts.variables);

  if (data.version !== undefined) f.warn(['version'], 'obsolete and ignored, as docker compose does');
  if (data.configs !== undefined)
    f.warn(['configs'], 'not honoured: Stevedore has no configs (a secret can carry a file)');

  const ctx: MapContext = {
    stack: opts.stack,
    f,
    variables: opts.variables,
    envFiles: opts.envFiles ?? {},
    images: opts.images ?? {},
    networks: new Map(entries(data.networks).map(([k, v]) => [k, network(opts.stack, k, v, f)])),
    volumes: new Map(entries(data.volumes).map(([k, v]) => [k, volume(opts.stack, k, v, f)])),
    secrets: new Map(entries(data.secrets).map(([k, v]) => [k, secret(opts.stack, k, v, ctxFiles(opts), f)])),
    services: new Set(Object.keys((data.services ?? {}) as Obj)),
  };
  if (!ctx.services.size)
    f.error(['services'], 'a stack needs at least one service', f.line(['services']) ?? 1);

  const services: ParsedService[] = [];
  for (const [composeName, svc] of entries(data.services)) {
    const before = f.problems.length;
    const { parsed, origins } = mapService(ctx, composeName, (svc ?? {}) as Obj);
    services.push(parsed);
    // A service already refused is not checked further (its input is incomplete).
    if (f.problems.length > before) continue;
    for (const e of buildServiceSpec(parsed.input).errors) {
      const path = originOf(origins, e.field) ?? ['services', composeName];
      f.error(path, dotted(path).endsWith(e.field) ? e.reason : `${e.reason} (${e.field})`);
    }
  }
  const ordered = orderByDependencies(services, f);
  f.throwIfAny();

  const usedNetworks = new Set(services.flatMap((s) => s.input.networks ?? []));
  const networks = [...ctx.networks.values()];
  for (const n of networks)
    if (!usedNetworks.has(n.name))
      f.warn(['networks', n.composeName], 'no service uses it: it is created all the same');
  return {
    services: ordered,
    networks,
    volumes: [...ctx.volumes.values()],
    secrets: [...ctx.secrets.values()],
    warnings: f.warnings,
    variables,
  };
}

/** As the dashboard checks it (web/src/lib/stack.ts); the prefix leaves room for the member names. */
const STACK_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const ctxFiles = (opts: ParseStackOptions) => opts.envFiles ?? {};

const entries = (v: unknown): [string, unknown][] =>
  v && typeof v === 'object' ? Object.entries(v as Obj) : [];

/** The input field's origin: the longest field prefix mapped (`ports[0].hostPort` → `ports[0]`). */
function originOf(origins: FieldOrigins, field: string): Path | undefined {
  let best: string | undefined;
  for (const k of origins.keys())
    if (
      (field === k || field.startsWith(`${k}.`) || field.startsWith(`${k}[`)) &&
      (!best || k.length > best.length)
    )
      best = k;
  return best === undefined ? undefined : origins.get(best);
}

/** `external: true`, or `external: {name}` (deprecated), or `name:` beside it. */
function externalName(composeName: string, def: Obj): string | null {
  const ext = def.external;
  if (ext === true) return typeof def.name === 'string' ? def.name : composeName;
  if (ext && typeof ext === 'object') {
    const n = (ext as Obj).name;
    return typeof n === 'string' ? n : typeof def.name === 'string' ? def.name : composeName;
  }
  return null;
}

function warnOthers(f: Findings, path: Path, def: Obj, honoured: readonly string[], why: string): void {
  for (const k of Object.keys(def))
    if (!honoured.includes(k) && !k.startsWith('x-')) f.warn([...path, k], `not honoured: ${why}`);
}

function network(stack: string, composeName: string, raw: unknown, f: Findings): ParsedNetwork {
  const def = (raw ?? {}) as Obj;
  const path: Path = ['networks', composeName];
  const ext = externalName(composeName, def);
  const line = f.line(path) ?? 1;
  if (ext !== null) {
    warnOthers(f, path, def, ['external', 'name'], 'an external network is used as it is');
    return {
      name: ext,
      composeName,
      external: true,
      internal: false,
      labels: {},
      subnet: null,
      gateway: null,
      line,
    };
  }
  const driver = def.driver;
  if (driver !== undefined && driver !== 'bridge' && driver !== 'overlay')
    f.error(
      [...path, 'driver'],
      `"${String(driver)}" cannot be honoured: a Stevedore network is a bridge on each node, routed between nodes (bridge or overlay)`,
    );
  if (def.enable_ipv6 === true)
    f.warn([...path, 'enable_ipv6'], 'not honoured: Stevedore networks are IPv4 only');
  if (def.attachable === true)
    f.warn([...path, 'attachable'], "not honoured: only Stevedore's own tasks join its networks");
  warnOthers(
    f,
    path,
    def,
    ['name', 'driver', 'internal', 'labels', 'ipam', 'enable_ipv6', 'attachable'],
    'Stevedore networks take a subnet, a gateway and labels',
  );
  const ipam = (def.ipam ?? {}) as Obj;
  warnOthers(f, [...path, 'ipam'], ipam, ['config'], 'the subnet and gateway are');
  const configs = (ipam.config as Obj[] | undefined) ?? [];
  configs.forEach((c, i) => {
    if (i > 0)
      return f.warn([...path, 'ipam', 'config', i], 'not honoured: a Stevedore network has one subnet');
    warnOthers(f, [...path, 'ipam', 'config', i], c, ['subnet', 'gateway'], 'the subnet and gateway are');
  });
  return {
    name: typeof def.name === 'string' ? def.name : stackName(stack, composeName),
    composeName,
    external: false,
    internal: def.internal === true,
    labels: labelsOf(def.labels),
    subnet: typeof configs[0]?.subnet === 'string' ? configs[0].subnet : null,
    gateway: typeof configs[0]?.gateway === 'string' ? configs[0].gateway : null,
    line,
  };
}

function volume(stack: string, composeName: string, raw: unknown, f: Findings): ParsedVolume {
  const def = (raw ?? {}) as Obj;
  const path: Path = ['volumes', composeName];
  const ext = externalName(composeName, def);
  const line = f.line(path) ?? 1;
  if (ext !== null) {
    warnOthers(f, path, def, ['external', 'name'], 'an external volume is used as it is');
    return { name: ext, composeName, external: true, labels: {}, driver: null, line };
  }
  const driver = typeof def.driver === 'string' ? def.driver : null;
  if (driver !== null && driver !== 'local')
    f.error(
      [...path, 'driver'],
      `"${driver}" cannot be honoured: volumes are the engines' local ones (the data would not be where the driver puts it)`,
    );
  if (def.driver_opts !== undefined)
    f.error(
      [...path, 'driver_opts'],
      'cannot be honoured: volumes are plain local volumes (the data would not be where the options put it)',
    );
  return {
    name: typeof def.name === 'string' ? def.name : stackName(stack, composeName),
    composeName,
    external: false,
    labels: labelsOf(def.labels),
    driver,
    line,
  };
}

function secret(
  stack: string,
  composeName: string,
  raw: unknown,
  files: Record<string, string>,
  f: Findings,
): ParsedSecret {
  const def = (raw ?? {}) as Obj;
  const path: Path = ['secrets', composeName];
  const ext = externalName(composeName, def);
  const line = f.line(path) ?? 1;
  if (ext !== null) {
    warnOthers(f, path, def, ['external', 'name'], 'an external secret is used as it is');
    return { name: ext, composeName, external: true, file: null, content: null, line };
  }
  warnOthers(f, path, def, ['file', 'name'], "Stevedore's secrets are encrypted in its store");
  const file = typeof def.file === 'string' ? def.file : null;
  let content: string | null = null;
  if (file === null) f.error(path, 'needs file: (its content passed with the call) or external: true');
  else {
    content = files[file] ?? null;
    if (content === null)
      f.error(
        [...path, 'file'],
        `the content of ${file} was not given: pass it with the call (envFiles), it is not read from the server's disk`,
      );
  }
  return {
    name: typeof def.name === 'string' ? def.name : stackName(stack, composeName),
    composeName,
    external: false,
    file,
    content,
    line,
  };
}

function orderByDependencies(services: readonly ParsedService[], f: Findings): ParsedService[] {
  const { order, cycles } = dependencyOrder(
    services,
    (s) => s.composeName,
    (s) => s.dependsOn.map((d) => d.composeName),
  );
  for (const c of cycles)
    f.error(['services', c[0]!, 'depends_on'], `depends_on goes round: ${c.join(' → ')}`);
  return order;
}
