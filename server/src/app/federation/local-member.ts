import type { Cluster } from '../../store/cluster.repo.js';
import type { Node } from '../../domain/node.js';
import type { Service } from '../../domain/service.js';
import { LABEL } from '../labels.js';
import type { ClusterService } from '../clusters.js';
import type { NodeService } from '../nodes.js';
import type { ServiceService } from '../services.js';
import { specToInput } from '../service-spec.js';
import {
  FEDERATION_FLEET_LABEL,
  FEDERATION_PARENT_LABEL,
  type MemberCapacity,
  type MemberCluster,
  type MemberHealth,
  type MemberServiceStatus,
  type MemberWork,
} from './member.js';

export interface LocalMemberDeps {
  clusters: Pick<ClusterService, 'get' | 'health' | 'latencyP50Ms'>;
  nodes: Pick<NodeService, 'list' | 'latencyOf' | 'allocatedTotal' | 'readyDriver'>;
  services: Pick<ServiceService, 'list' | 'create' | 'update' | 'remove' | 'view'>;
  /** Live use of the sampled containers on these nodes (app/live.ts), when anything samples them. */
  usage?: (nodeIds: Set<string>) => { usedCpus: number; usedMemoryBytes: number } | null;
  /** A node's measured load (the heartbeat's sampler: every container on the engine), percent. */
  nodeLoad?: (nodeId: string) => { cpuPercent: number; memoryPercent: number } | undefined;
  installationId: string;
  engineTimeoutMs: number;
}

/**
 * A member cluster made of engines this control plane drives itself (issue #15, item 2a). A member
 * copy is an ordinary Service of this store placed in the cluster, named NAME-CLUSTER and carrying
 * the federation labels; this control plane's reconciler runs it like any other. Its running
 * count is read from the engines themselves (containers labelled with the copy's id, running),
 * not from the store, so a move never counts a leftover container as gone.
 */
export class LocalMember implements MemberCluster {
  readonly kind = 'LOCAL' as const;
  private since = { status: '', at: new Date() };
  private readonly applied = new Map<string, string>();
  private readonly listeners = new Set<(s: MemberServiceStatus) => void>();

  constructor(
    readonly clusterId: string,
    private readonly deps: LocalMemberDeps,
  ) {}

  private cluster(): Cluster {
    const c = this.deps.clusters.get(this.clusterId);
    if (!c) throw new Error(`cluster ${this.clusterId} is gone`);
    return c;
  }

  private nodes(): Node[] {
    return this.deps.nodes.list(this.clusterId);
  }

  health(): MemberHealth {
    const h = this.deps.clusters.health(this.cluster(), this.nodes());
    if (h.status !== this.since.status) this.since = { status: h.status, at: new Date() };
    return { status: h.status, reason: h.reason, since: this.since.at };
  }

  capacity(): MemberCapacity {
    const ready = this.nodes().filter((n) => n.status === 'READY' && n.availability === 'ACTIVE');
    const cpuTotal = ready.reduce((s, n) => s + n.capacity.nanoCpus, 0);
    const memoryTotal = ready.reduce((s, n) => s + n.capacity.memoryBytes, 0);
    const alloc = this.deps.nodes.allocatedTotal(ready);
    const used = this.deps.usage?.(new Set(ready.map((n) => n.id))) ?? null;
    // The engines' measured load, weighted by node size; else what the stats hub samples.
    const loads = ready.map((n) => ({ n, l: this.deps.nodeLoad?.(n.id) })).filter((x) => x.l);
    const weighted = (
      pick: (l: { cpuPercent: number; memoryPercent: number }) => number,
      size: (n: Node) => number,
    ) => {
      const total = loads.reduce((s, x) => s + size(x.n), 0);
      return total > 0 ? loads.reduce((s, x) => s + (pick(x.l!) / 100) * size(x.n), 0) / total : null;
    };
    const cpuLoad = loads.length
      ? weighted(
          (l) => l.cpuPercent,
          (n) => n.capacity.nanoCpus,
        )
      : null;
    const memLoad = loads.length
      ? weighted(
          (l) => l.memoryPercent,
          (n) => n.capacity.memoryBytes,
        )
      : null;
    return {
      cpuTotal,
      memoryTotal,
      cpuFree: cpuTotal - alloc.nanoCpus,
      memoryFree: memoryTotal - alloc.memoryBytes,
      cpuUtilisation: cpuLoad ?? (used && cpuTotal > 0 ? (used.usedCpus * 1e9) / cpuTotal : null),
      memoryUtilisation: memLoad ?? (used && memoryTotal > 0 ? used.usedMemoryBytes / memoryTotal : null),
    };
  }

  latencyP50Ms(): number | null {
    return this.deps.clusters.latencyP50Ms(this.nodes(), (id) => this.deps.nodes.latencyOf(id));
  }

  /** The copies of this fleet in this cluster, found by their labels. */
  private copies(): Service[] {
    return this.deps.services
      .list(this.clusterId)
      .filter(
        (s) =>
          s.spec.labels[FEDERATION_FLEET_LABEL] === this.deps.installationId &&
          s.spec.labels[FEDERATION_PARENT_LABEL] !== undefined,
      );
  }

  private copyOf(federatedServiceId: string): Service | undefined {
    return this.copies().find((s) => s.spec.labels[FEDERATION_PARENT_LABEL] === federatedServiceId);
  }

  async apply(work: MemberWork): Promise<MemberServiceStatus> {
    const key = JSON.stringify(work.spec);
    let copy = this.copyOf(work.federatedServiceId);
    if (!copy) copy = await this.deps.services.create(specToInput(work.spec), 'federation', this.clusterId);
    else if (this.applied.get(work.federatedServiceId) !== key)
      copy = await this.deps.services.update(copy.id, specToInput(work.spec), 'federation');
    this.applied.set(work.federatedServiceId, key);
    const status = await this.statusOf(copy);
    for (const l of this.listeners) l(status);
    return status;
  }

  async remove(federatedServiceId: string): Promise<void> {
    const copy = this.copyOf(federatedServiceId);
    this.applied.delete(federatedServiceId);
    if (copy) this.deps.services.remove(copy.id, 'federation');
  }

  async statuses(): Promise<MemberServiceStatus[]> {
    const copies = this.copies();
    const running = await this.runningByService();
    return copies.map((c) => this.statusWith(c, running));
  }

  private async statusOf(copy: Service): Promise<MemberServiceStatus> {
    return this.statusWith(copy, await this.runningByService());
  }

  private statusWith(copy: Service, running: Map<string, number> | null): MemberServiceStatus {
    const v = this.deps.services.view(copy);
    return {
      federatedServiceId: copy.spec.labels[FEDERATION_PARENT_LABEL]!,
      memberServiceId: copy.id,
      name: copy.name,
      image: copy.spec.image,
      desired: copy.spec.replicas,
      // On the engines when they answer; the store's view when none does.
      running: running ? (running.get(copy.id) ?? 0) : v.counts.running,
      healthy: Math.min(v.counts.healthy, running ? (running.get(copy.id) ?? 0) : v.counts.running),
      rollout: copy.rollout ? { state: copy.rollout.state, message: copy.rollout.message } : null,
      observedAt: new Date(),
    };
  }

  /** Running task containers per service id on the cluster's engines (null: no engine answered). */
  private async runningByService(): Promise<Map<string, number> | null> {
    const out = new Map<string, number>();
    let answered = 0;
    await Promise.all(
      this.nodes().map(async (n) => {
        try {
          const list = await withTimeout(
            this.deps.nodes.readyDriver(n).listContainers({
              all: false,
              labels: [`${LABEL.installation}=${this.deps.installationId}`],
            }),
            this.deps.engineTimeoutMs,
          );
          answered++;
          for (const c of list) {
            const id = c.labels[LABEL.service];
            if (id && c.state === 'running') out.set(id, (out.get(id) ?? 0) + 1);
          }
        } catch {
          // A node down counts nothing: its containers cannot be reached (nor reached by clients).
        }
      }),
    );
    return answered ? out : null;
  }

  onStatus(listener: (status: MemberServiceStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
