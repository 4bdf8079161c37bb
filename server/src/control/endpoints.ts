import type { Logger } from '../logger.js';
import type { ServiceEndpoint } from '../app/ingress.js';
import type { Node } from '../domain/node.js';
import { isReady } from '../domain/orchestrator/index.js';
import type { Service } from '../domain/service.js';
import type { Task } from '../domain/task.js';
import type { EngineDriver } from '../engine/engine.js';
import type { PortBinding } from '../engine/types.js';
import type { Store } from '../store/store.js';
import { withTimeout } from '../engine/timeout.js';

interface Facts {
  ports: PortBinding[];
  networks: { name: string; ip: string }[];
}

const isWildcard = (ip: string) => ip === '' || ip === '0.0.0.0' || ip === '::';

/**
 * Service discovery: the healthy replicas of a service (running, desired running, and healthy
 * when the service has a health check), with their published port and their address on the
 * service's networks. Engine facts (port bindings, IPs) are read once per container and cached.
 */
export class EndpointRegistry {
  private readonly facts = new Map<string, Facts>();
  private readonly pending = new Map<string, Promise<Facts | null>>();

  constructor(
    private readonly store: Store,
    private readonly driverFor: (node: Node) => EngineDriver,
    private readonly log: Logger,
    private readonly timeoutMs = 5000,
  ) {}

  /** Tasks that should receive traffic now. */
  readyTasks(service: Service): Task[] {
    return this.store.tasks
      .byService(service.id)
      .filter(
        (t) =>
          t.desiredState === 'RUNNING' && t.containerId && t.nodeId && isReady(t, this.specOf(service, t)),
      );
  }

  /** Healthy endpoints of `service` for `containerPort` (default: its ingress target, else its first TCP port). */
  async endpoints(service: Service, containerPort?: number): Promise<ServiceEndpoint[]> {
    const port =
      containerPort ??
      service.spec.ingress?.targetPort ??
      service.spec.ports.find((p) => p.protocol === 'tcp')?.containerPort;
    const tasks = this.readyTasks(service);
    const out = await Promise.all(
      tasks.map(async (t): Promise<ServiceEndpoint | null> => {
        const node = this.store.nodes.get(t.nodeId!);
        if (!node || node.status === 'DOWN') return null;
        const f = await this.factsOf(node, t.containerId!);
        if (!f) return null;
        const binding =
          port === undefined
            ? undefined
            : f.ports.find((b) => b.containerPort === port && b.protocol === 'tcp');
        if (!binding) return null;
        const spec = this.specOf(service, t);
        const network = spec.networks[0] ?? null;
        return {
          taskId: t.id,
          slot: t.slot,
          revision: t.revision,
          nodeId: node.id,
          nodeName: node.name,
          address: isWildcard(binding.hostIp) ? node.publishAddress : binding.hostIp,
          port: binding.hostPort,
          containerPort: binding.containerPort,
          containerIp: network ? (f.networks.find((n) => n.name === network)?.ip ?? null) : null,
          network,
          networks: f.networks,
        };
      }),
    );
    return out
      .filter((e): e is ServiceEndpoint => e !== null)
      .sort((a, b) => a.slot - b.slot || a.nodeName.localeCompare(b.nodeName));
  }

  /** Healthy replicas with their address on each network (no published port needed: the DNS serves these). */
  async replicaNetworks(
    service: Service,
  ): Promise<{ task: Task; node: Node; networks: { name: string; ip: string }[] }[]> {
    const out = await Promise.all(
      this.readyTasks(service).map(async (task) => {
        const node = this.store.nodes.get(task.nodeId!);
        if (!node || node.status === 'DOWN') return null;
        const f = await this.factsOf(node, task.containerId!);
        return f ? { task, node, networks: f.networks } : null;
      }),
    );
    return out.filter((x) => x !== null);
  }

  /** Drops cached facts of containers no longer in `live`. */
  prune(live: ReadonlySet<string>): void {
    for (const id of this.facts.keys()) if (!live.has(id)) this.facts.delete(id);
  }

  private specOf(service: Service, t: Task) {
    return t.revision === service.currentRevision
      ? service.spec
      : (this.store.services.revision(service.id, t.revision)?.spec ?? service.spec);
  }

  private factsOf(node: Node, containerId: string): Promise<Facts | null> {
    const cached = this.facts.get(containerId);
    if (cached) return Promise.resolve(cached);
    let p = this.pending.get(containerId);
    if (!p) {
      p = withTimeout(
        this.driverFor(node).inspectContainer(containerId),
        this.timeoutMs,
        `inspect ${containerId.slice(0, 12)} timed out`,
      )
        .then((d) => {
          // Ports are bound once the container runs; before that there is nothing to cache.
          if (!d.state.running) return null;
          const f: Facts = {
            ports: d.ports,
            // A network without an address (the container stopping, or disconnected) is no way to it.
            networks: d.networks.filter((n) => n.ipAddress).map((n) => ({ name: n.name, ip: n.ipAddress })),
          };
          // Cached only when complete: facts read while an address is missing are read again next
          // time, so that the replica joins once it has one (cached, it would stay out for good).
          if (f.networks.length === d.networks.length) this.facts.set(containerId, f);
          return f;
        })
        .catch((err: unknown) => {
          this.log.debug(
            { container: containerId.slice(0, 12), err: (err as Error).message },
            'endpoint inspect failed',
          );
          return null;
        })
        .finally(() => this.pending.delete(containerId));
      this.pending.set(containerId, p);
    }
    return p;
  }
}
