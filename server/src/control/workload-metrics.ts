import pLimit from 'p-limit';
import type { EventBus } from '../app/event-bus.js';
import type { NodeService } from '../app/nodes.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { ServiceCounts } from '../domain/orchestrator/status.js';
import { memoryUsage } from './stats-math.js';
import type { Store } from '../store/store.js';

export interface WorkloadMetricsOptions {
  /** One stats call per running task container at most this often (ms); scrapes in between reuse it. */
  statsEveryMs: number;
  /** Most running containers sampled per round (the rest keep their last figure out of the sums). */
  maxContainers: number;
}

interface Usage {
  cpuSeconds: number;
  memoryBytes: number;
}

/**
 * The workload on /metrics, read when Prometheus scrapes: per service its replicas (the reconcile
 * pass's own counts), restarts and the CPU and memory its running replicas use; per node its
 * status, capacity and reservations. Rollout durations come from the rollouts' end events,
 * reconcile durations from the loop (Reconciler's onPass). Label values are service and node
 * names, never anything a client sent.
 */
export class WorkloadMetrics {
  /** Restart tasks already counted, per service (pruned to the tasks the store still holds). */
  private readonly counted = new Map<string, Set<string>>();
  private usage = new Map<string, Usage>();
  private usageAt = 0;
  private sampling: Promise<void> | null = null;
  private collecting: Promise<void> | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: Store,
    private readonly nodes: NodeService,
    private readonly counts: (serviceId: string) => ServiceCounts | undefined,
    bus: EventBus,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly opts: WorkloadMetricsOptions,
  ) {
    this.unsubscribe = bus.subscribe((e) => {
      if ((e.kind !== 'rollout.completed' && e.kind !== 'rollout.rolled_back') || !e.serviceId) return;
      const r = this.store.services.get(e.serviceId)?.rollout;
      if (!r) return;
      const end = r.completedAt ?? e.time;
      metrics.rolloutDuration.observe(
        { outcome: e.kind === 'rollout.completed' ? 'completed' : 'rolled_back' },
        Math.max(0, (end.getTime() - r.startedAt.getTime()) / 1000),
      );
    });
  }

  stop(): void {
    this.unsubscribe();
  }

  /** Sets every workload gauge from the store and the engines; called before each scrape. */
  async collect(): Promise<void> {
    // Scrapes at once share one collection (the gauges are reset and set again by it).
    this.collecting ??= this.collectNow().finally(() => (this.collecting = null));
    await this.collecting;
  }

  private async collectNow(): Promise<void> {
    const m = this.metrics;
    const services = this.store.services.list();
    for (const g of [m.serviceReplicasDesired, m.serviceReplicasRunning, m.serviceReplicasHealthy]) g.reset();
    m.serviceCpu.reset();
    m.serviceMemory.reset();
    const live = new Set<string>();
    for (const s of services) {
      live.add(s.id);
      const c = this.counts(s.id);
      if (c) {
        m.serviceReplicasDesired.set({ service: s.name }, c.desired);
        m.serviceReplicasRunning.set({ service: s.name }, c.running);
        m.serviceReplicasHealthy.set({ service: s.name }, c.healthy);
      }
      this.countRestarts(s.id, s.name);
    }
    for (const id of this.counted.keys()) if (!live.has(id)) this.counted.delete(id);

    m.nodeUp.reset();
    for (const g of [m.nodeCapacityCpus, m.nodeCapacityMemory, m.nodeAllocatedCpus, m.nodeAllocatedMemory])
      g.reset();
    for (const n of this.store.nodes.list()) {
      const node = { node: n.name };
      m.nodeUp.set(node, n.status === 'READY' ? 1 : 0);
      m.nodeCapacityCpus.set(node, n.capacity.nanoCpus / 1e9);
      m.nodeCapacityMemory.set(node, n.capacity.memoryBytes);
      const a = this.nodes.runtimeOf(n.id).allocated;
      m.nodeAllocatedCpus.set(node, a.nanoCpus / 1e9);
      m.nodeAllocatedMemory.set(node, a.memoryBytes);
    }
    for (const s of ['READY', 'DOWN', 'UNKNOWN'])
      m.nodesByStatus.set({ status: s }, this.store.nodes.list().filter((n) => n.status === s).length);

    await this.sampleUsage();
    for (const s of services) {
      const u = this.usage.get(s.id);
      if (!u) continue;
      m.serviceCpu.set({ service: s.name }, u.cpuSeconds);
      m.serviceMemory.set({ service: s.name }, u.memoryBytes);
    }
  }

  /** A task made by the restart supervisor (its first reason says restart) counts once. */
  private countRestarts(serviceId: string, name: string): void {
    const seen = this.counted.get(serviceId) ?? new Set<string>();
    const held = new Set<string>();
    let fresh = 0;
    for (const t of this.store.tasks.byService(serviceId)) {
      held.add(t.id);
      if (seen.has(t.id) || !t.history[0]?.reason.startsWith('restart')) continue;
      seen.add(t.id);
      fresh++;
    }
    for (const id of seen) if (!held.has(id)) seen.delete(id);
    this.counted.set(serviceId, seen);
    // inc by 0 too: a service without restarts is listed at 0.
    this.metrics.serviceRestarts.inc({ service: name }, fresh);
  }

  /** One stats call per running task container (the engine driver's own timeout), at most every statsEveryMs, 8 at a time. */
  private async sampleUsage(): Promise<void> {
    if (Date.now() - this.usageAt < this.opts.statsEveryMs) return;
    this.sampling ??= this.sample().finally(() => {
      this.usageAt = Date.now();
      this.sampling = null;
    });
    await this.sampling;
  }

  private async sample(): Promise<void> {
    const nodes = new Map(this.store.nodes.list().map((n) => [n.id, n]));
    const running = this.store.tasks
      .active()
      .filter((t) => t.state === 'RUNNING' && t.containerId && nodes.get(t.nodeId ?? '')?.status === 'READY')
      .slice(0, this.opts.maxContainers);
    const limit = pLimit(8);
    const next = new Map<string, Usage>();
    await Promise.all(
      running.map((t) =>
        limit(async () => {
          const driver = this.nodes.driver(nodes.get(t.nodeId!)!);
          try {
            const s = await driver.statsOnce(t.containerId!);
            const u = next.get(t.serviceId) ?? { cpuSeconds: 0, memoryBytes: 0 };
            u.cpuSeconds += s.cpuTotalUsage / 1e9;
            u.memoryBytes += memoryUsage(s);
            next.set(t.serviceId, u);
          } catch (err) {
            this.log.debug({ err: (err as Error).message, task: t.id }, 'stats for metrics failed');
          }
        }),
      ),
    );
    this.usage = next;
  }
}
