import type { Logger } from 'pino';
import { nextStep, type MemberState } from '../domain/federation/move.js';
import { memberSpec, overrideFor } from '../domain/federation/overrides.js';
import { decide, summarize } from '../domain/federation/pipeline.js';
import { rebalance } from '../domain/federation/rebalance.js';
import type { ClusterCandidate } from '../domain/federation/types.js';
import type { Service } from '../domain/service.js';
import type { ClusterService } from '../app/clusters.js';
import type { EventBus } from '../app/event-bus.js';
import type { FederationStatus } from '../app/federation/federation-status.js';
import {
  FEDERATION_FLEET_LABEL,
  FEDERATION_PARENT_LABEL,
  type MemberCluster,
  type MemberServiceStatus,
} from '../app/federation/member.js';
import type { MemberRegistry } from '../app/federation/members.js';
import type { ServiceService } from '../app/services.js';

export interface FederationLoopOptions {
  /** STEVEDORE_FEDERATION_INTERVAL_MS, default 1000. */
  intervalMs: number;
  /** STEVEDORE_FEDERATION_GRACE_MS, default 10000: how long a cluster may be UNREACHABLE before failover. */
  graceMs: number;
  installationId: string;
  /** Rebalancing marks (0..1) and the least time between two moves of one service. */
  highWater: number;
  lowWater: number;
  rebalanceIntervalMs: number;
}

interface Member {
  id: string;
  name: string;
  member: MemberCluster;
  candidate: ClusterCandidate;
  copies: Map<string, MemberServiceStatus>;
}

/**
 * The federation loop (issue #15, items 3–4): every interval, for each federated service (a
 * service whose spec has `placement.clusters`, a template the reconciler leaves alone), it runs
 * the cluster-level pipeline (domain/federation/pipeline.ts) over the member clusters, then moves
 * the copies one safe step towards that division (domain/federation/move.ts): failover at once
 * once a cluster is UNREACHABLE past the grace period, returns start-first and rate-limited by the
 * service's update parallelism. Copies whose template is gone are removed.
 */
export class FederationLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private readonly lastHealth = new Map<string, string>();
  private readonly lastDivision = new Map<string, string>();
  private readonly failedOver = new Map<string, Set<string>>();
  /** Rebalancing offsets per federated service (cluster id → replicas moved in or out). */
  private readonly offsets = new Map<string, Map<string, number>>();
  private readonly lastMove = new Map<string, { at: number; moving: boolean }>();

  constructor(
    private readonly deps: {
      services: Pick<ServiceService, 'list'>;
      clusters: Pick<ClusterService, 'list'>;
      registry: MemberRegistry;
      status: FederationStatus;
      bus: EventBus;
      log: Logger;
    },
    private readonly opts: FederationLoopOptions,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.deps.registry.close();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.pass()
        .catch((err: unknown) => this.deps.log.warn({ err }, 'federation pass failed'))
        .finally(() => {
          this.running = null;
          this.schedule(this.opts.intervalMs);
        });
    }, ms);
  }

  /** One pass over every federated service. Public for tests. */
  async pass(): Promise<void> {
    const now = new Date();
    const clusters = this.deps.clusters.list();
    this.deps.registry.prune(new Set(clusters.map((c) => c.id)));
    const services = this.deps.services.list();
    const templates = services.filter((s) => s.spec.placement.clusters);
    const members: Member[] = [];
    for (const c of clusters) {
      const member = this.deps.registry.memberFor(c);
      if (!member) continue;
      const health = member.health();
      this.healthEvent(c.id, c.name, health.status, health.reason);
      const cap = member.capacity();
      let copies = new Map<string, MemberServiceStatus>();
      try {
        copies = new Map((await member.statuses()).map((s) => [s.federatedServiceId, s]));
      } catch (err) {
        this.deps.log.debug({ err, cluster: c.name }, 'member statuses unavailable');
      }
      members.push({
        id: c.id,
        name: c.name,
        member,
        copies,
        candidate: {
          id: c.id,
          name: c.name,
          region: c.region,
          zone: c.zone,
          labels: c.labels,
          health,
          ...cap,
          latencyP50Ms: member.latencyP50Ms(),
        },
      });
    }
    const templateIds = new Set(templates.map((t) => t.id));
    // Copies of templates that are gone (or no longer federated): removed.
    for (const m of members)
      for (const fedId of m.copies.keys())
        if (!templateIds.has(fedId))
          await m.member
            .remove(fedId)
            .catch((err: unknown) => this.deps.log.warn({ err }, 'copy removal failed'));
    for (const id of this.deps.status.ids())
      if (!templateIds.has(id)) {
        this.deps.status.forget(id);
        this.offsets.delete(id);
        this.lastMove.delete(id);
        this.lastDivision.delete(id);
        this.failedOver.delete(id);
      }
    for (const t of templates) {
      try {
        await this.place(t, members, now);
      } catch (err) {
        this.deps.log.warn({ err, service: t.name }, 'federated placement failed');
      }
    }
  }

  private async place(t: Service, members: Member[], now: Date): Promise<void> {
    const placement = t.spec.placement.clusters!;
    // The room a cluster shows is net of what this service's own copy holds there (the engine
    // counts its containers' CPU limit and memory as allocated): added back, or DIVIDED_CAPACITY
    // would chase its own tail, taking replicas from wherever it had just put them.
    const own = (m: Member): ClusterCandidate => {
      const running = m.copies.get(t.id)?.running ?? 0;
      if (!running) return m.candidate;
      const cpu = t.spec.limits.nanoCpus;
      const mem = t.spec.reservations.memoryBytes || t.spec.limits.memoryBytes;
      return {
        ...m.candidate,
        cpuFree: m.candidate.cpuFree + running * cpu,
        memoryFree: m.candidate.memoryFree + running * mem,
      };
    };
    const decision = decide(members.map(own), {
      placement,
      replicas: t.spec.replicas,
      reservation: t.spec.reservations,
      now,
      graceMs: this.opts.graceMs,
    });
    // Rebalancing, for divided services only: DUPLICATED runs the full count everywhere anyway.
    if (placement.replicaScheduling !== 'DUPLICATED') {
      const last = this.lastMove.get(t.id);
      const r = rebalance(
        decision.division,
        new Map(members.map((m) => [m.id, m.candidate])),
        this.offsets.get(t.id) ?? new Map(),
        {
          highWater: this.opts.highWater,
          lowWater: this.opts.lowWater,
          step: t.spec.update.parallelism || 1,
          mayMove: !last || (!last.moving && now.getTime() - last.at >= this.opts.rebalanceIntervalMs),
        },
      );
      this.offsets.set(t.id, r.offsets);
      decision.division = r.division;
      decision.summary = summarize(decision.division, decision.excluded);
      if (r.move) {
        this.lastMove.set(t.id, { at: now.getTime(), moving: true });
        this.deps.bus.publish({
          kind: 'federation.rebalance',
          severity: 'INFO',
          message: `${t.name}: ${r.move.replicas} replica${r.move.replicas === 1 ? '' : 's'} ${r.move.from} → ${r.move.to} (start-first): ${r.move.reason}`,
          serviceId: t.id,
          clusterId: t.clusterId,
          data: { ...r.move },
        });
      }
    }
    const target = new Map(decision.division.map((d) => [d.clusterId, d.replicas]));
    const states: MemberState[] = members
      .filter((m) => target.has(m.id) || m.copies.has(t.id))
      .map((m) => {
        const copy = m.copies.get(t.id);
        return {
          clusterId: m.id,
          applied: copy?.desired ?? 0,
          running: copy?.running ?? 0,
          healthy: copy?.healthy ?? 0,
          reachable: m.candidate.health.status !== 'UNREACHABLE',
        };
      });
    const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? id;
    const step = nextStep(target, states, t.spec.update.parallelism || 1, nameOf);

    for (const m of members) {
      const replicas = step.next.get(m.id);
      if (replicas === undefined) continue;
      if (replicas === 0 && !m.copies.has(t.id)) continue;
      const spec = memberSpec(
        t.spec,
        { id: m.id, name: m.name },
        replicas,
        overrideFor(placement.overrides, m),
        {
          [FEDERATION_PARENT_LABEL]: t.id,
          [FEDERATION_FLEET_LABEL]: this.opts.installationId,
        },
      );
      const status = await m.member.apply({ federatedServiceId: t.id, spec });
      m.copies.set(t.id, status);
    }

    const last = this.lastMove.get(t.id);
    if (last) last.moving = step.moving;
    this.events(t, decision.division, decision.excluded, step.actions, members);
    this.deps.status.set(t.id, {
      division: decision.division,
      excluded: decision.excluded,
      summary: decision.summary,
      moving: step.moving,
      decidedAt: now,
      members: members
        .filter((m) => m.copies.has(t.id) || target.has(m.id))
        .map((m) => {
          const c = m.copies.get(t.id);
          return {
            clusterId: m.id,
            cluster: m.name,
            serviceId: c?.memberServiceId ?? null,
            desired: c?.desired ?? 0,
            running: c?.running ?? 0,
            healthy: c?.healthy ?? 0,
          };
        }),
    });
  }

  private events(
    t: Service,
    division: { cluster: string; clusterId: string; replicas: number }[],
    excluded: { cluster: string; clusterId: string; reason: string }[],
    actions: string[],
    members: Member[],
  ): void {
    const key = division.map((d) => `${d.cluster}=${d.replicas}`).join(',');
    if (this.lastDivision.get(t.id) !== key) {
      this.lastDivision.set(t.id, key);
      this.deps.bus.publish({
        kind: 'federation.placed',
        severity: 'INFO',
        message: `${t.name}: ${summarize(division as never, excluded as never)}`,
        serviceId: t.id,
        clusterId: t.clusterId,
        data: { division: division.map((d) => ({ cluster: d.cluster, replicas: d.replicas })), actions },
      });
    }
    // Failover: a cluster excluded for its health while its copy still had replicas.
    const over = this.failedOver.get(t.id) ?? new Set<string>();
    for (const e of excluded) {
      const m = members.find((x) => x.id === e.clusterId);
      const unreachable = m?.candidate.health.status === 'UNREACHABLE' && e.reason.startsWith('UNREACHABLE');
      if (unreachable && !over.has(e.clusterId)) {
        over.add(e.clusterId);
        this.deps.bus.publish({
          kind: 'federation.failover',
          severity: 'WARNING',
          message: `${t.name}: replicas of ${e.cluster} moved to ${division.map((d) => `${d.cluster} (${d.replicas})`).join(', ') || 'no cluster'}: ${e.reason}`,
          serviceId: t.id,
          clusterId: e.clusterId,
          data: { from: e.cluster, reason: e.reason },
        });
      }
    }
    for (const id of [...over])
      if (!excluded.some((e) => e.clusterId === id)) {
        over.delete(id);
        this.deps.bus.publish({
          kind: 'federation.returned',
          severity: 'INFO',
          message: `${t.name}: ${members.find((m) => m.id === id)?.name ?? id} is back; replicas return start-first`,
          serviceId: t.id,
          clusterId: id,
        });
      }
    this.failedOver.set(t.id, over);
  }

  private healthEvent(clusterId: string, name: string, status: string, reason: string): void {
    const before = this.lastHealth.get(clusterId);
    this.lastHealth.set(clusterId, status);
    if (before === undefined || before === status) return;
    this.deps.bus.publish({
      kind: 'cluster.health',
      severity: status === 'HEALTHY' ? 'INFO' : 'WARNING',
      message: `cluster ${name}: ${before} → ${status} (${reason})`,
      clusterId,
      data: { from: before, to: status, reason },
    });
  }
}
