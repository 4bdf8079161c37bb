import type { AuditLog } from '../app/access/audit.js';
import type { EventBus } from '../app/event-bus.js';
import type { ReconcileSignals } from '../app/ports.js';
import { emptyCounters, figuresBetween, type Figures } from '../domain/orchestrator/analysis.js';
import { advanceStep, type ProgressiveDecision } from '../domain/orchestrator/progressive.js';
import type { ProgressiveState, RevisionCounters, Service } from '../domain/service.js';
import type { Logger } from '../logger.js';
import type { RolloutSampleRepository } from '../store/rollout-sample.repo.js';
import type { Store } from '../store/store.js';

/** Where the analysis reads its figures: the ingress's cumulative counters per revision. */
export interface RevisionCounterSource {
  /** By revision, for the service's requests so far; null when the service is not published. */
  revisionCounters(serviceId: string): ReadonlyMap<number, RevisionCounters> | null;
}

export interface ProgressiveOptions {
  /** How often steps are judged. */
  tickMs: number;
  /** How often a timeline sample is written. */
  sampleMs: number;
}

/** Both sides of a split: the new revision's counters and every other revision's, summed. */
export function splitCounters(
  byRevision: ReadonlyMap<number, RevisionCounters>,
  canaryRevision: number,
): { stable: RevisionCounters; canary: RevisionCounters } {
  const stable = emptyCounters();
  let canary = emptyCounters();
  for (const [rev, c] of byRevision) {
    if (rev === canaryRevision) {
      canary = { requests: c.requests, errors: c.errors, buckets: [...c.buckets] };
      continue;
    }
    stable.requests += c.requests;
    stable.errors += c.errors;
    c.buckets.forEach((n, i) => (stable.buckets[i]! += n));
  }
  return { stable, canary };
}

/**
 * The canary analysis loop: every tick, for each service whose canary is stepping, it reads the
 * ingress's counters of the canary and of the stable revision, and lets the domain judge the
 * step (advanceStep: next step, promote, or abort). A decision is written to the rollout (the
 * reconciler then acts on it: an abort asks for the rollback), published as an event with the
 * figures, audited as done by stevedore, and kept in rollout_samples for the timeline. Every
 * `sampleMs` each live canary or blue-green also gets a sample: both revisions' figures over the
 * interval, which the dashboard draws. Read-modify-write of a rollout is synchronous, as the
 * reconciler's, so neither overwrites the other's move.
 */
export class ProgressiveLoop {
  private timer: NodeJS.Timeout | undefined;
  /** The phase and step each service's rollout was last seen at. */
  private seen = new Map<string, { key: string; phase: string; revision: number }>();
  private lastSample = new Map<
    string,
    { at: number; revision: number; stable: RevisionCounters; canary: RevisionCounters }
  >();

  constructor(
    private readonly store: Store,
    private readonly samples: RolloutSampleRepository,
    private readonly source: RevisionCounterSource,
    private readonly bus: EventBus,
    private readonly audit: Pick<AuditLog, 'record'>,
    private readonly envOf: (clusterId: string) => string | null,
    private readonly loop: Pick<ReconcileSignals, 'wake'>,
    private readonly log: Logger,
    private readonly opts: ProgressiveOptions,
  ) {}

  start(): void {
    const tick = () => {
      try {
        this.tick(new Date());
      } catch (err) {
        this.log.error({ err }, 'progressive delivery tick failed');
      }
      this.timer = setTimeout(tick, this.opts.tickMs);
    };
    this.timer = setTimeout(tick, this.opts.tickMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One tick (tests call it directly). */
  tick(now: Date): void {
    const listed = this.store.services.withProgressiveRollout();
    // A service no longer listed has no progressive rollout (or is gone): forget it.
    const ids = new Set(listed.map((s) => s.id));
    for (const id of [...this.seen.keys(), ...this.lastSample.keys()])
      if (!ids.has(id)) {
        this.lastSample.delete(id);
        this.seen.delete(id);
      }
    for (const s of listed) {
      const p = s.rollout?.progressive;
      if (p) this.noteMove(s, p, now);
      // live, or aborted (its rollback still sampled); DONE ones are history
      const moving = s.rollout?.state === 'ROLLING_BACK' || s.rollout?.state === 'UPDATING';
      if (!p || p.phase === 'DONE' || (p.phase === 'ABORTED' && !moving)) {
        this.lastSample.delete(s.id);
        if (!p) this.seen.delete(s.id);
        continue;
      }
      const byRevision = this.source.revisionCounters(s.id);
      if (!byRevision) continue;
      const counters = splitCounters(byRevision, p.canaryRevision);
      this.judge(s, counters, now);
      this.sample(s.id, counters, now);
    }
  }

  /**
   * A move the planner (ready, a failed task, switched, done) or the operator (promote, abort) made
   * since the last tick goes on the timeline as a decision too, without figures: the analysis
   * loop's own decisions are written where they are made (decided).
   */
  private noteMove(s: Service, p: ProgressiveState, now: Date): void {
    const key = `${p.canaryRevision}:${p.phase}:${p.step}`;
    const before = this.seen.get(s.id);
    this.seen.set(s.id, { key, phase: p.phase, revision: p.canaryRevision });
    // first sight (a start, a restarted control plane) or another rollout: nothing moved
    if (!before || before.key === key || before.revision !== p.canaryRevision) return;
    const reason = p.decision ?? '';
    const event = reason.slice(0, Math.max(0, reason.indexOf(':'))) || 'move';
    this.samples.add({
      serviceId: s.id,
      toRevision: p.canaryRevision,
      at: now,
      kind: 'decision',
      step: p.step,
      weight: p.weight,
      figures: {
        event,
        from: before.phase,
        to: p.phase,
        step: p.step,
        weight: p.weight,
        reason,
        figures: null,
      },
    });
  }

  private judge(
    s: Service,
    counters: { stable: RevisionCounters; canary: RevisionCounters },
    now: Date,
  ): void {
    const moved = s.rollout && advanceStep(s.rollout, s.spec, counters, now);
    if (!moved || moved.rollout === s.rollout) return;
    this.store.services.update({ ...s, rollout: moved.rollout, updatedAt: now });
    const p = moved.rollout.progressive!;
    this.seen.set(s.id, {
      key: `${p.canaryRevision}:${p.phase}:${p.step}`,
      phase: p.phase,
      revision: p.canaryRevision,
    });
    if (moved.decision) this.decided(s, moved.decision, now);
  }

  private decided(s: Service, d: ProgressiveDecision, now: Date): void {
    const p = s.rollout!.progressive!;
    const kind =
      d.to === 'ABORTED' ? 'rollout.aborted' : d.event === 'promote' ? 'rollout.promoted' : 'rollout.step';
    const data = {
      event: d.event,
      from: d.from,
      to: d.to,
      step: d.step,
      weight: d.weight,
      stableRevision: p.stableRevision,
      canaryRevision: p.canaryRevision,
      reason: d.reason,
      figures: d.figures,
    };
    this.bus.publish({
      kind,
      severity: d.to === 'ABORTED' ? 'WARNING' : 'INFO',
      message: `${s.name}: canary analysis: ${d.event} (${d.from} → ${d.to}, ${d.weight} % to revision ${p.canaryRevision}): ${d.reason}`,
      serviceId: s.id,
      clusterId: s.clusterId,
      data,
    });
    this.audit.record({
      time: now,
      actor: 'stevedore',
      actorKind: 'anonymous',
      credentialId: null,
      action: 'canaryAnalysis',
      environmentId: this.envOf(s.clusterId),
      target: s.id,
      ip: '',
      userAgent: 'stevedore canary analysis',
      outcome: 'ok',
      errorCode: null,
      details: data,
    });
    this.samples.add({
      serviceId: s.id,
      toRevision: p.canaryRevision,
      at: now,
      kind: 'decision',
      step: d.step,
      weight: d.weight,
      figures: data,
    });
    this.loop.wake();
  }

  private sample(
    serviceId: string,
    counters: { stable: RevisionCounters; canary: RevisionCounters },
    now: Date,
  ): void {
    const s = this.store.services.get(serviceId);
    const p = s?.rollout?.progressive;
    if (!s || !p) return;
    const prev = this.lastSample.get(serviceId);
    const last = prev?.revision === p.canaryRevision ? prev : undefined;
    if (last && now.getTime() - last.at < this.opts.sampleMs) return;
    this.lastSample.set(serviceId, { at: now.getTime(), revision: p.canaryRevision, ...counters });
    // a new rollout's first look: its baseline, and the timelines of old rollouts beyond the last few go
    if (!last) return this.samples.prune(serviceId);
    const figures: { stable: Figures; canary: Figures } = {
      stable: figuresBetween(last.stable, counters.stable),
      canary: figuresBetween(last.canary, counters.canary),
    };
    const row = this.samples.add({
      serviceId,
      toRevision: p.canaryRevision,
      at: now,
      kind: 'sample',
      step: p.step,
      weight: p.weight,
      figures: { ...figures, phase: p.phase },
    });
    this.bus.publish({
      kind: 'rollout.sample',
      severity: 'INFO',
      message: `${s.name}: ${p.weight} % to revision ${p.canaryRevision}`,
      serviceId,
      clusterId: s.clusterId,
      data: { id: row.id, step: row.step, weight: row.weight, phase: p.phase, ...figures },
    });
  }
}
