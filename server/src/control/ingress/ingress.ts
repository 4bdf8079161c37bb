import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Logger } from '../../logger.js';
import { INGRESS_RECENT_MS, type IngressView } from '../../app/ingress.js';
import type { Service } from '../../domain/service.js';
import type { Task } from '../../domain/task.js';
import type { Store } from '../../store/store.js';
import type { EndpointRegistry } from '../endpoints.js';
import type { EventBus } from '../../app/event-bus.js';
import { trafficSplit } from '../../domain/orchestrator/progressive.js';
import { routesOf, type RouteEntry } from '../../domain/ingress-routes.js';
import { parseTlsPem } from '../../domain/ingress-tls.js';
import type { RevisionCounters } from '../../domain/service.js';
import { PortListener, type ListenerCert } from './listener.js';
import { renderNginxConfig } from './nginx.js';
import { ServiceIngress } from './service-ingress.js';
import { CoalescedPass } from '../coalesced-pass.js';

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

/** The PEM text (certificate chain and private key) of a service's TLS secret. */
export type TlsSecretReader = (service: Service, secretName: string) => string;

/** Per-revision metric series kept for revisions no replica runs any more (the newest ones). */
const KEEP_GONE_REVISIONS = 2;
const CODES = ['1xx', '2xx', '3xx', '4xx', '5xx', '499'];

/**
 * The control plane's ingress: one PortListener per ingress port (HTTP, or HTTPS with each
 * service's certificate by SNI) routing by host and path prefix to one ServiceIngress (balancer,
 * breakers, active probe) per service whose spec has an `ingress` block, kept in step with the
 * store (specs, rollouts) and the endpoint registry (healthy replicas). Its `beforeStop` hook
 * drains a replica before the task runner stops it, so a rolling update drops no request.
 *
 * Traffic split: each sync gives a service's balancer the split of its rollout
 * (`trafficSplit(service.rollout)`, domain/orchestrator/progressive.ts: the canary revision's
 * weight %, every other revision the rest); `revisionCounters(serviceId)` are the cumulative
 * per-revision counters the canary analysis diffs (RevisionCounterSource of control/progressive.ts),
 * `revisionStats` the per-revision view of the API. Call `sync()` after changing a rollout's
 * weight for it to apply at once (the bus event of the change does it too, within ~30 ms).
 */
export class Ingress {
  private readonly services = new Map<string, ServiceIngress>();
  private readonly listeners = new Map<number, PortListener>();
  /** One sync at a time, a burst of events folded into one, and the periodic safety net. */
  private readonly pass: CoalescedPass;
  private unsubscribe: (() => void) | undefined;
  private readonly m;
  /** Why a service's ingress does not serve (its listener's error aside), by service id. */
  private readonly errors = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly endpoints: EndpointRegistry,
    private readonly bus: EventBus,
    registry: Registry,
    private readonly log: Logger,
    readonly opts: IngressOptions,
    private readonly tlsSecret: TlsSecretReader = () => {
      throw new Error('no secret reader configured');
    },
  ) {
    this.pass = new CoalescedPass(() => this.syncOnce(), {
      debounceMs: 30,
      intervalMs: opts.refreshMs,
      onError: (err) => this.log.error({ err }, 'ingress sync failed'),
    });
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
      revisionRequests: new Counter({
        name: 'stevedore_ingress_revision_requests_total',
        help: 'Requests through the ingress by service, revision of the replica that answered, and status class',
        labelNames: ['service', 'revision', 'code'] as const,
        registers,
      }),
      revisionDuration: new Histogram({
        name: 'stevedore_ingress_revision_request_duration_seconds',
        help: 'Ingress request latency by service and revision of the replica that answered (retries included)',
        labelNames: ['service', 'revision'] as const,
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers,
      }),
      upgrades: new Counter({
        name: 'stevedore_ingress_upgrades_total',
        help: 'HTTP/1.1 Upgrade (WebSocket) requests through the ingress, by the answer class (101 = tunnel opened)',
        labelNames: ['service', 'code'] as const,
        registers,
      }),
      probes: new Counter({
        name: 'stevedore_ingress_probe_transitions_total',
        help: 'Active health probe transitions of ingress replicas (UP, DOWN)',
        labelNames: ['service', 'state'] as const,
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
        help: 'Ingress replicas by circuit breaker state (DRAINING for replicas being stopped, PROBE_DOWN for those the active probe took out)',
        labelNames: ['service', 'state'] as const,
        registers,
        collect() {
          this.reset();
          for (const s of services.values()) {
            const counts: Record<string, number> = {
              CLOSED: 0,
              OPEN: 0,
              HALF_OPEN: 0,
              DRAINING: 0,
              PROBE_DOWN: 0,
            };
            for (const b of s.list())
              counts[b.draining ? 'DRAINING' : b.probeDown ? 'PROBE_DOWN' : b.breaker.state]!++;
            for (const [state, n] of Object.entries(counts))
              this.set({ service: s.opts.serviceName, state }, n);
          }
        },
      }),
    };
  }

  start(): void {
    this.unsubscribe = this.bus.subscribe((e) => {
      if (e.kind.startsWith('ingress.') || e.kind.startsWith('autoscaler.') || e.kind.startsWith('volume.'))
        return;
      if (e.serviceId || e.kind.startsWith('node.') || e.kind.startsWith('container.')) this.pass.soon();
    });
    this.pass.start();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.pass.stop();
    await Promise.all([...this.services.values()].map((s) => s.close()));
    await Promise.all([...this.listeners.values()].map((l) => l.close()));
    this.services.clear();
    this.listeners.clear();
  }

  /** The canary analysis' source: cumulative counters by revision; null when not published. */
  revisionCounters(serviceId: string): ReadonlyMap<number, RevisionCounters> | null {
    return this.services.get(serviceId)?.revisionCounters() ?? null;
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
    const spec = this.store.services.get(serviceId)?.spec.ingress;
    const l = spec ? this.listeners.get(spec.port) : undefined;
    return {
      serviceId,
      serviceName: s.opts.serviceName,
      port: spec?.port ?? 0,
      listening: !!l?.listening,
      error: this.errors.get(serviceId) ?? l?.error ?? null,
      algorithm: s.opts.algorithm,
      tls: !!spec?.tls,
      routes: spec ? routesOf(spec) : [],
      inFlight: s.inFlight,
      stats: s.stats.snapshot(),
      recent: s.stats.window(INGRESS_RECENT_MS),
      revisions: s.revisionStats(60_000),
      backends: s.list().map((b) => ({ ...b, recent: b.stats.window(INGRESS_RECENT_MS) })),
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

  /** Brings listeners and replica lists in line with the store now. */
  sync(): Promise<void> {
    return this.pass.run();
  }

  private async syncOnce(): Promise<void> {
    const published = this.store.services.list().filter((s) => s.spec.ingress);
    const wanted = new Set(published.map((s) => s.id));
    for (const [id, s] of this.services)
      if (!wanted.has(id)) {
        this.services.delete(id);
        this.errors.delete(id);
        await s.close();
        this.forgetSeries(s.opts.serviceName, s.forgetRevisions(0));
        this.bus.publish({
          kind: 'ingress.closed',
          severity: 'INFO',
          message: `${s.opts.serviceName}: ingress closed`,
          serviceId: id,
        });
      }
    this.endpoints.prune(new Set(this.store.tasks.activeContainerIds()));

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
        probe: spec.probe ?? null,
        tls: !!spec.tls,
      };
      let s = this.services.get(service.id);
      if (!s) {
        s = this.open(service, tunables);
        this.services.set(service.id, s);
      } else s.configure(tunables);
      const split = trafficSplit(service.rollout);
      s.setSplit(split ? { revision: split.canaryRevision, weight: split.weight } : null);
    }
    await this.syncListeners(published);

    for (const service of published) {
      const spec = service.spec.ingress!;
      const s = this.services.get(service.id)!;
      if (!this.listeners.get(spec.port)?.listening) continue;
      const eps = await this.endpoints.endpoints(service, spec.targetPort);
      s.setEndpoints(
        eps.map((e) => ({
          taskId: e.taskId,
          revision: e.revision,
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
      this.forgetSeries(service.name, s.forgetRevisions(KEEP_GONE_REVISIONS));
    }
  }

  /** Per-revision metric series of revisions forgotten (labels stay bounded). */
  private forgetSeries(service: string, revisions: readonly number[]): void {
    for (const r of revisions) {
      const revision = String(r);
      this.m.revisionDuration.remove({ service, revision });
      for (const code of CODES) this.m.revisionRequests.remove({ service, revision, code });
    }
  }

  /**
   * One listener per port in use, HTTP or HTTPS as its services say, with their routes and
   * certificates; a port whose TLS-ness changed is reopened. Admission keeps the services of a
   * port agreeing (routeConflict); should stored specs disagree, the oldest service's TLS wins and
   * the others are left out of the table with an error.
   */
  private async syncListeners(published: readonly Service[]): Promise<void> {
    const byPort = new Map<number, Service[]>();
    for (const svc of [...published].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
      byPort.set(svc.spec.ingress!.port, [...(byPort.get(svc.spec.ingress!.port) ?? []), svc]);
    for (const [port, l] of this.listeners)
      if (!byPort.has(port)) {
        this.listeners.delete(port);
        await l.close();
      }
    for (const [port, services] of byPort) {
      const tlsOn = !!services[0]!.spec.ingress!.tls;
      const table: RouteEntry<ServiceIngress>[] = [];
      const certs: ListenerCert[] = [];
      for (const svc of services) {
        const spec = svc.spec.ingress!;
        this.errors.delete(svc.id);
        if (!!spec.tls !== tlsOn) {
          this.fail(
            svc,
            `port ${port} is ${tlsOn ? 'TLS' : 'plain HTTP'} for service ${services[0]!.name}; this service's tls setting differs`,
          );
          continue;
        }
        if (spec.tls) {
          const cert = this.certificate(svc, spec.tls.secret);
          if (!cert) continue;
          certs.push({ hosts: routesOf(spec).map((r) => r.host), ...cert });
        }
        for (const route of routesOf(spec)) table.push({ route, target: this.services.get(svc.id)! });
      }
      let l = this.listeners.get(port);
      if (l && l.tlsOn !== tlsOn) {
        this.listeners.delete(port);
        await l.close();
        l = undefined;
      }
      if (tlsOn && !certs.length) {
        if (l) {
          this.listeners.delete(port);
          await l.close();
        }
        continue;
      }
      if (!l) {
        l = new PortListener(this.opts.host, port, tlsOn);
        this.listeners.set(port, l);
        try {
          if (tlsOn) l.setCertificates(certs);
          await l.listen(certs[0]);
          for (const svc of services)
            this.bus.publish({
              kind: 'ingress.listening',
              severity: 'INFO',
              message: `${svc.name}: ingress listening on ${tlsOn ? 'https' : 'http'}://${this.opts.host}:${port} (${routesOf(
                svc.spec.ingress!,
              )
                .map((r) => `${r.host ?? '*'}${r.pathPrefix}`)
                .join(', ')}) → container port ${svc.spec.ingress!.targetPort}`,
              serviceId: svc.id,
              clusterId: svc.clusterId,
              data: { port, targetPort: svc.spec.ingress!.targetPort, tls: tlsOn },
            });
        } catch (err) {
          for (const svc of services) this.fail(svc, (err as Error).message);
          continue;
        }
      } else if (tlsOn) l.setCertificates(certs);
      l.setRoutes(table);
    }
  }

  /** The certificate and key of a TLS secret, or null (with the reason published) when unusable. */
  private certificate(svc: Service, secret: string): { cert: string; key: string } | null {
    try {
      const parsed = parseTlsPem(this.tlsSecret(svc, secret));
      if ('reason' in parsed) throw new Error(`secret ${secret} ${parsed.reason}`);
      return { cert: parsed.material.cert, key: parsed.material.key };
    } catch (err) {
      this.fail(svc, `TLS: ${(err as Error).message}`);
      return null;
    }
  }

  private fail(svc: Service, message: string): void {
    if (this.errors.get(svc.id) === message) return;
    this.errors.set(svc.id, message);
    this.bus.publish({
      kind: 'ingress.failed',
      severity: 'ERROR',
      message: `${svc.name}: ${message}`,
      serviceId: svc.id,
      clusterId: svc.clusterId,
    });
  }

  private open(service: Service, tunables: Parameters<ServiceIngress['configure']>[0]): ServiceIngress {
    const name = service.name;
    return new ServiceIngress({
      serviceId: service.id,
      serviceName: name,
      ...tunables,
      maxBufferedBody: 1024 * 1024,
      onRequest: (r) => {
        const code = r.status === 499 ? '499' : `${Math.floor(r.status / 100)}xx`;
        if (r.upgrade) this.m.upgrades.inc({ service: name, code: r.status === 101 ? '101' : code });
        this.m.requests.inc({ service: name, code });
        if (r.error) this.m.errors.inc({ service: name });
        if (r.retries) this.m.retries.inc({ service: name }, r.retries);
        this.m.duration.observe({ service: name }, r.latencyMs / 1000);
        if (r.revision !== null) {
          const revision = String(r.revision);
          this.m.revisionRequests.inc({ service: name, revision, code });
          this.m.revisionDuration.observe({ service: name, revision }, r.latencyMs / 1000);
        }
      },
      onProbe: (b, healthy, reason) => {
        this.m.probes.inc({ service: name, state: healthy ? 'UP' : 'DOWN' });
        this.bus.publish({
          kind: 'ingress.probe',
          severity: healthy ? 'INFO' : 'WARNING',
          message: `${name}: replica ${b.taskId.slice(0, 8)} on ${b.nodeName} (${b.host}:${b.port}) ${healthy ? 'back in rotation' : 'out of rotation'}: ${reason}`,
          serviceId: service.id,
          taskId: b.taskId,
          nodeId: b.nodeId,
          clusterId: service.clusterId,
          data: { healthy, reason },
        });
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
