/**
 * Progressive delivery: canary and blue-green rollouts, as a state machine over
 * `rollout.progressive`. PROGRESSIVE_TRANSITIONS is every move. Three parties make them:
 *   - the service layer: the start (withProgressive, when a revision changes the containers and
 *     its update settings ask for a canary or blue-green), promote and abort (the operator);
 *   - the planner (planProgressive, each reconcile pass, from the tasks): ready, fail (a task of
 *     the new revision failed), done;
 *   - the analysis loop (control/progressive.ts, advanceStep, from the ingress's per-revision
 *     figures): pass, fail, and promote when the last step passes.
 *
 * CANARY: `update.canary` tasks of the new revision start beside the old ones (extra slots)
 * while the rolling update is held. Once they are ready, the ingress sends them each step's
 * weight of the requests; each step is judged (analysis.ts) against the stable revision over that
 * step. Promoted (last step passed, or the operator), the held rolling update replaces the old
 * tasks with the canary's weight at 100 %; when it completes the extra slots go (DONE).
 * BLUE_GREEN: as many new tasks as replicas start beside the old ones; once all are ready the
 * ingress switches every request to them at once (SWITCHED). The old ones stay `blueGreenKeepMs`
 * (abort switches back at once), then are stopped (DONE).
 * ABORTED (by the analysis, a failed task, or the operator): the new revision's weight is 0 at
 * once, its tasks are stopped, and a rollback to the stable revision is asked for (the planner's
 * `request`, which the service layer turns into a new revision, carrying the ABORTED state).
 */
import {
  DEFAULT_CANARY_STEPS,
  type CanaryStep,
  type ProgressivePhase,
  type ProgressiveState,
  type RevisionCounters,
  type Rollout,
  type Service,
  type ServiceSpec,
} from '../service.js';
import { describeFigures, figuresBetween, judgeStep, type StepFigures } from './analysis.js';
import { isReady, type Pass, type RolloutRequest } from './pass.js';

export type ProgressiveKind = ProgressiveState['kind'];

export type ProgressiveEvent =
  /** Every task of the new revision is ready (planner). */
  | 'ready'
  /** A step's analysis passed and a next step follows (analysis loop). */
  | 'pass'
  /** The analysis failed the step, or a task of the new revision failed. */
  | 'fail'
  /** The last step passed (analysis loop) or the operator promoted. */
  | 'promote'
  /** The operator aborted. */
  | 'abort'
  /** Canary: the promoted rolling update completed. Blue-green: the old revision's time is up. */
  | 'done';

/** Every move: kind, from, event, to. */
export const PROGRESSIVE_TRANSITIONS: readonly (readonly [
  kind: ProgressiveKind,
  from: ProgressivePhase,
  event: ProgressiveEvent,
  to: ProgressivePhase,
])[] = [
  ['CANARY', 'STARTING', 'ready', 'STEPPING'], // step 0's weight
  ['CANARY', 'STARTING', 'fail', 'ABORTED'],
  ['CANARY', 'STARTING', 'promote', 'PROMOTED'],
  ['CANARY', 'STARTING', 'abort', 'ABORTED'],
  ['CANARY', 'STEPPING', 'pass', 'STEPPING'], // the next step's weight
  ['CANARY', 'STEPPING', 'fail', 'ABORTED'],
  ['CANARY', 'STEPPING', 'promote', 'PROMOTED'],
  ['CANARY', 'STEPPING', 'abort', 'ABORTED'],
  ['CANARY', 'PROMOTED', 'abort', 'ABORTED'],
  ['CANARY', 'PROMOTED', 'done', 'DONE'],
  ['BLUE_GREEN', 'STARTING', 'ready', 'SWITCHED'], // all traffic at once
  ['BLUE_GREEN', 'STARTING', 'fail', 'ABORTED'],
  ['BLUE_GREEN', 'STARTING', 'abort', 'ABORTED'],
  ['BLUE_GREEN', 'SWITCHED', 'abort', 'ABORTED'], // instant switch back
  ['BLUE_GREEN', 'SWITCHED', 'promote', 'DONE'], // the operator does not wait out the keep time
  ['BLUE_GREEN', 'SWITCHED', 'done', 'DONE'],
];

export function nextPhase(
  kind: ProgressiveKind,
  from: ProgressivePhase,
  event: ProgressiveEvent,
): ProgressivePhase | null {
  const row = PROGRESSIVE_TRANSITIONS.find(([k, f, e]) => k === kind && f === from && e === event);
  return row ? row[3] : null;
}

export const canarySteps = (spec: ServiceSpec): CanaryStep[] =>
  spec.update.canarySteps?.length ? spec.update.canarySteps : DEFAULT_CANARY_STEPS;

/** The rollout's progressive part, when its update settings ask for one (replicated services only). */
export function progressiveFor(
  spec: ServiceSpec,
  stableRevision: number,
  toRevision: number,
): ProgressiveState | null {
  if (spec.mode !== 'REPLICATED') return null;
  const canary = spec.update.canary ?? 0;
  const kind = spec.update.blueGreen ? 'BLUE_GREEN' : canary > 0 ? 'CANARY' : null;
  if (!kind) return null;
  return {
    kind,
    phase: 'STARTING',
    stableRevision,
    canaryRevision: toRevision,
    tasks: kind === 'BLUE_GREEN' ? spec.replicas : canary,
    step: 0,
    steps: kind === 'CANARY' ? canarySteps(spec) : [],
    weight: 0,
    stepStartedAt: null,
    switchedAt: null,
    baseline: null,
    decision: 'starting the new revision beside the stable one',
  };
}

const LIVE: readonly ProgressivePhase[] = ['STARTING', 'STEPPING', 'PROMOTED', 'SWITCHED'];

/** A canary or blue-green that has not finished nor been aborted. */
export const isLive = (p: ProgressiveState | null | undefined): p is ProgressiveState =>
  !!p && LIVE.includes(p.phase);

/**
 * A rollout just started by the service layer (startRollout), given its progressive part: an
 * update by its settings; a rollback of a live canary or blue-green carries it on, ABORTED, so
 * the planner stops the new revision's tasks and the ingress sends them nothing.
 */
export function withProgressive(
  rollout: Rollout,
  before: Service,
  spec: ServiceSpec,
  reason: string,
  now: Date,
): Rollout {
  const prev = before.rollout?.progressive;
  if (rollout.isRollback) {
    // the rollback the planner asks for once the analysis (or a failed task) aborted keeps it ABORTED
    const abortedNow = prev?.phase === 'ABORTED' && before.rollout?.state === 'UPDATING';
    if (abortedNow) return { ...rollout, progressive: prev };
    if (!isLive(prev)) return rollout;
    return { ...rollout, progressive: aborted(prev, reason, now) };
  }
  return { ...rollout, progressive: progressiveFor(spec, rollout.fromRevision, rollout.toRevision) };
}

function aborted(p: ProgressiveState, reason: string, now: Date): ProgressiveState {
  return { ...p, phase: 'ABORTED', weight: 0, stepStartedAt: now, decision: `aborted: ${reason}` };
}

/** The rolling update waits while the new revision runs beside the old one. */
export function holdsUpdate(r: Rollout | null): boolean {
  const p = r?.progressive;
  return (
    r?.state === 'UPDATING' &&
    !!p &&
    (p.phase === 'STARTING' || p.phase === 'STEPPING' || p.phase === 'SWITCHED')
  );
}

/** Slots beyond `replicas` the service keeps for the new revision's tasks. */
export function extraSlots(r: Rollout | null): number {
  return r?.state === 'UPDATING' && isLive(r.progressive) ? r.progressive.tasks : 0;
}

/** What the ingress sends the new revision: its share in %, or null for a plain spread. */
export function trafficSplit(r: Rollout | null): { canaryRevision: number; weight: number } | null {
  const p = r?.progressive;
  // Blue-green DONE: the old tasks are being stopped; they get nothing until the rollout completes.
  if (!p || (p.phase === 'DONE' && r.state !== 'UPDATING')) return null;
  if (p.phase === 'ABORTED' && r.state !== 'ROLLING_BACK' && r.state !== 'UPDATING') return null;
  return { canaryRevision: p.canaryRevision, weight: p.weight };
}

export interface ProgressiveDecision {
  event: ProgressiveEvent;
  from: ProgressivePhase;
  to: ProgressivePhase;
  step: number;
  weight: number;
  reason: string;
  figures: StepFigures | null;
}

export interface ProgressivePlan {
  rollout: Rollout | null;
  changed: boolean;
  request: RolloutRequest | null;
  decision: ProgressiveDecision | null;
}

/** `event` applied to the rollout's progressive part (null when it does not apply). */
export function applyEvent(
  r: Rollout,
  spec: ServiceSpec,
  event: ProgressiveEvent,
  reason: string,
  now: Date,
  figures: StepFigures | null = null,
  counters: { stable: RevisionCounters; canary: RevisionCounters } | null = null,
): { rollout: Rollout; decision: ProgressiveDecision } | null {
  const p = r.progressive;
  if (!p) return null;
  const to = nextPhase(p.kind, p.phase, event);
  if (!to) return null;
  const steps = canarySteps(spec);
  let next: ProgressiveState = { ...p, phase: to, decision: `${event}: ${reason}` };
  if (to === 'ABORTED') next = aborted(p, reason, now);
  else if (to === 'STEPPING') {
    const step = event === 'ready' ? 0 : p.step + 1;
    next = { ...next, step, weight: steps[step]!.weight, stepStartedAt: now, baseline: counters };
  } else if (to === 'PROMOTED' || to === 'SWITCHED')
    next = { ...next, weight: 100, stepStartedAt: now, switchedAt: to === 'SWITCHED' ? now : p.switchedAt };
  else if (to === 'DONE') next = { ...next, weight: 100 };
  if (figures) next.decision = `${next.decision} (${describeFigures(figures)})`;
  return {
    rollout: { ...r, progressive: next, updatedAt: now, message: next.decision ?? r.message },
    decision: { event, from: p.phase, to, step: next.step, weight: next.weight, reason, figures },
  };
}

/**
 * The analysis loop's move for one canary step, given both revisions' counters now: a baseline
 * when the step has none (or the counters went back: the ingress restarted), then judgeStep.
 * Returns null when nothing changes.
 */
export function advanceStep(
  r: Rollout,
  spec: ServiceSpec,
  counters: { stable: RevisionCounters; canary: RevisionCounters },
  now: Date,
): { rollout: Rollout; decision: ProgressiveDecision | null; figures: StepFigures | null } | null {
  const p = r.progressive;
  if (r.state !== 'UPDATING' || !p || p.kind !== 'CANARY' || p.phase !== 'STEPPING') return null;
  const restarted = p.baseline && counters.canary.requests < p.baseline.canary.requests;
  if (!p.baseline || restarted)
    return { rollout: { ...r, progressive: { ...p, baseline: counters } }, decision: null, figures: null };
  const figures: StepFigures = {
    stable: figuresBetween(p.baseline.stable, counters.stable),
    canary: figuresBetween(p.baseline.canary, counters.canary),
  };
  const steps = canarySteps(spec);
  const stepOver =
    !!p.stepStartedAt && now.getTime() - p.stepStartedAt.getTime() >= steps[p.step]!.durationMs;
  const analysis = spec.update.analysis ?? null;
  const v = analysis
    ? judgeStep(analysis, figures, stepOver)
    : stepOver
      ? { verdict: 'pass' as const, reason: 'the step is over (no analysis)' }
      : { verdict: 'wait' as const, reason: 'the step is not over' };
  if (v.verdict === 'wait') return { rollout: r, decision: null, figures };
  const last = p.step >= steps.length - 1;
  const event: ProgressiveEvent = v.verdict === 'fail' ? 'fail' : last ? 'promote' : 'pass';
  const moved = applyEvent(
    r,
    spec,
    event,
    `step ${p.step + 1} of ${steps.length} at ${p.weight} %: ${v.reason}`,
    now,
    figures,
    counters,
  );
  return moved ? { ...moved, figures } : null;
}

/** The planner's part, each pass, before the replicated planner and the updater (index.ts). */
export function planProgressive(pass: Pass): ProgressivePlan {
  const r = pass.service.rollout;
  const plan: ProgressivePlan = { rollout: r, changed: false, request: null, decision: null };
  const p = r?.progressive;
  if (!r || !p || pass.spec.mode !== 'REPLICATED') return plan;
  const fps = pass.input.fingerprints;
  const currentFp = fps.get(pass.service.currentRevision);
  const canaryFp = fps.get(p.canaryRevision);
  const apply = (event: ProgressiveEvent, reason: string) => {
    const moved = applyEvent(plan.rollout!, pass.spec, event, reason, pass.now);
    if (!moved) return;
    plan.rollout = moved.rollout;
    plan.changed = true;
    plan.decision = moved.decision;
  };

  if (r.state === 'UPDATING' && isLive(p) && p.phase !== 'PROMOTED') {
    // The new revision's tasks: by revision number, not by time (a pass that began before the
    // rollout started, its engines slow to list, creates them stamped before rollout.startedAt).
    const fresh = pass
      .all()
      .filter((t) => fps.get(t.revision) === currentFp && t.revision >= p.canaryRevision);
    const failed = fresh.filter((t) => t.state === 'FAILED' || t.state === 'REJECTED');
    if (failed.length > 0) apply('fail', `${failed.length} task(s) of revision ${p.canaryRevision} failed`);
    else if (p.phase === 'STARTING') {
      const ready = fresh.filter((t) => t.desiredState === 'RUNNING' && isReady(t, pass.spec)).length;
      if (ready >= p.tasks) apply('ready', `${ready} task(s) of revision ${p.canaryRevision} ready`);
    } else if (p.phase === 'SWITCHED') {
      const keep = pass.spec.update.blueGreenKeepMs ?? 0;
      if (p.switchedAt && pass.now.getTime() - p.switchedAt.getTime() >= keep)
        apply('done', `the old revision was kept ${keep} ms after the switch`);
    }
  } else if (r.state === 'COMPLETED' && p.phase === 'PROMOTED')
    apply('done', 'every task runs the new revision');

  const now = plan.rollout!.progressive!;
  if (now.phase === 'ABORTED') {
    if (pass.service.currentRevision === now.canaryRevision && r.state === 'UPDATING')
      plan.request = { kind: 'rollback', reason: now.decision ?? 'canary aborted' };
    else
      for (const t of pass.active())
        if (fps.get(t.revision) === canaryFp && canaryFp !== currentFp)
          pass.stop(t, `revision ${now.canaryRevision} aborted`);
  }
  if (now.kind === 'BLUE_GREEN' && now.phase === 'DONE' && plan.rollout!.state === 'UPDATING')
    for (const t of pass.active())
      if (fps.get(t.revision) !== currentFp)
        pass.stop(t, 'blue-green: the new revision serves, the old one goes');
  if (plan.decision)
    pass.notes.push({
      kind: `rollout.${plan.decision.to.toLowerCase()}`,
      severity: plan.decision.to === 'ABORTED' ? 'WARNING' : 'INFO',
      message: `${pass.service.name}: ${now.kind === 'CANARY' ? 'canary' : 'blue-green'} ${plan.decision.from} → ${plan.decision.to}: ${plan.decision.reason}`,
    });
  return plan;
}
