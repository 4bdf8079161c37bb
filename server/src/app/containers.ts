import pLimit from 'p-limit';
import { NodeAvailability, NodeStatus, type Node } from '../domain/node.js';
import {
  checkName,
  bindingsCollide,
  checkEnv,
  checkHealthCheck,
  checkImageRef,
  checkLabels,
  checkMounts,
  checkPorts,
  checkResources,
  checkRestartPolicy,
  formatBinding,
  parseImageRef,
  pullableRef,
  type FieldError,
  type HealthCheckInput,
  type MountInput,
  type PortInput,
  type ResourcesInput,
  type RestartPolicyInput,
} from '@stevedore/spec-rules';
import type { EngineDriver } from '../engine/engine.js';
import { EngineError } from '../engine/errors.js';
import type { ContainerCreateSpec, ContainerDetails, ContainerSummary, LogLine } from '../engine/types.js';
import { askNodes, type Unreachable } from './fan-out.js';
import { AppError, InputErrors, fromEngineError } from './errors.js';
import type { NodeService } from './nodes.js';

/** The engine's own shapes are what this use case answers with. */
export type { ContainerDetails, ContainerSummary, LogLine, PortBinding } from '../engine/types.js';

/** Labels Stevedore reads and writes on containers. */
export const LABELS = {
  managed: 'stevedore.managed',
  kind: 'stevedore.kind',
  service: 'stevedore.service',
  task: 'stevedore.task',
  revision: 'stevedore.revision',
  cpuReservation: 'stevedore.cpu-reservation',
} as const;

export interface RunContainerArgs {
  node?: string;
  name?: string;
  image: string;
  command?: string[];
  entrypoint?: string[];
  env?: { key: string; value: string }[];
  ports?: PortInput[];
  volumes?: MountInput[];
  resources?: ResourcesInput;
  healthCheck?: HealthCheckInput;
  restartPolicy?: RestartPolicyInput;
  labels?: { key: string; value: string }[];
  /** Host privileges: the policy guard has let them through (api/auth/guard.ts). */
  privileged?: boolean;
  hostNetwork?: boolean;
  hostPid?: boolean;
  capAdd?: string[];
}

export interface ContainerListArgs {
  node?: string;
  /** Engine state names (running, exited, ...); any of them. */
  states?: string[];
  /** "key" or "key=value". */
  label?: string;
  service?: string;
  /** Substring of the name. */
  name?: string;
  /** Case-insensitive substring of the name or the image, or a prefix of the id. */
  search?: string;
}

export interface NodeContainer {
  node: Node;
  container: ContainerSummary;
}

export interface NodeContainerDetails {
  node: Node;
  details: ContainerDetails;
}

export interface ContainerServiceOptions {
  /** The engine driver's HTTP timeout: stops that may take longer are done in steps (see `stop`). */
  engineTimeoutMs: number;
}

/** Default grace before SIGKILL, as `docker stop`. */
export const DEFAULT_STOP_TIMEOUT_SEC = 10;
const MAX_STOP_TIMEOUT_SEC = 3600;
const MIN_PREFIX = 4;

/**
 * Standalone containers on any node: list and find them across the cluster, run them with every
 * input checked first (so a bad request leaves nothing behind), and drive their lifecycle.
 * Always through the engine driver; nothing here knows dockerode.
 */
export class ContainerService {
  private readonly limit = pLimit(8);

  constructor(
    private readonly nodes: NodeService,
    private readonly opts: ContainerServiceOptions,
  ) {}

  /**
   * Containers of every node (or one), asked in parallel. DOWN nodes are not asked and nodes whose
   * engine fails are skipped; both are returned in `unreachable`, so callers can tell partial answers.
   */
  async list(args: ContainerListArgs = {}): Promise<{ items: NodeContainer[]; unreachable: Unreachable[] }> {
    const targets = args.node ? [this.nodes.require(args.node, 'filter.node')] : this.nodes.list();
    const labels = [
      args.label,
      args.service !== undefined ? `${LABELS.service}=${args.service}` : undefined,
    ].filter((l): l is string => Boolean(l));
    const onlyRunning = args.states?.length === 1 && args.states[0] === 'running';
    const needle = args.search?.trim().toLowerCase();
    const { results, unreachable } = await askNodes(
      targets,
      (n) => this.nodes.driver(n),
      this.limit,
      (driver) => driver.listContainers({ all: !onlyRunning, labels }),
    );
    const items: NodeContainer[] = [];
    for (const { node, value } of results)
      for (const c of value) {
        if (args.states?.length && !args.states.includes(c.state)) continue;
        if (args.name && !c.name.includes(args.name)) continue;
        if (
          needle &&
          !c.name.toLowerCase().includes(needle) &&
          !c.image.toLowerCase().includes(needle) &&
          !c.id.startsWith(needle)
        )
          continue;
        items.push({ node, container: c });
      }
    items.sort(
      (a, b) =>
        b.container.createdAt.getTime() - a.container.createdAt.getTime() ||
        a.node.name.localeCompare(b.node.name) ||
        a.container.name.localeCompare(b.container.name),
    );
    return { items, unreachable };
  }

  /**
   * Finds a container by full id, name, or an id prefix of at least 4 characters: on `nodeRef`
   * when given, else on every reachable node. Null when none matches; CONFLICT when several do.
   */
  async find(
    ref: string,
    nodeRef?: string,
    field = 'id',
  ): Promise<(NodeContainer & { driver: EngineDriver }) | null> {
    const r = await this.lookup(ref, nodeRef, field);
    return r.match;
  }

  /** As `find`, but NOT_FOUND (naming nodes that could not be asked) when nothing matches. */
  async resolve(
    ref: string,
    nodeRef?: string,
    field = 'id',
  ): Promise<NodeContainer & { driver: EngineDriver }> {
    const { match, unreachable } = await this.lookup(ref, nodeRef, field);
    if (match) return match;
    const where = nodeRef ? ` on node "${nodeRef}"` : '';
    const unasked = unreachable.length
      ? ` (nodes not asked: ${unreachable.map((u) => `${u.node.name}: ${u.reason}`).join('; ')})`
      : '';
    throw new AppError('NOT_FOUND', `container "${ref}" not found${where}${unasked}`, { field });
  }

  private async lookup(
    ref: string,
    nodeRef: string | undefined,
    field: string,
  ): Promise<{ match: (NodeContainer & { driver: EngineDriver }) | null; unreachable: Unreachable[] }> {
    if (!ref) throw badField(field, 'must not be empty');
    let targets: Node[];
    if (nodeRef) {
      const node = this.nodes.require(nodeRef, 'node');
      this.readyDriver(node);
      targets = [node];
    } else targets = this.nodes.list();
    const { results, unreachable } = await askNodes(
      targets,
      (n) => this.nodes.driver(n),
      this.limit,
      (d) => d.listContainers({ all: true }),
    );
    if (nodeRef && unreachable[0]) throw unavailable(unreachable[0].node, unreachable[0].reason);
    const all = results.flatMap(({ node, value }) => value.map((container) => ({ node, container })));
    const lower = ref.toLowerCase();
    const byId = all.filter((c) => c.container.id === lower);
    const byName = all.filter((c) => c.container.name === ref.replace(/^\//, ''));
    const byPrefix =
      ref.length >= MIN_PREFIX && /^[0-9a-f]+$/.test(lower)
        ? all.filter((c) => c.container.id.startsWith(lower))
        : [];
    const matches = byId.length ? byId : byName.length ? byName : byPrefix;
    if (matches.length > 1) {
      const list = matches
        .map((m) => `${m.container.name} (${m.container.id.slice(0, 12)}) on ${m.node.name}`)
        .join(', ');
      throw new AppError(
        'CONFLICT',
        `"${ref}" matches ${matches.length} containers: ${list}; give the full id or the node`,
        {
          field,
        },
      );
    }
    const m = matches[0];
    return { match: m ? { ...m, driver: this.nodes.driver(m.node) } : null, unreachable };
  }

  async inspect(ref: string, nodeRef?: string): Promise<NodeContainerDetails | null> {
    const found = await this.find(ref, nodeRef);
    if (!found) return null;
    return { node: found.node, details: await this.inspectOn(found.node, found.driver, found.container.id) };
  }

  private async inspectOn(node: Node, driver: EngineDriver, id: string): Promise<ContainerDetails> {
    try {
      return await driver.inspectContainer(id);
    } catch (err) {
      throw fromEngineError(err, node.name, 'id');
    }
  }

  /** The node `run` uses when none is named: the first READY and ACTIVE one. */
  defaultNode(): Node | undefined {
    return this.nodes
      .list()
      .find((n) => n.status === NodeStatus.READY && n.availability === NodeAvailability.ACTIVE);
  }

  /**
   * Validates everything, then on the chosen node: ensures the image (pulling it if absent), refuses
   * a taken name or host port, creates and starts. A container that fails to start is removed, so a
   * failed run leaves nothing behind.
   */
  async run(args: RunContainerArgs): Promise<NodeContainerDetails> {
    const named = args.node ? this.nodes.get(args.node) : undefined;
    const target = args.node ? named : this.defaultNode();
    const errors = new InputErrors();
    const add = (list: FieldError[]) => list.forEach((e) => errors.add(e.field, e.reason));
    if (args.name !== undefined) {
      const err = checkName(args.name) ?? (args.name.length < 2 ? 'must be at least 2 characters' : null);
      if (err) errors.add('name', err);
    }
    add(checkImageRef(args.image, 'image'));
    const env = checkEnv(args.env ?? [], 'env');
    const ports = checkPorts(args.ports ?? [], 'ports');
    const mounts = checkMounts(args.volumes ?? [], 'volumes');
    const resources = checkResources(
      args.resources,
      target ? { maxCpus: target.capacity.nanoCpus / 1e9 } : {},
      'resources',
    );
    const health = args.healthCheck ? checkHealthCheck(args.healthCheck, 'healthCheck') : undefined;
    const restart = checkRestartPolicy(args.restartPolicy, 'restartPolicy');
    const labels = checkLabels(args.labels ?? [], 'labels');
    for (const c of [env, ports, mounts, resources, restart, labels]) add(c.errors);
    if (health) add(health.errors);
    errors.throwIfAny();

    let node: Node;
    if (args.node) node = this.nodes.require(args.node, 'node');
    else if (target) node = target;
    else
      throw new AppError('ENGINE_UNAVAILABLE', 'no node is READY and ACTIVE to run the container on', {
        field: 'node',
      });
    const driver = this.readyDriver(node);

    await this.ensureImage(node, driver, args.image);
    const existing = await this.engine(node, 'node', () => driver.listContainers({ all: true }));
    if (args.name) {
      const taken = existing.find((c) => c.name === args.name);
      if (taken)
        throw new AppError(
          'CONFLICT',
          `a container named "${args.name}" already exists on node ${node.name} (${taken.id.slice(0, 12)}, ${taken.state})`,
          { field: 'name', node: node.name },
        );
    }
    ports.value.forEach((p, i) => {
      if (!p.hostPort) return;
      for (const c of existing) {
        if (c.state !== 'running') continue;
        const held = c.ports.find((b) => bindingsCollide(b, p));
        if (held)
          throw new AppError(
            'CONFLICT',
            `host port ${formatBinding(p)} is already published by container "${c.name}" (${c.id.slice(0, 12)}) on node ${node.name}`,
            { field: `ports[${i}].hostPort`, node: node.name, container: c.id },
          );
      }
    });

    const r = resources.value;
    const spec: ContainerCreateSpec = {
      name: args.name,
      image: args.image,
      command: args.command,
      entrypoint: args.entrypoint,
      env: env.value,
      labels: {
        ...labels.value,
        [LABELS.managed]: 'true',
        [LABELS.kind]: 'container',
        ...(r.nanoCpusReservation ? { [LABELS.cpuReservation]: String(r.nanoCpusReservation) } : {}),
      },
      ports: ports.value,
      mounts: mounts.value,
      resources: {
        nanoCpus: r.nanoCpusLimit,
        memoryBytes: r.memoryLimitBytes,
        memoryReservationBytes: r.memoryReservationBytes,
      },
      healthCheck: health?.value,
      restartPolicy: restart.value,
      networks: [],
      privileged: args.privileged || undefined,
      capAdd: args.capAdd?.length
        ? args.capAdd.map((c) => c.trim().toUpperCase().replace(/^CAP_/, ''))
        : undefined,
      networkMode: args.hostNetwork ? 'host' : undefined,
      pidMode: args.hostPid ? 'host' : undefined,
    };
    let id: string;
    try {
      id = await driver.createContainer(spec);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'CONFLICT')
        throw new AppError('CONFLICT', err.message, { field: 'name', node: node.name });
      throw fromEngineError(err, node.name);
    }
    try {
      await driver.startContainer(id);
    } catch (err) {
      await driver.removeContainer(id, { force: true, volumes: true }).catch(() => undefined);
      throw startError(err, node, ports.value);
    }
    return { node, details: await this.inspectOn(node, driver, id) };
  }

  /** The image on the node, pulled when missing; a failed pull is the caller's input at fault. */
  private async ensureImage(node: Node, driver: EngineDriver, image: string): Promise<void> {
    try {
      await driver.inspectImage(image);
      return;
    } catch (err) {
      if (!(err instanceof EngineError && err.kind === 'NOT_FOUND'))
        throw fromEngineError(err, node.name, 'image');
    }
    const parsed = parseImageRef(image);
    try {
      await driver.pullImage(parsed.ok ? pullableRef(parsed.value) : image);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'UNAVAILABLE')
        throw fromEngineError(err, node.name, 'image');
      const why = err instanceof Error ? err.message : String(err);
      throw badField(
        'image',
        `image ${image} not found on node ${node.name} and could not be pulled: ${why}`,
        false,
      );
    }
  }

  async start(ref: string, nodeRef?: string): Promise<NodeContainerDetails> {
    const c = await this.resolve(ref, nodeRef);
    await this.startOn(c.node, c.driver, c.container.id);
    return { node: c.node, details: await this.inspectOn(c.node, c.driver, c.container.id) };
  }

  async stop(
    ref: string,
    nodeRef?: string,
    timeoutSec = DEFAULT_STOP_TIMEOUT_SEC,
  ): Promise<NodeContainerDetails> {
    checkTimeout(timeoutSec);
    const c = await this.resolve(ref, nodeRef);
    await this.stopWithin(c.node, c.driver, c.container.id, timeoutSec);
    return { node: c.node, details: await this.inspectOn(c.node, c.driver, c.container.id) };
  }

  async restart(
    ref: string,
    nodeRef?: string,
    timeoutSec = DEFAULT_STOP_TIMEOUT_SEC,
  ): Promise<NodeContainerDetails> {
    checkTimeout(timeoutSec);
    const c = await this.resolve(ref, nodeRef);
    if (this.fitsOneCall(timeoutSec))
      await this.engine(c.node, 'id', () => c.driver.restartContainer(c.container.id, timeoutSec));
    else {
      await this.stopWithin(c.node, c.driver, c.container.id, timeoutSec);
      await this.startOn(c.node, c.driver, c.container.id);
    }
    return { node: c.node, details: await this.inspectOn(c.node, c.driver, c.container.id) };
  }

  /** Removes a container; a running one only with `force` (CONFLICT otherwise). Returns the full id. */
  async remove(
    ref: string,
    nodeRef?: string,
    opts: { force?: boolean; volumes?: boolean } = {},
  ): Promise<string> {
    const c = await this.resolve(ref, nodeRef);
    try {
      await c.driver.removeContainer(c.container.id, opts);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'CONFLICT')
        throw new AppError(
          'CONFLICT',
          `container "${c.container.name}" on node ${c.node.name} cannot be removed: ${err.message}; stop it first or pass force: true`,
          { field: 'id', node: c.node.name },
        );
      throw fromEngineError(err, c.node.name, 'id');
    }
    return c.container.id;
  }

  async logs(ref: string, nodeRef?: string, opts: { tail?: number; since?: Date } = {}): Promise<LogLine[]> {
    const errors = new InputErrors();
    if (opts.tail !== undefined && (!Number.isInteger(opts.tail) || opts.tail < 0))
      errors.add('tail', `must be a whole number of at least 0 (got ${opts.tail})`);
    if (opts.since !== undefined && Number.isNaN(opts.since.getTime()))
      errors.add('since', 'must be a valid time');
    errors.throwIfAny();
    const c = await this.resolve(ref, nodeRef);
    return this.engine(c.node, 'id', () =>
      c.driver.containerLogs(c.container.id, {
        tail: opts.tail,
        since: opts.since ? Math.floor(opts.since.getTime() / 1000) : undefined,
      }),
    );
  }

  private fitsOneCall(timeoutSec: number): boolean {
    // The stop call answers only once the container is down: leave room within the HTTP timeout.
    return (timeoutSec + 2) * 1000 <= this.opts.engineTimeoutMs;
  }

  /**
   * `docker stop` semantics (SIGTERM, then SIGKILL after the timeout) that also hold when the
   * timeout outlasts the driver's HTTP timeout: then SIGTERM, poll, and a final stop with t=0.
   */
  /** Starts a container; the engine's refusal reads as the start error of `run` does. */
  private async startOn(node: Node, driver: EngineDriver, id: string): Promise<void> {
    try {
      await driver.startContainer(id);
    } catch (err) {
      throw startError(err, node, []);
    }
  }

  private async stopWithin(node: Node, driver: EngineDriver, id: string, timeoutSec: number): Promise<void> {
    if (this.fitsOneCall(timeoutSec)) {
      await this.engine(node, 'id', () => driver.stopContainer(id, timeoutSec));
      return;
    }
    try {
      await driver.killContainer(id, 'SIGTERM');
    } catch (err) {
      // 409 "is not running": already stopped, which is the goal.
      if (!(err instanceof EngineError && err.kind === 'CONFLICT'))
        throw fromEngineError(err, node.name, 'id');
      return;
    }
    const deadline = Date.now() + timeoutSec * 1000;
    while (Date.now() < deadline) {
      const d = await this.inspectOn(node, driver, id);
      if (!d.state.running) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    await this.engine(node, 'id', () => driver.stopContainer(id, 0));
  }

  private readyDriver(node: Node): EngineDriver {
    if (node.status === NodeStatus.DOWN) throw unavailable(node, node.statusMessage ?? 'the node is DOWN');
    return this.nodes.driver(node);
  }

  private async engine<T>(node: Node, field: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw fromEngineError(err, node.name, field);
    }
  }
}

function badField(field: string, reason: string, prefix = true): AppError {
  const message = prefix ? `${field}: ${reason}` : reason;
  return new AppError('BAD_USER_INPUT', message, { field, fields: [{ field, reason }] });
}

function unavailable(node: Node, detail: string): AppError {
  return new AppError('ENGINE_UNAVAILABLE', `engine of node "${node.name}" is unavailable: ${detail}`, {
    node: node.name,
    field: 'node',
  });
}

function checkTimeout(t: number): void {
  if (!Number.isInteger(t) || t < 0 || t > MAX_STOP_TIMEOUT_SEC)
    throw badField(
      'timeoutSeconds',
      `must be a whole number of seconds between 0 and ${MAX_STOP_TIMEOUT_SEC} (got ${t})`,
    );
}

/** Start failures in the caller's terms: a taken port names its field, a missing program the command. */
function startError(err: unknown, node: Node, ports: { hostPort: number }[]): Error {
  const message = err instanceof Error ? err.message : String(err);
  if (/port is already allocated|address already in use/i.test(message)) {
    const i = ports.findIndex((p) => p.hostPort && new RegExp(`:${p.hostPort}\\b`).test(message));
    return new AppError('CONFLICT', `cannot start on node ${node.name}: ${message}`, {
      field: i >= 0 ? `ports[${i}].hostPort` : 'ports',
      node: node.name,
    });
  }
  if (
    /executable file not found|no such file or directory|permission denied/i.test(message) &&
    /exec/i.test(message)
  )
    return new AppError('BAD_USER_INPUT', `cannot start on node ${node.name}: ${message}`, {
      field: 'command',
      fields: [{ field: 'command', reason: message }],
      node: node.name,
    });
  return fromEngineError(err, node.name);
}
