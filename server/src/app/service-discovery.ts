import type { DnsNames } from '../domain/dns.js';
import type { Network } from '../domain/network.js';
import type { Node } from '../domain/node.js';
import type { Service } from '../domain/service.js';
import type { Task } from '../domain/task.js';
import { withTimeout } from '../engine/timeout.js';
import type { Store } from '../store/store.js';
import { AppError, notFound } from './errors.js';
import type { NetworkManager } from './networks.js';
import type { NodeService } from './nodes.js';

/** The cluster resolver as the use cases read it (control/dns/service-dns.ts answers). */
export interface DnsView {
  nameserver(): string | null;
  /** The names as last fed to the resolver. */
  table(): DnsNames;
  health(): Promise<{ pid: number; version: number; counters: { queries: number } } | null>;
}

/** One replica of a service on a network, as the network page shows it. */
export interface NetworkEndpoint {
  serviceId: string;
  serviceName: string;
  taskId: string;
  slot: number;
  nodeId: string;
  nodeName: string;
  state: string;
  health: string;
  ip: string | null;
  /** The resolver answers the service name with this replica now. */
  inDns: boolean;
}

export interface DnsStatus {
  enabled: boolean;
  nameserver: string | null;
  serving: boolean;
  version: number | null;
  queries: number | null;
  names: number;
}

export interface ConnectivityInput {
  fromContainer?: string | null;
  fromService?: string | null;
  toService: string;
  port: number;
}

export interface ConnectivityResult {
  fromService: string;
  fromTaskId: string;
  fromContainerId: string;
  fromNode: string;
  toService: string;
  port: number;
  /** What the replica's resolver answered (via Docker's embedded DNS). */
  resolved: string[];
  resolveOk: boolean;
  resolveMs: number;
  /** What the control plane's view says the name should answer (the healthy replicas). */
  expected: string[];
  connected: boolean;
  /**
   * The median of PING_COUNT ICMP round trips, timed inside the replica, to the first address
   * resolved (a TCP connect takes one round trip); where no reply comes back (ICMP not allowed),
   * nc's time less an empty exec's.
   */
  connectMs: number;
  /** The time of an empty `docker exec` in the same container, taken off resolveMs (and connectMs without ping). */
  execOverheadMs: number;
  output: string;
  error: string | null;
}

const CHECK_TIMEOUT_MS = 15_000;
/** ICMP round trips timed for the connect latency (0.1 s apart). */
const PING_COUNT = 5;

/** The round-trip times busybox (or iputils) ping printed, ms, one per reply. */
export function pingRoundTrips(output: string): number[] {
  return [...output.matchAll(/time[=<]\s*(\d+(?:\.\d+)?)\s*ms/g)].map((m) => Number(m[1]));
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Service discovery as operators see it: each service's replicas on a network with their health
 * and whether the resolver answers them, and the connectivity check (from a replica, resolve a
 * service's name and open a TCP connection to it, with busybox nslookup and nc via exec).
 */
export class ServiceDiscovery {
  constructor(
    private readonly store: Store,
    private readonly nodes: NodeService,
    private readonly networks: NetworkManager,
    private readonly dns: DnsView | null,
  ) {}

  async status(): Promise<DnsStatus> {
    const h = this.dns ? await this.dns.health() : null;
    return {
      enabled: this.dns !== null,
      nameserver: this.dns?.nameserver() ?? null,
      serving: h !== null,
      version: h?.version ?? null,
      queries: h?.counters.queries ?? null,
      names: this.dns ? Object.keys(this.dns.table()).length : 0,
    };
  }

  /** The replicas (desired running) of the services on `n`, node by node, with their address on it. */
  async endpointsOn(n: Network): Promise<NetworkEndpoint[]> {
    const onNodes = await this.networks.onNodes(n);
    const ips = new Map<string, string>();
    for (const x of onNodes)
      for (const c of x.containers) ips.set(c.containerId, c.ipv4.replace(/\/\d+$/, ''));
    const table = this.dns?.table() ?? {};
    const out: NetworkEndpoint[] = [];
    for (const s of this.networks.usedBy(n)) {
      const answered = new Set(table[s.name.toLowerCase()] ?? []);
      for (const t of this.store.tasks.byService(s.id)) {
        if (t.desiredState !== 'RUNNING' || !t.nodeId) continue;
        const node = this.store.nodes.get(t.nodeId);
        const ip = (t.containerId && ips.get(t.containerId)) || null;
        out.push({
          serviceId: s.id,
          serviceName: s.name,
          taskId: t.id,
          slot: t.slot,
          nodeId: t.nodeId,
          nodeName: node?.name ?? t.nodeId,
          state: t.state,
          health: t.health,
          ip,
          inDns: ip !== null && answered.has(ip) && s.spec.networks[0] === n.name,
        });
      }
    }
    return out.sort(
      (a, b) =>
        a.nodeName.localeCompare(b.nodeName) || a.serviceName.localeCompare(b.serviceName) || a.slot - b.slot,
    );
  }

  /** From a replica, resolve `toService` and connect to it on `port`; the result says what happened. */
  async checkConnectivity(input: ConnectivityInput): Promise<ConnectivityResult> {
    if (!Number.isInteger(input.port) || input.port < 1 || input.port > 65535)
      throw new AppError('BAD_USER_INPUT', 'port must be a whole number from 1 to 65535', { field: 'port' });
    const to = this.store.services.get(input.toService) ?? this.store.services.findByName(input.toService);
    if (!to) throw notFound('service', input.toService, 'toService');
    const { task, node, service } = this.source(input);
    if (service.clusterId !== to.clusterId)
      throw new AppError(
        'BAD_USER_INPUT',
        `the replica's service ${service.name} is in another cluster than ${to.name}: names resolve within a cluster`,
        { field: input.fromContainer ? 'fromContainer' : 'fromService' },
      );
    const d = this.nodes.driver(node);
    const run = async (cmd: string[]) => {
      const t0 = performance.now();
      const r = await withTimeout(d.exec(task.containerId!, cmd), CHECK_TIMEOUT_MS, `${cmd[0]} timed out`);
      return { ...r, ms: performance.now() - t0 };
    };
    const base = {
      fromService: service.name,
      fromTaskId: task.id,
      fromContainerId: task.containerId!,
      fromNode: node.name,
      toService: to.name,
      port: input.port,
      expected: [...(this.dns?.table()[to.name.toLowerCase()] ?? [])],
    };
    try {
      const overhead = (await run(['true'])).ms;
      const ns = await run(['nslookup', '-type=a', to.name]);
      const resolved = [...ns.output.matchAll(/^Address:\s+(\d+\.\d+\.\d+\.\d+)\s*$/gm)].map((m) => m[1]!);
      const nc = await run(['nc', '-w', '3', to.name, String(input.port), '-e', 'true']);
      const net = (ms: number) => Math.max(0, Math.round((ms - overhead) * 10) / 10);
      const connected = nc.exitCode === 0;
      // The connect latency is timed inside the replica, where docker exec's jitter (tens of ms)
      // does not hide it: a TCP connect takes one round trip, and ping gives each one to 1 µs.
      const ping =
        connected && resolved[0]
          ? await run(['ping', '-c', String(PING_COUNT), '-i', '0.1', '-W', '2', resolved[0]])
          : null;
      const rtt = ping ? pingRoundTrips(ping.output) : [];
      return {
        ...base,
        resolved,
        resolveOk: resolved.length > 0,
        resolveMs: net(ns.ms),
        connected,
        connectMs: rtt.length ? Math.round(median(rtt) * 1000) / 1000 : net(nc.ms),
        execOverheadMs: Math.round(overhead * 10) / 10,
        output: [ns.output, nc.output, ping?.output ?? '']
          .map((o) => o.trim())
          .filter(Boolean)
          .join('\n'),
        error: !resolved.length
          ? `${to.name} did not resolve from ${service.name} on ${node.name}`
          : connected
            ? null
            : `${to.name}:${input.port} did not accept a connection from ${service.name} on ${node.name}: ${nc.output.trim() || `nc exited ${nc.exitCode}`}`,
      };
    } catch (err) {
      return {
        ...base,
        resolved: [],
        resolveOk: false,
        resolveMs: 0,
        connected: false,
        connectMs: 0,
        execOverheadMs: 0,
        output: '',
        error: `the check could not run in container ${task.containerId!.slice(0, 12)} on ${node.name}: ${(err as Error).message}`,
      };
    }
  }

  /** The replica the check runs in: a container (id, prefix or task id) or a service's first running replica. */
  private source(input: ConnectivityInput): { task: Task; node: Node; service: Service } {
    const runningOn = (t: Task | undefined) => {
      if (!t || t.state !== 'RUNNING' || !t.containerId || !t.nodeId) return null;
      const node = this.store.nodes.get(t.nodeId);
      const service = this.store.services.get(t.serviceId);
      return node && service ? { task: t, node, service } : null;
    };
    if (input.fromContainer) {
      const ref = input.fromContainer.trim();
      if (ref.length < 4)
        throw new AppError(
          'BAD_USER_INPUT',
          'fromContainer must be a container id (4 characters at least) or a task id',
          {
            field: 'fromContainer',
          },
        );
      const t =
        this.store.tasks.get(ref) ??
        this.store.tasks.byContainer(ref) ??
        this.store.tasks.active().find((x) => x.containerId?.startsWith(ref));
      const found = runningOn(t);
      if (!found)
        throw new AppError('NOT_FOUND', `no running replica has container or task ${ref}`, {
          field: 'fromContainer',
        });
      return found;
    }
    if (!input.fromService)
      throw new AppError('BAD_USER_INPUT', 'give fromContainer or fromService: where the check runs from', {
        field: 'fromService',
      });
    const from =
      this.store.services.get(input.fromService) ?? this.store.services.findByName(input.fromService);
    if (!from) throw notFound('service', input.fromService, 'fromService');
    const tasks = this.store.tasks
      .byService(from.id)
      .map(runningOn)
      .filter((x) => x !== null);
    const pick = tasks.find((x) => x.task.health === 'HEALTHY') ?? tasks[0];
    if (!pick)
      throw new AppError('CONFLICT', `service ${from.name} has no running replica to check from`, {
        field: 'fromService',
      });
    return pick;
  }
}
