import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Logger } from '../../logger.js';
import type { IngressView } from '../../app/ingress.js';
import type { Service } from '../../domain/service.js';
import type { Task } from '../../domain/task.js';
import type { Store } from '../../store/store.js';
import type { EndpointRegistry } from '../endpoints.js';
import type { EventBus } from '../../app/event-bus.js';
import { renderNginxConfig } from './nginx.js';
import { ServiceIngress } from './service-ingress.js';

export interface IngressOptions {
  /** Address the ingress listeners bind (127.0.0.1 by default). */
  host: string;
  failureThreshold: number;
  resetTimeoutMs: number;
  upstreamTimeoutMs: number;
  retries: number;
  /** Longest a replica being stopped waits for its requests in flight. */
  drainTimeoutMs: number;
  /** Replica lists are refreshed on events and at least this often. */
  refreshMs: number;
}

/**
 * The control plane's ingress: one ServiceIngress (listener + balancer + breakers) per service
 * whose spec has an `ingress` block, kept in step with the store (specs) and the endpoint
 * registry (healthy replicas). Its `beforeStop` hook drains a replica before the task runner
 * stops it, so a rolling update drops no request.
 */
export class Ingress {
  private readonly services = new Map<string, ServiceIngress>();
  private timer: NodeJS.Timeout | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private syncing = false;
  private again = false;
  private running = false;
  private unsubscribe: (() => void) | undefined;
  private readonly m;

  constructor(
    private readonly store: Store,
    private readonly endpoints: EndpointRegistry,
    private readonly bus: EventBus,
    registry: Registry,
    private readonly log: Logger,
    readonly opts: IngressOptions,
  ) {
    const registers = [registry];
    const services = this.services;
    this.m = {
      requests: new Counter({
        name: 'stevedore_ingress_requests_total',
        help: 'Requests through the ingress by service and status class (2xx, 4xx, 5xx; 499 = client left)',
        labelNames: ['service', 'code'] as const,
        registers,
      }),
      errors: new Counter({
        name: 'stevedore_ingress_errors_total',
        help: 'Ingress requests answered 5xx (by a replica or by the ingress itself)',
        labelNames: ['service'] as const,
        registers,
      }),
      retries: new Counter({
        name: 'stevedore_ingress_retries_total',
        help: 'Idempotent requests retried on another replica',
        labelNames: ['service'] as const,
        registers,
      }),
      duration: new Histogram({
        name: 'stevedore_ingress_request_duration_seconds',
        help: 'Ingress request latency, retries included',
        labelNames: ['service'] as const,
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers,
      }),
      breaker: new Counter({
        name: 'stevedore_ingress_breaker_transitions_total',
        help: 'Circuit breaker transitions of ingress replicas, by the state entered',
        labelNames: ['service', 'state'] as const,
        registers,
      }),
      inFlight: new Gauge({
        name: 'stevedore_ingress_in_flight',
        help: 'Ingress requests in flight',
        labelNames: ['service'] as const,
        registers,
        collect() {
          this.reset();
          for (const s of services.values()) this.set({ service: s.opts.serviceName }, s.inFlight);
        },
      }),
      backends: new Gauge({
        name: 'stevedore_ingress_replicas',
        help: 'Ingress replicas by circuit breaker state (DRAINING for replicas being stopped)',
        labelNames: ['service', 'state'] as const,
        registers,
        collect() {
          this.reset();
          for (const s of services.values()) {
            const counts: Record<string, number> = { CLOSED: 0, OPEN: 0, HALF_OPEN: 0, DRAINING: 0 };
            for (const b of s.list()) counts[b.draining ? 'DRAINING' : b.breaker.state]!++;
            for (const [state, n] of Object.entries(counts))
              this.set({ service: s.opts.serviceName, state }, n);
          }
        },
      }),
    };
  }

  start(): void {
    this.running = true;
    this.unsubscribe = this.bus.subscribe((e) => {
      if (e.kind.startsWith('ingress.') || e.kind.startsWith('autoscaler.') || e.kind.startsWith('volume.'))
        return;
      if (e.serviceId || e.kind.startsWith('node.') || e.kind.startsWith('container.')) this.soon();
    });
    this.tick();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    if (this.debounce) clearTimeout(this.debounce);
    await Promise.all([...this.services.values()].map((s) => s.close()));
    this.services.clear();
  }

  /** The TaskRunner hook: out of rotation, then wait (bounded) for the replica's requests in flight. */
  async beforeStop(task: Task): Promise<void> {
    const s = this.services.get(task.serviceId);
    if (!s) return;
    const started = Date.now();
    const left = await s.drain(task.id, this.opts.drainTimeoutMs);
    this.bus.publish({
      kind: 'ingress.drained',
      severity: left ? 'WARNING' : 'INFO',
      message: left
        ? `${s.opts.serviceName}: replica ${task.id.slice(0, 8)} drained with ${left} request(s) still in flight after ${this.opts.drainTimeoutMs} ms`
        : `${s.opts.serviceName}: replica ${task.id.slice(0, 8)} drained in ${Date.now() - started} ms`,
      serviceId: task.serviceId,
      taskId: task.id,
      data: { inFlightLeft: left, ms: Date.now() - started },
    });
  }

  view(serviceId: string): IngressView | null {
    const s = this.services.get(serviceId);
    if (!s) return null;
    return {
      serviceId,
      serviceName: s.opts.serviceName,
      port: s.port,
      listening: s.listening,
      error: s.error,
      algorithm: s.opts.algorithm,
      inFlight: s.inFlight,
      stats: s.stats.snapshot(),
      backends: s.list(),
    };
  }

  /** Requests per second through the ingress over the last `windowMs`, or null when not published. */
  requestRate(serviceId: string, windowMs: number): number | null {
    const s = this.services.get(serviceId);
    return s ? s.stats.rates(windowMs).requestRate : null;
  }

  async nginxConfig(service: Service): Promise<string | null> {
    const ingress = service.spec.ingress;
    if (!ingress) return null;
    const eps = await this.endpoints.endpoints(service, ingress.targetPort);
    return renderNginxConfig(
      service.name,
      ingress,
      eps.map((e) => ({
        address: e.address,
        port: e.port,
        comment: `task ${e.taskId.slice(0, 8)} slot ${e.slot} on ${e.nodeName}`,
      })),
      {
        failureThreshold: this.opts.failureThreshold,
        resetTimeoutMs: this.opts.resetTimeoutMs,
        upstreamTimeoutMs: this.opts.upstreamTimeoutMs,
        retries: this.opts.retries,
        listenHost: this.opts.host,
      },
    );
  }

  /** Ports other services' ingresses hold (publishService refuses them). */
  portHolder(port: number, exceptServiceId?: string): Service | undefined {
    return this.store.services.list().find((s) => s.id !== exceptServiceId && s.spec.ingress?.port === port);
  }

  /** Brings listeners and replica lists in line with the store now. */
  async sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return;
    }
    this.syncing = true;
    try {
      do {
        this.again = false;
        await this.syncOnce();
      } while (this.again && this.running);
    } catch (err) {
      this.log.error({ err }, 'ingress sync failed');
    } finally {
      this.syncing = false;
    }
  }

  private soon(): void {
    if (!this.running || this.debounce) return;
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      void this.sync();
    }, 30);
  }

  private tick(): void {
    if (!this.running) return;
    void this.sync().finally(() => {
      if (this.running) this.timer = setTimeout(() => this.tick(), this.opts.refreshMs);
    });
  }

  private async syncOnce(): Promise<void> {
    const published = this.store.services.list().filter((s) => s.spec.ingress);
    const wanted = new Set(published.map((s) => s.id));
    for (const [id, s] of this.services)
      if (!wanted.has(id)) {
        this.services.delete(id);
        await s.close();
        this.bus.publish({
          kind: 'ingress.closed',
          severity: 'INFO',
          message: `${s.opts.serviceName}: ingress on port ${s.port} closed`,
          serviceId: id,
        });
      }
    const live = new Set<string>();
    for (const t of this.store.tasks.active()) if (t.containerId) live.add(t.containerId);
    this.endpoints.prune(live);

    for (const service of published) {
      const spec = service.spec.ingress!;
      const tunables = {
        algorithm: spec.algorithm,
        breaker: {
          failureThreshold: spec.failureThreshold ?? this.opts.failureThreshold,
          resetTimeoutMs: spec.resetTimeoutMs ?? this.opts.resetTimeoutMs,
        },
        upstreamTimeoutMs: spec.upstreamTimeoutMs ?? this.opts.upstreamTimeoutMs,
        retries: this.opts.retries,
      };
      let s = this.services.get(service.id);
      if (s && s.port !== spec.port) {
        this.services.delete(service.id);
        await s.close();
        s = undefined;
      }
      if (!s) {
        s = this.open(service, tunables);
        this.services.set(service.id, s);
        try {
          await s.listen();
          this.bus.publish({
            kind: 'ingress.listening',
            severity: 'INFO',
            message: `${service.name}: ingress listening on ${this.opts.host}:${spec.port} → container port ${spec.targetPort}`,
            serviceId: service.id,
            clusterId: service.clusterId,
            data: { port: spec.port, targetPort: spec.targetPort },
          });
        } catch (err) {
          this.bus.publish({
            kind: 'ingress.failed',
            severity: 'ERROR',
            message: `${service.name}: ${(err as Error).message}`,
            serviceId: service.id,
            clusterId: service.clusterId,
          });
        }
      } else s.configure(tunables);
      if (!s.listening) continue;
      const eps = await this.endpoints.endpoints(service, spec.targetPort);
      s.setEndpoints(
        eps.map((e) => ({
          taskId: e.taskId,
          nodeId: e.nodeId,
          nodeName: e.nodeName,
          host: e.address,
          port: e.port,
        })),
      );
      s.forgetDrained(
        new Set(
          this.store.tasks
            .byService(service.id)
            .filter((t) => t.desiredState === 'RUNNING')
            .map((t) => t.id),
        ),
      );
    }
  }

  private open(service: Service, tunables: Parameters<ServiceIngress['configure']>[0]): ServiceIngress {
    const name = service.name;
    return new ServiceIngress({
      serviceId: service.id,
      serviceName: name,
      host: this.opts.host,
      port: service.spec.ingress!.port,
      ...tunables,
      maxBufferedBody: 1024 * 1024,
      onRequest: (r) => {
        const code = r.status === 499 ? '499' : `${Math.floor(r.status / 100)}xx`;
        this.m.requests.inc({ service: name, code });
        if (r.error) this.m.errors.inc({ service: name });
        if (r.retries) this.m.retries.inc({ service: name }, r.retries);
        this.m.duration.observe({ service: name }, r.latencyMs / 1000);
      },
      onBreaker: (b, t) => {
        this.m.breaker.inc({ service: name, state: t.to });
        this.bus.publish({
          kind: 'ingress.breaker',
          severity: t.to === 'OPEN' ? 'WARNING' : 'INFO',
          message: `${name}: replica ${b.taskId.slice(0, 8)} on ${b.nodeName} (${b.host}:${b.port}) breaker ${t.from} → ${t.to}: ${t.reason}`,
          serviceId: service.id,
          taskId: b.taskId,
          nodeId: b.nodeId,
          clusterId: service.clusterId,
          data: { from: t.from, to: t.to, reason: t.reason },
        });
      },
    });
  }
}
