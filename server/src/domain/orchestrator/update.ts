/**
 * The updater: how a service moves onto its current revision (a rolling update) or back onto an
 * older one (a rollback), as a state machine over `service.rollout`. ROLLOUT_TRANSITIONS below is
 * every move a rollout can make. The service layer makes update, rollback, pause and resume (it
 * writes revisions and hears the operator) with startRollout, pauseRollout and resumeRollout; the
 * planner (planUpdate, once per reconcile pass) makes failure:* and done.
 *
 * What the rollout does next, each pass while UPDATING or ROLLING_BACK, with `cfg` the service's
 * update settings (its rollback settings during a rollback):
 *   1. Count. `failed`: tasks at the target revision, created since the rollout (re)started, that
 *      failed or were refused inside their monitor window: before they were ever ready, or within
 *      cfg.monitorMs of becoming ready (Swarm's monitor; a task of an earlier batch counts too,
 *      while later batches go on). `updated`: tasks at the target through their monitor window.
 *   2. Judge. More failed than cfg.maxFailureRatio of the desired tasks fires the event
 *      `failure:<cfg.failureAction>`: CONTINUE carries on, PAUSE pauses, ROLLBACK asks for a rollback
 *      to the previous revision (a new revision, so the planner only asks: `request`, which the
 *      control layer hands to the service layer's rollback); a rollback that fails pauses instead.
 *   3. Replace the next batch. Outdated tasks (another container fingerprint, or on a draining
 *      node: draining ones first, then by slot) are replaced while fewer than cfg.parallelism
 *      new tasks at the target are in flight: not yet ready for cfg.minReadyMs (Kubernetes'
 *      minReadySeconds; the monitor window does not hold a batch); with none in flight, a batch
 *      waits cfg.delayMs after the last one started. STOP_FIRST stops the old task and the restart
 *      supervisor (restart.ts) starts its replacement in the same pass; START_FIRST starts the
 *      replacement at once and stops the old task when the replacement is ready. A slot gets one
 *      replacement at a time. While paused, only drains go on.
 *   4. Finish. Nothing outdated, every desired task there, ready for cfg.minReadyMs and through
 *      its monitor window (so the last batch's): `done`.
 * Drains need no rollout: a task on a draining node is outdated, replaced START_FIRST elsewhere
 * (a global task is just stopped: it has nowhere else to go).
 */
import type { FailureAction, Rollout, RolloutState, Service, UpdateConfig } from '../service.js';
import type { Task } from '../task.js';
import { isReady, newest, type Pass, type ReconcileOutput } from './pass.js';

export type RolloutEvent =
  /** A new revision changes what the containers run (updateService). */
  | 'update'
  /** rollbackService, or failure:ROLLBACK during an update. */
  | 'rollback'
  /** More new tasks failed than cfg.maxFailureRatio allows; named by cfg.failureAction. */
  | `failure:${FailureAction}`
  /** pauseRollout / resumeRollout, by the operator. */
  | 'pause'
  | 'resume'
  /** Every desired task is at the target revision and through its monitor window. */
  | 'done';

/** Every move of a rollout. `ANY` includes NONE, a service that never had one. */
export const ROLLOUT_TRANSITIONS: readonly (readonly [
  from: RolloutState | 'ANY',
  event: RolloutEvent,
  to: RolloutState,
])[] = [
  ['ANY', 'update', 'UPDATING'], // a newer update replaces whatever ran before
  ['ANY', 'rollback', 'ROLLING_BACK'],
  ['UPDATING', 'failure:CONTINUE', 'UPDATING'],
  ['UPDATING', 'failure:PAUSE', 'PAUSED'],
  ['UPDATING', 'failure:ROLLBACK', 'ROLLING_BACK'], // through `request`: the service layer rolls back
  ['UPDATING', 'pause', 'PAUSED'],
  ['UPDATING', 'done', 'COMPLETED'],
  ['PAUSED', 'resume', 'UPDATING'], // failures so far are forgiven
  ['ROLLING_BACK', 'failure:CONTINUE', 'ROLLING_BACK'],
  ['ROLLING_BACK', 'failure:PAUSE', 'ROLLBACK_PAUSED'],
  ['ROLLING_BACK', 'failure:ROLLBACK', 'ROLLBACK_PAUSED'], // a rollback is not rolled back
  ['ROLLING_BACK', 'pause', 'ROLLBACK_PAUSED'],
  ['ROLLING_BACK', 'done', 'ROLLED_BACK'],
  ['ROLLBACK_PAUSED', 'resume', 'ROLLING_BACK'],
];

/** Where `event` takes a rollout in state `from` (null: none yet); null when it does not apply. */
export function nextRolloutState(from: RolloutState | null, event: RolloutEvent): RolloutState | null {
  const row = ROLLOUT_TRANSITIONS.find(([f, e]) => e === event && (f === 'ANY' || f === (from ?? 'NONE')));
  return row ? row[2] : null;
}

/** Replacing tasks: the planner works on it each pass. */
export const isRolling = (r: Rollout | null): r is Rollout =>
  r !== null && (r.state === 'UPDATING' || r.state === 'ROLLING_BACK');

const isPaused = (r: Rollout | null) => r !== null && (r.state === 'PAUSED' || r.state === 'ROLLBACK_PAUSED');

/** update / rollback: the rollout of a new revision whose containers differ from the current ones. */
export function startRollout(
  current: Service,
  toRevision: number,
  reason: string,
  isRollback: boolean,
  now: Date,
): Rollout {
  return {
    state: nextRolloutState(current.rollout?.state ?? null, isRollback ? 'rollback' : 'update')!,
    fromRevision: current.currentRevision,
    toRevision,
    startedAt: now,
    updatedAt: now,
    completedAt: null,
    updated: 0,
    failed: 0,
    lastBatchAt: null,
    message: reason,
    isRollback,
    pausedByOperator: false,
  };
}

/** pause by the operator; null when no rollout is in progress. */
export function pauseRollout(r: Rollout | null, now: Date): Rollout | null {
  const state = r && nextRolloutState(r.state, 'pause');
  if (!r || !state) return null;
  return { ...r, state, pausedByOperator: true, message: 'paused by operator', updatedAt: now };
}

/** resume by the operator; null when no rollout is paused. The failures counted so far are forgiven. */
export function resumeRollout(r: Rollout | null, now: Date): Rollout | null {
  const state = r && nextRolloutState(r.state, 'resume');
  if (!r || !state) return null;
  return {
    ...r,
    state,
    pausedByOperator: false,
    failed: 0,
    startedAt: now,
    message: 'resumed',
    updatedAt: now,
  };
}

export type RolloutPlan = Pick<ReconcileOutput, 'rollout' | 'rolloutChanged' | 'request'>;

/** Steps 1 to 4 above for one pass (and drains, with or without a rollout). */
export function planUpdate(pass: Pass): RolloutPlan {
  const u = new Updating(pass);
  countAndJudge(u);
  if (u.plan.request) return u.plan; // the rollback comes as a new revision; nothing moves until then
  const outdated = replaceNextBatch(u);
  retireReplaced(u);
  if (outdated === 0) finish(u);
  return u.plan;
}

/** 1. Count, 2. judge. */
function countAndJudge(u: Updating): void {
  const { pass, cfg } = u;
  const r = u.plan.rollout;
  if (!isRolling(r)) return;
  const since = r.startedAt.getTime();
  const failed = pass
    .all()
    .filter((t) => u.fpOf(t) === u.currentFp && t.createdAt.getTime() >= since)
    .filter((t) => u.failedInWindow(t, since)).length;
  const updated = pass.active().filter((t) => !u.isOutdated(t) && u.monitored(t)).length;
  if (failed !== r.failed || updated !== r.updated) u.set({ ...r, failed, updated, updatedAt: pass.now });
  const total = Math.max(1, u.desired);
  if (failed === 0 || failed / total <= cfg.maxFailureRatio) return;
  const why = `${failed} of ${total} updated tasks failed (max failure ratio ${cfg.maxFailureRatio})`;
  const to = nextRolloutState(r.state, `failure:${cfg.failureAction}`);
  if (!to || to === r.state) return;
  if (to === 'ROLLING_BACK') {
    u.plan.request = { kind: 'rollback', reason: why };
    return;
  }
  u.set({ ...u.plan.rollout!, state: to, message: `paused: ${why}`, updatedAt: pass.now });
  pass.notes.push({
    kind: 'rollout.paused',
    severity: 'WARNING',
    message: `${pass.service.name}: rollout paused: ${why}`,
  });
}

/** 3. Replace the next batch. Returns how many tasks were outdated before it. */
function replaceNextBatch(u: Updating): number {
  const { pass, cfg } = u;
  const { now } = pass;
  const rollout = u.plan.rollout;
  const paused = isPaused(rollout);
  const active = pass.active();
  const outdated = active
    .filter((t) => u.isOutdated(t))
    .sort((a, b) => Number(u.onDrain(b)) - Number(u.onDrain(a)) || a.slot - b.slot);
  // Tasks at the target not yet ready for minReadyMs hold the batch open (the monitor window does not).
  const inFlight = active.filter(
    (t) =>
      !u.isOutdated(t) &&
      !u.readyFor(t, cfg.minReadyMs) &&
      (rollout ? t.createdAt.getTime() >= rollout.startedAt.getTime() : true),
  ).length;
  const parallelism = cfg.parallelism > 0 ? cfg.parallelism : Number.MAX_SAFE_INTEGER;
  const delayOk =
    !rollout?.lastBatchAt || now.getTime() - rollout.lastBatchAt.getTime() >= cfg.delayMs || inFlight > 0;
  // Drains proceed even while a rollout is paused: an operator emptying a node expects it to empty.
  const allowance = paused || delayOk ? Math.max(0, parallelism - inFlight) : 0;
  // A slot (global: node) that already has an up-to-date task is being replaced: START_FIRST and
  // drains keep the old task desired RUNNING until its replacement is ready, and without this
  // the next free allowance went to that same old task again, giving the slot two replacements.
  const replacing = new Set(active.filter((t) => !u.isOutdated(t)).map((t) => pass.key(t)));
  const batch = outdated
    .filter((t) => !replacing.has(pass.key(t)))
    .filter((t) => !paused || (u.onDrain(t) && u.fpOf(t) === u.currentFp))
    .slice(0, allowance);
  for (const t of batch) u.replace(t);
  if (batch.length > 0 && isRolling(rollout) && outdated.some((t) => u.fpOf(t) !== u.currentFp))
    u.set({ ...rollout, lastBatchAt: now, updatedAt: now, message: `replacing ${batch.length} task(s)` });
  return outdated.length;
}

/** START_FIRST: once a slot's new task is ready, its older sibling goes. */
function retireReplaced(u: Updating): void {
  const { pass } = u;
  for (const key of new Set(pass.active().map((t) => pass.key(t)))) {
    const inKey = pass.active().filter((t) => pass.key(t) === key);
    if (inKey.length < 2) continue;
    const fresh = inKey.filter((t) => !u.isOutdated(t) && isReady(t, pass.spec));
    if (fresh.length === 0) continue;
    for (const old of inKey.filter((t) => u.isOutdated(t) || t !== newest(fresh)))
      pass.stop(old, 'replacement is ready');
  }
}

/** 4. Finish, once nothing is outdated. */
function finish(u: Updating): void {
  const { pass } = u;
  const r = u.plan.rollout;
  const to = isRolling(r) ? nextRolloutState(r.state, 'done') : null;
  const all = pass.active();
  if (!r || !to || all.length < u.desired || !all.every((t) => u.monitored(t))) return;
  const { now, service } = pass;
  u.set({
    ...r,
    state: to,
    completedAt: now,
    updatedAt: now,
    updated: all.length,
    message: 'all tasks updated',
  });
  const back = to === 'ROLLED_BACK';
  pass.notes.push({
    kind: back ? 'rollout.rolled_back' : 'rollout.completed',
    severity: back ? 'WARNING' : 'INFO',
    message: `${service.name}: ${back ? 'rolled back' : 'updated'} to revision ${service.currentRevision}`,
  });
}

/** The updater's view of one pass: its settings, the plan so far, and what it asks of each task. */
class Updating {
  readonly cfg: UpdateConfig;
  readonly currentFp: string | undefined;
  /** Tasks the service should have: replicas, or eligible nodes. */
  readonly desired: number;
  readonly plan: RolloutPlan;

  constructor(readonly pass: Pass) {
    const { service, spec } = pass;
    this.cfg = service.rollout?.isRollback ? spec.rollback : spec.update;
    this.currentFp = pass.input.fingerprints.get(service.currentRevision);
    this.desired = spec.mode === 'GLOBAL' ? pass.input.eligibleNodes.length : spec.replicas;
    this.plan = { rollout: service.rollout, rolloutChanged: false, request: null };
  }

  set(r: Rollout): void {
    this.plan.rollout = r;
    this.plan.rolloutChanged = true;
  }

  fpOf(t: Task): string | undefined {
    return this.pass.input.fingerprints.get(t.revision);
  }

  /** Why the task's node must give it up whatever its revision, or null. A task on another
   * cluster's node was placed before placement knew clusters (or its node moved cluster): it is
   * moved home START_FIRST like a drained one, so the service never runs outside its cluster. */
  leaveReason(t: Task): string | null {
    const node = t.nodeId ? this.pass.input.nodes.get(t.nodeId) : undefined;
    if (!node) return null;
    if (node.availability === 'DRAIN') return 'node is draining';
    if (node.clusterId !== this.pass.service.clusterId) return 'node is in another cluster';
    return null;
  }

  onDrain(t: Task): boolean {
    return this.leaveReason(t) !== null;
  }

  /** Runs another container than the current revision, or sits on a draining node. */
  isOutdated(t: Task): boolean {
    return this.fpOf(t) !== this.currentFp || this.onDrain(t);
  }

  /** Ready (running, healthy if checked) for at least `ms`. */
  readyFor(t: Task, ms: number): boolean {
    return t.readyAt !== null && this.pass.now.getTime() - t.readyAt.getTime() >= ms;
  }

  /** Counts as ready (minReadyMs) and is through its monitor window. */
  monitored(t: Task): boolean {
    return this.readyFor(t, Math.max(this.cfg.monitorMs, this.cfg.minReadyMs));
  }

  /** Failed or refused since `since`, before it was ever ready or within monitorMs of it. */
  failedInWindow(t: Task, since: number): boolean {
    if (t.state !== 'FAILED' && t.state !== 'REJECTED') return false;
    const at = [...t.history].reverse().find((h) => h.state === t.state)?.at ?? t.updatedAt;
    if (at.getTime() < since) return false;
    return t.readyAt === null || at.getTime() - t.readyAt.getTime() < this.cfg.monitorMs;
  }

  replace(t: Task): void {
    const { pass, cfg } = this;
    const drainOnly = this.fpOf(t) === this.currentFp;
    const order = drainOnly ? 'START_FIRST' : cfg.order;
    const reason = drainOnly
      ? (this.leaveReason(t) ?? 'node is draining')
      : `replaced by revision ${pass.service.currentRevision}`;
    if (order === 'STOP_FIRST' || (pass.spec.mode === 'GLOBAL' && drainOnly)) {
      pass.stop(t, reason);
    } else {
      pass.put(pass.newTask(t.slot, pass.spec.mode === 'GLOBAL' ? t.nodeId : null, `replacement: ${reason}`));
      pass.put({ ...t, stateReason: `${reason} (kept until replacement is ready)`, updatedAt: pass.now });
    }
  }
}
