import { randomUUID } from 'node:crypto';
import { NodeAvailability, NodeRole, NodeStatus, type Node } from '../domain/node.js';
import { checkLabelKey, checkName } from '@stevedore/spec-rules';
import { ZERO_RESOURCES, addResources, type Resources } from '../domain/resources.js';
import type { EngineDriver, EngineTlsOptions } from '../engine/engine.js';
import type { EnginePool } from '../engine/engine-pool.js';
import { parseEndpoint } from '../engine/endpoint.js';
import type { EngineInfo } from '../engine/types.js';
import type { Store } from '../store/store.js';
import { DEFAULT_CLUSTER_ID } from '../store/cluster.repo.js';
import type { EventBus } from './event-bus.js';
import type { NodeRuntime } from './node-runtime.js';
import { AppError, InputErrors, conflict, engineUnavailable, fromEngineError, notFound } from './errors.js';

export interface AddNodeArgs {
  name: string;
  endpoint: string;
  labels?: Record<string, string>;
  role?: NodeRole;
  publishAddress?: string;
  clusterId?: string;
  /** Client TLS for a tcp engine (PEM); stored encrypted. */
  tls?: EngineTlsOptions;
}

/** Where client TLS material of tcp engines is kept (encrypted: app/access/secrets.ts). */
export interface NodeTlsStore {
  check(endpoint: string, tls: EngineTlsOptions): void;
  save(nodeId: string, tls: EngineTlsOptions): void;
  remove(nodeId: string): void;
}

export interface UpdateNodeArgs {
  labels?: Record<string, string>;
  availability?: NodeAvailability;
  publishAddress?: string;
  name?: string;
}

/** Registers engines as nodes and keeps their observed facts. Resolvers and loops both use it. */
/** Round trips kept per node for its latency figure: two minutes at the default 2 s heartbeat. */
export const LATENCY_WINDOW = 60;

export class NodeService {
  private readonly runtime = new Map<string, NodeRuntime>();
  private readonly latency = new Map<string, number[]>();
  private readonly removeHooks: ((node: Node) => Promise<void>)[] = [];

  constructor(
    private readonly store: Store,
    private readonly engines: EnginePool,
    private readonly bus: EventBus,
    private readonly tlsStore?: NodeTlsStore,
  ) {}

  list(clusterId?: string): Node[] {
    return this.store.nodes.list(clusterId);
  }

  get(id: string): Node | undefined {
    return this.store.nodes.get(id) ?? this.store.nodes.findByName(id);
  }

  /** By ids, in one store query (ids only, not names; unknown ids are left out). */
  getMany(ids: readonly string[]): Node[] {
    return this.store.nodes.getMany(ids);
  }

  /** By id or name, or NOT_FOUND naming the field. */
  require(ref: string, field = 'node'): Node {
    const n = this.get(ref);
    if (!n) throw notFound('node', ref, field);
    return n;
  }

  driver(node: Node): EngineDriver {
    return this.engines.forEndpoint(node.endpoint);
  }

  /** A driver for a node that must be READY, or ENGINE_UNAVAILABLE. */
  readyDriver(node: Node): EngineDriver {
    if (node.status === NodeStatus.DOWN)
      throw engineUnavailable(node.name, node.statusMessage ?? 'the node is DOWN');
    return this.driver(node);
  }

  runtimeOf(nodeId: string): NodeRuntime {
    return (
      this.runtime.get(nodeId) ?? {
        containers: 0,
        containersRunning: 0,
        allocated: { ...ZERO_RESOURCES },
        consecutiveFailures: 0,
        lastError: null,
      }
    );
  }

  setRuntime(nodeId: string, r: NodeRuntime): void {
    this.runtime.set(nodeId, r);
  }

  /** A round trip to the node's engine (the heartbeat's ping), in ms; the newest LATENCY_WINDOW are kept. */
  recordLatency(nodeId: string, ms: number): void {
    let l = this.latency.get(nodeId);
    if (!l) this.latency.set(nodeId, (l = []));
    l.push(ms);
    if (l.length > LATENCY_WINDOW) l.splice(0, l.length - LATENCY_WINDOW);
  }

  /** The recent round trips to the node's engine, oldest first (empty before the first beat). */
  latencyOf(nodeId: string): readonly number[] {
    return this.latency.get(nodeId) ?? [];
  }

  async add(args: AddNodeArgs): Promise<Node> {
    const errors = new InputErrors();
    const nameErr = checkName(args.name);
    if (nameErr) errors.add('name', nameErr);
    try {
      parseEndpoint(args.endpoint);
    } catch (e) {
      errors.add('endpoint', (e as Error).message);
    }
    for (const k of Object.keys(args.labels ?? {})) {
      const err = checkLabelKey(k);
      if (err) errors.add('labels', err);
    }
    if (args.publishAddress !== undefined && !isIpAddress(args.publishAddress))
      errors.add('publishAddress', `"${args.publishAddress}" is not an IP address`);
    errors.throwIfAny();
    // By id or name: a cluster made by createCluster has a generated id.
    const clusterRef = args.clusterId ?? DEFAULT_CLUSTER_ID;
    const cluster = this.store.clusters.get(clusterRef);
    if (!cluster) throw notFound('cluster', clusterRef, 'clusterId');
    const clusterId = cluster.id;
    // A REMOTE cluster's engines belong to the control plane at its URL, which drives them.
    if (cluster.kind === 'REMOTE')
      throw new AppError(
        'BAD_USER_INPUT',
        `clusterId: cluster ${cluster.name} is REMOTE (another control plane runs its engines); add the node there`,
        { field: 'clusterId' },
      );
    if (this.store.nodes.findByName(args.name))
      throw conflict(`a node named "${args.name}" already exists`, 'name');
    if (args.tls) {
      if (!this.tlsStore)
        throw new AppError('BAD_USER_INPUT', 'tls: engine TLS is not available here', { field: 'tls' });
      this.tlsStore.check(args.endpoint, args.tls);
      this.engines.setTls(args.endpoint, args.tls);
    }

    const driver = this.engines.forEndpoint(args.endpoint);
    let info: EngineInfo;
    try {
      info = await driver.info();
    } catch (err) {
      this.engines.forget(args.endpoint);
      const e = fromEngineError(err, args.name, 'endpoint');
      if (e.code === 'ENGINE_UNAVAILABLE')
        throw engineUnavailable(args.name, `cannot reach ${args.endpoint}: ${e.message}`);
      throw e;
    }
    const existing = this.store.nodes.findByEngineId(info.id);
    if (existing)
      throw conflict(`engine ${info.id} is already registered as node "${existing.name}"`, 'endpoint');

    const node: Node = {
      id: randomUUID(),
      clusterId,
      name: args.name,
      endpoint: args.endpoint,
      engineId: info.id,
      role: args.role ?? NodeRole.WORKER,
      status: NodeStatus.READY,
      statusMessage: null,
      availability: NodeAvailability.ACTIVE,
      labels: args.labels ?? {},
      platform: { os: info.osType, arch: info.arch },
      capacity: { nanoCpus: info.cpus * 1e9, memoryBytes: info.memoryBytes },
      engineVersion: info.serverVersion,
      hostname: info.hostname,
      publishAddress: args.publishAddress ?? '127.0.0.1',
      lastSeenAt: new Date(),
      createdAt: new Date(),
    };
    this.store.nodes.insert(node);
    if (args.tls) this.tlsStore?.save(node.id, args.tls);
    this.bus.publish({
      kind: 'node.added',
      severity: 'INFO',
      message: `node ${node.name} added (${info.serverVersion}, ${info.cpus} CPUs)`,
      clusterId,
      nodeId: node.id,
    });
    return node;
  }

  update(ref: string, args: UpdateNodeArgs): Node {
    const node = this.require(ref, 'id');
    const errors = new InputErrors();
    for (const k of Object.keys(args.labels ?? {})) {
      const err = checkLabelKey(k);
      if (err) errors.add('labels', err);
    }
    if (args.name !== undefined) {
      const err = checkName(args.name);
      if (err) errors.add('name', err);
    }
    if (args.publishAddress !== undefined && !isIpAddress(args.publishAddress))
      errors.add('publishAddress', `"${args.publishAddress}" is not an IP address`);
    errors.throwIfAny();
    if (args.name !== undefined && args.name !== node.name && this.store.nodes.findByName(args.name))
      throw conflict(`a node named "${args.name}" already exists`, 'name');

    const before = node.availability;
    const updated: Node = {
      ...node,
      name: args.name ?? node.name,
      labels: args.labels ?? node.labels,
      availability: args.availability ?? node.availability,
      publishAddress: args.publishAddress ?? node.publishAddress,
    };
    this.store.nodes.update(updated);
    if (before !== updated.availability) {
      this.bus.publish({
        kind: updated.availability === 'DRAIN' ? 'node.drained' : 'node.availability',
        severity: 'INFO',
        message: `node ${updated.name} availability ${before} → ${updated.availability}`,
        clusterId: updated.clusterId,
        nodeId: updated.id,
        data: { from: before, to: updated.availability },
      });
    }
    return updated;
  }

  /** Runs before a node is forgotten, while its engine is still reachable (the network fabric's teardown). */
  onRemove(hook: (node: Node) => Promise<void>): void {
    this.removeHooks.push(hook);
  }

  async remove(ref: string): Promise<Node> {
    const node = this.require(ref, 'id');
    for (const hook of this.removeHooks)
      await hook(node).catch((err: unknown) =>
        this.bus.publish({
          kind: 'node.cleanup_failed',
          severity: 'WARNING',
          message: `node ${node.name}: cleaning up before removal failed: ${(err as Error).message}`,
          clusterId: node.clusterId,
          nodeId: node.id,
        }),
      );
    this.store.nodes.delete(node.id);
    this.tlsStore?.remove(node.id);
    this.runtime.delete(node.id);
    this.engines.forget(node.endpoint);
    this.bus.publish({
      kind: 'node.removed',
      severity: 'INFO',
      message: `node ${node.name} removed`,
      clusterId: node.clusterId,
      nodeId: node.id,
    });
    return node;
  }

  /** Registers the local engine as the first node, unless some node already has that engine. */
  async ensureLocalNode(endpoint: string, name: string): Promise<Node | null> {
    const driver = this.engines.forEndpoint(endpoint);
    const info = await driver.info();
    const existing = this.store.nodes.findByEngineId(info.id);
    if (existing) return existing;
    let nodeName = name;
    for (let i = 2; this.store.nodes.findByName(nodeName); i++) nodeName = `${name}-${i}`;
    return this.add({ name: nodeName, endpoint, role: NodeRole.MANAGER });
  }

  /** Heartbeat outcome: refreshes facts, flips READY/DOWN and says so on the bus. */
  recordBeat(
    node: Node,
    result: { ok: true; info: EngineInfo } | { ok: false; error: string },
    graceMs: number,
    now: Date,
  ): Node {
    const fresh = this.store.nodes.get(node.id);
    if (!fresh) return node;
    let next: Node;
    if (result.ok) {
      next = {
        ...fresh,
        status: NodeStatus.READY,
        statusMessage: null,
        lastSeenAt: now,
        engineVersion: result.info.serverVersion,
        hostname: result.info.hostname,
        platform: { os: result.info.osType, arch: result.info.arch },
        capacity: { nanoCpus: result.info.cpus * 1e9, memoryBytes: result.info.memoryBytes },
      };
      if (fresh.engineId && fresh.engineId !== result.info.id) {
        // A different engine now answers at this endpoint: that is not the node we registered.
        next = {
          ...fresh,
          status: NodeStatus.DOWN,
          statusMessage: `engine at ${fresh.endpoint} changed identity to ${result.info.id}`,
        };
      }
    } else {
      const silentFor = fresh.lastSeenAt ? now.getTime() - fresh.lastSeenAt.getTime() : Infinity;
      const status =
        silentFor >= graceMs
          ? NodeStatus.DOWN
          : fresh.status === NodeStatus.DOWN
            ? NodeStatus.DOWN
            : fresh.status;
      next = { ...fresh, status, statusMessage: result.error };
    }
    this.store.nodes.update(next);
    if (fresh.status !== next.status) {
      const up = next.status === NodeStatus.READY;
      this.bus.publish({
        kind: up ? 'node.up' : 'node.down',
        severity: up ? 'INFO' : 'ERROR',
        message: up ? `node ${next.name} is READY` : `node ${next.name} is DOWN: ${next.statusMessage ?? ''}`,
        clusterId: next.clusterId,
        nodeId: next.id,
      });
    }
    return next;
  }

  allocatedTotal(nodes: Node[]): Resources {
    return nodes.reduce((acc, n) => addResources(acc, this.runtimeOf(n.id).allocated), { ...ZERO_RESOURCES });
  }
}

function isIpAddress(s: string): boolean {
  return (
    (/^(\d{1,3})(\.\d{1,3}){3}$/.test(s) && s.split('.').every((p) => Number(p) <= 255)) ||
    (/^[0-9a-fA-F:]+$/.test(s) && s.includes(':'))
  );
}
