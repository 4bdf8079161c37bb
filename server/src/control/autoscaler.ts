import type { Logger } from '../logger.js';
import type { NodeService } from '../app/nodes.js';
import type { AutoscaleRecord } from '../app/autoscale.js';
import type { ServiceService } from '../app/services.js';
import { decide, type MetricValues, type Recommendation } from '../domain/autoscaler.js';
import { isReady } from '../domain/orchestrator/index.js';
import type { Service } from '../domain/service.js';
import type { Store } from '../store/store.js';
import type { EventBus } from '../app/event-bus.js';
import type { StatsHub } from './stats-hub.js';

/** How many of `desired` replicas the environment's quota allows (see QuotaService.replicasWithin). */
export type QuotaCap = (
  service: Service,
  desired: number,
) => Promise<{ replicas: number; reason: string | null }>;

export interface AutoscalerOptions {
  intervalMs: number;
  /** Scale-ups stop at the environment's quota instead of failing (absent: no quotas). */
  quotaCap?: QuotaCap;
}

export type { AutoscaleRecord };

interface ServiceState {
  history: Recommendation[];
  lastScaleAt: number | null;
  lastReason: string | null;
  decisions: AutoscaleRecord[];
  metrics: MetricValues;
}

/**
 * The autoscaling loop: every interval, for each service with an `autoscale` block, samples its
 * ready replicas (CPU and memory from the shared StatsHub streams, request rate from the
 * ingress), asks the pure `decide` for a replica count and applies it through the service layer
 * (a scale revision, as scaleService). Every decision that scales, and every change of reason
 * while holding, is an `autoscaler.decision` event with its inputs.
 */
export class Autoscaler {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly state = new Map<string, ServiceState>();
  /** containerId → stop watching. */
  private readonly watches = new Map<string, () => void>();

  constructor(
    private readonly store: Store,
    private readonly nodes: NodeService,
    private readonly services: ServiceService,
    private readonly stats: StatsHub,
    private readonly requestRate: (serviceId: string, windowMs: number) => number | null,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly opts: AutoscalerOptions,
  ) {}

  start(): void {
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    for (const stop of this.watches.values()) stop();
    this.watches.clear();
  }

  /** The last decisions (newest first) and metrics of a service. */
  status(serviceId: string): {
    decisions: AutoscaleRecord[];
    metrics: MetricValues;
    lastScaleAt: Date | null;
  } {
    const s = this.state.get(serviceId);
    return {
      decisions: s ? [...s.decisions].reverse() : [],
      metrics: s?.metrics ?? {},
      lastScaleAt: s?.lastScaleAt ? new Date(s.lastScaleAt) : null,
    };
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.round(Date.now())
        .catch((err: unknown) => this.log.error({ err }, 'autoscaler round failed'))
        .finally(() => this.schedule());
    }, this.opts.intervalMs);
  }

  /** One evaluation of every autoscaled service (exposed for tests). */
  async round(now: number): Promise<void> {
    const services = this.store.services
      .list()
      .filter((s) => s.spec.autoscale && s.spec.mode === 'REPLICATED');
    const keep = new Set<string>();
    for (const service of services) {
      const { values, measured, containers } = this.sample(service);
      for (const c of containers) keep.add(c);
      await this.evaluate(service, values, measured, now);
    }
    for (const [id, stop] of this.watches)
      if (!keep.has(id)) {
        stop();
        this.watches.delete(id);
      }
    for (const id of this.state.keys()) if (!services.some((s) => s.id === id)) this.state.delete(id);
  }

  private sample(service: Service): { values: MetricValues; measured: number; containers: string[] } {
    const spec = service.spec;
    const ready = this.store.tasks
      .byService(service.id)
      .filter((t) => t.desiredState === 'RUNNING' && t.containerId && t.nodeId && isReady(t, spec));
    const cpuBase = (spec.limits.nanoCpus || spec.reservations.nanoCpus || 1e9) / 1e9;
    const memBase = spec.limits.memoryBytes || spec.reservations.memoryBytes || 0;
    let cpu = 0;
    let mem = 0;
    let measured = 0;
    const containers: string[] = [];
    for (const t of ready) {
      const id = t.containerId!;
      containers.push(id);
      if (!this.watches.has(id)) {
        const node = this.nodes.get(t.nodeId!);
        if (!node) continue;
        const stop = this.stats.watch(
          { containerId: id, nodeId: node.id, name: id.slice(0, 12), driver: this.nodes.driver(node) },
          () => {},
          () => this.watches.delete(id),
        );
        this.watches.set(id, stop);
      }
      const s = this.stats.latest(id);
      if (!s) continue;
      measured++;
      cpu += s.cpuPercent / cpuBase;
      const limit = memBase || s.memoryLimitBytes;
      mem += limit ? (s.memoryUsageBytes / limit) * 100 : 0;
    }
    const rate =
      spec.autoscale?.targetRequestRate != null
        ? this.requestRate(service.id, Math.max(this.opts.intervalMs, 5000))
        : null;
    return {
      values: {
        cpu: measured ? cpu / measured : null,
        memory: measured ? mem / measured : null,
        requestRate: rate !== null && ready.length ? rate / ready.length : null,
      },
      measured,
      containers,
    };
  }

  private async evaluate(
    service: Service,
    metrics: MetricValues,
    measured: number,
    now: number,
  ): Promise<void> {
    const spec = service.spec.autoscale!;
    let st = this.state.get(service.id);
    if (!st)
      this.state.set(
        service.id,
        (st = { history: [], lastScaleAt: null, lastReason: null, decisions: [], metrics: {} }),
      );
    st.metrics = metrics;
    let d = decide({
      spec,
      current: service.spec.replicas,
      metrics,
      history: st.history,
      now,
      lastScaleAt: st.lastScaleAt,
    });
    st.history = d.history;
    if (d.action === 'SCALE_UP' && this.opts.quotaCap) {
      // Grow as far as the quota allows: a partial step beats a refused one.
      const cap = await this.opts.quotaCap(service, d.desired).catch((err: unknown) => ({
        replicas: d.current,
        reason: `quota not checked: ${(err as Error).message}`,
      }));
      if (cap.replicas < d.desired)
        d =
          cap.replicas > d.current
            ? { ...d, desired: cap.replicas, reason: `${d.reason}; ${cap.reason}` }
            : { ...d, action: 'HOLD', desired: d.current, reason: `${d.reason}; ${cap.reason}` };
    }
    let applied = false;
    if (d.action !== 'HOLD') {
      try {
        this.services.scale(service.id, d.desired, 'autoscaler');
        st.lastScaleAt = now;
        applied = true;
      } catch (err) {
        this.log.warn({ service: service.name, err: (err as Error).message }, 'autoscaler could not scale');
      }
    }
    const record: AutoscaleRecord = { ...d, at: new Date(now), measured, applied };
    st.decisions.push(record);
    if (st.decisions.length > 50) st.decisions.shift();
    // Holds are announced when their reason changes (not every round); every scale is announced.
    const reasonKey = d.action === 'HOLD' ? d.reason.replace(/[\d.]+/g, '#') : null;
    if (d.action === 'HOLD' && reasonKey === st.lastReason) return;
    st.lastReason = reasonKey;
    this.bus.publish({
      kind: 'autoscaler.decision',
      severity: 'INFO',
      message: `${service.name}: ${d.action === 'HOLD' ? 'hold' : d.action === 'SCALE_UP' ? 'scale up' : 'scale down'}: ${d.reason}`,
      serviceId: service.id,
      clusterId: service.clusterId,
      data: {
        action: d.action,
        metric: d.metric,
        value: d.value,
        target: d.target,
        current: d.current,
        desired: d.desired,
        recommended: d.recommended,
        reason: d.reason,
        measured,
        applied,
        metrics,
        proposals: d.proposals,
      },
    });
  }
}
