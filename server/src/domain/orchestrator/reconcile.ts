import type { Rollout } from '../service.js';
import { isTerminal, type Task } from '../task.js';
import {
  isReady,
  keyLabel,
  newest,
  Pass,
  type ReconcileInput,
  type ReconcileOutput,
  type RolloutRequest,
} from './pass.js';
import { planGlobal } from './global.js';
import { planReplicated, wantedSlots } from './replicated.js';
import { stableRunMs } from './restart.js';

export { isReady };
export type { EngineOp, PlanNote, ReconcileInput, ReconcileOutput, RolloutRequest } from './pass.js';

/**
 * One level-triggered pass for one service, as pure data in and out: given the desired spec,
 * the tasks on record and what the engines report, decide task state changes, new tasks, and
 * the engine work to do. Safe to run any number of times: the same inputs give the same plan.
 *
 * Orchestration is split as in swarmkit: the observe step (task state from containers), the
 * replicated/global orchestrator (one active task per slot or node), the restart supervisor
 * (backoff), and the updater (rolling replacement of outdated tasks). Scheduling PENDING tasks
 * onto nodes is the scheduler's job and happens across services, after this.
 */
export function reconcileService(input: ReconcileInput): ReconcileOutput {
  const pass = new Pass(input);
  const { service, spec, now } = pass;
  const put = (t: Task) => pass.put(t);
  const move = pass.move.bind(pass);
  const ops = pass.ops;
  const notes = pass.notes;

  // 1. Observe: bring task states in line with the containers the engines report.
  for (const t0 of pass.all()) {
    if (isTerminal(t0.state) || input.busy.has(t0.id)) continue;
    let t = t0;
    const obs = input.observed.get(t.id);
    if (obs && (t.containerId !== obs.containerId || t.nodeId !== obs.nodeId)) {
      t = { ...t, containerId: obs.containerId, nodeId: obs.nodeId, updatedAt: now };
      put(t); // adopted after a restart, or created just before a crash
    }
    const node = t.nodeId ? input.nodes.get(t.nodeId) : undefined;
    if (t.nodeId && !node) {
      move(t, 'ORPHANED', 'its node was removed');
      continue;
    }
    if (node && node.status !== 'READY') {
      const silent = node.lastSeenAt ? now.getTime() - node.lastSeenAt.getTime() : Infinity;
      if (t.desiredState === 'SHUTDOWN')
        move(t, 'SHUTDOWN', `node ${node.name} is down; container left behind`);
      else if (silent >= input.nodeDownGraceMs && t.state !== 'NEW' && t.state !== 'PENDING')
        move(t, 'ORPHANED', `node ${node.name} has been down for ${Math.round(silent / 1000)} s`);
      continue;
    }
    if (!obs) {
      if (t.desiredState === 'SHUTDOWN') {
        if (t.state !== 'NEW' && t.state !== 'PENDING' && !(t.nodeId && input.observedNodes.has(t.nodeId)))
          continue;
        move(t, 'SHUTDOWN', 'stopped');
        continue;
      }
      if (t.containerId && t.nodeId && input.observedNodes.has(t.nodeId)) {
        move(t, 'FAILED', 'container was removed outside Stevedore');
        continue;
      }
      if (t.state === 'ASSIGNED' && t.nodeId) ops.push({ kind: 'run', task: t });
      continue;
    }
    // The container exists.
    if (t.desiredState === 'SHUTDOWN') {
      if (
        obs.state === 'running' ||
        obs.state === 'restarting' ||
        obs.state === 'paused' ||
        obs.state === 'created'
      )
        ops.push({ kind: 'stop', task: t, reason: t.stateReason });
      else ops.push({ kind: 'stop', task: t, reason: 'remove stopped container' });
      continue;
    }
    if (obs.state === 'running') {
      if (t.state === 'ASSIGNED' || t.state === 'STARTING') t = move(t, 'RUNNING', 'container running');
      if (obs.health !== t.health) {
        t = { ...t, health: obs.health, updatedAt: now };
        put(t);
        if (obs.health === 'UNHEALTHY' || obs.health === 'HEALTHY')
          notes.push({
            kind: 'task.health',
            severity: obs.health === 'UNHEALTHY' ? 'WARNING' : 'INFO',
            message: `task ${service.name}.${keyLabel(t)} is ${obs.health.toLowerCase()}`,
            taskId: t.id,
          });
      }
      if (obs.health === 'UNHEALTHY') {
        t = move(t, 'FAILED', 'health check failed its retries');
        continue;
      }
      if (!t.readyAt && isReady(t, spec)) put((t = { ...t, readyAt: now }));
      // The failure count (backoff, maxAttempts) starts over only after a stretch of good running,
      // not on first readiness: a container that crashes right after starting is seen "running"
      // once, and resetting then kept a crash loop at the first backoff step and never gave up.
      if (
        t.failures > 0 &&
        t.readyAt &&
        isReady(t, spec) &&
        now.getTime() - t.readyAt.getTime() >= stableRunMs(spec.restartPolicy)
      )
        put((t = { ...t, failures: 0 }));
    } else if (obs.state === 'exited' || obs.state === 'dead') {
      const code = obs.exitCode ?? -1;
      t = { ...t, exitCode: code };
      move(t, code === 0 ? 'COMPLETE' : 'FAILED', code === 0 ? 'exited 0' : `exited with code ${code}`);
    } else if (obs.state === 'created' && t.state === 'ASSIGNED') {
      ops.push({ kind: 'run', task: t }); // created before a crash, never started
    }
  }

  // Finished tasks with a container left on a live node get it removed; the task keeps its state.
  for (const t of pass.all()) {
    if (!isTerminal(t.state) || input.busy.has(t.id)) continue;
    if (input.observed.has(t.id))
      ops.push({ kind: 'stop', task: t, reason: `cleanup of ${t.state.toLowerCase()} task` });
  }

  const slots = spec.mode === 'GLOBAL' ? [] : wantedSlots(pass);

  // 2. Update: replace outdated tasks, a batch at a time, and watch the new ones.
  const currentFp = input.fingerprints.get(service.currentRevision);
  const fpOf = (t: Task) => input.fingerprints.get(t.revision);
  const activeTasks = () => pass.active();
  const onDrain = (t: Task) => (t.nodeId ? input.nodes.get(t.nodeId)?.availability === 'DRAIN' : false);
  const isOutdated = (t: Task) => fpOf(t) !== currentFp || onDrain(t);
  const keyOf = (t: Task) => pass.key(t);
  let rollout = service.rollout;
  let rolloutChanged = false;
  let request: RolloutRequest | null = null;
  const setRollout = (r: Rollout) => {
    rollout = r;
    rolloutChanged = true;
  };
  const cfg = rollout?.isRollback ? spec.rollback : spec.update;
  const rolloutActive = rollout && (rollout.state === 'UPDATING' || rollout.state === 'ROLLING_BACK');

  if (rollout && rolloutActive) {
    const since = rollout.startedAt.getTime();
    const newTasks = pass.all().filter((t) => fpOf(t) === currentFp && t.createdAt.getTime() >= since);
    const failed = newTasks.filter(
      (t) => (t.state === 'FAILED' || t.state === 'REJECTED') && t.updatedAt.getTime() >= since,
    ).length;
    const updated = activeTasks().filter(
      (t) => !isOutdated(t) && t.readyAt && now.getTime() - t.readyAt.getTime() >= cfg.monitorMs,
    ).length;
    if (failed !== rollout.failed || updated !== rollout.updated)
      setRollout({ ...rollout, failed, updated, updatedAt: now });
    const total = Math.max(1, desiredCount(input));
    if (failed > 0 && failed / total > cfg.maxFailureRatio && cfg.failureAction !== 'CONTINUE') {
      const why = `${failed} of ${total} updated tasks failed (max failure ratio ${cfg.maxFailureRatio})`;
      if (cfg.failureAction === 'ROLLBACK' && !rollout.isRollback) {
        request = { kind: 'rollback', reason: why };
      } else {
        setRollout({
          ...rollout!,
          state: rollout!.isRollback ? 'ROLLBACK_PAUSED' : 'PAUSED',
          message: `paused: ${why}`,
          updatedAt: now,
        });
        notes.push({
          kind: 'rollout.paused',
          severity: 'WARNING',
          message: `${service.name}: rollout paused: ${why}`,
        });
      }
    }
  }

  const paused = rollout && (rollout.state === 'PAUSED' || rollout.state === 'ROLLBACK_PAUSED');
  if (!request) {
    const active = activeTasks();
    const outdated = active
      .filter(isOutdated)
      .sort((a, b) => Number(onDrain(b)) - Number(onDrain(a)) || a.slot - b.slot);
    // Tasks on the new revision that are not yet through their monitor window hold the batch open.
    const inFlight = pass
      .all()
      .filter(
        (t) =>
          t.desiredState === 'RUNNING' &&
          !isTerminal(t.state) &&
          !isOutdated(t) &&
          (!t.readyAt || now.getTime() - t.readyAt.getTime() < cfg.monitorMs) &&
          (rollout ? t.createdAt.getTime() >= rollout.startedAt.getTime() : true),
      ).length;
    const parallelism = cfg.parallelism > 0 ? cfg.parallelism : Number.MAX_SAFE_INTEGER;
    const delayOk =
      !rollout?.lastBatchAt || now.getTime() - rollout.lastBatchAt.getTime() >= cfg.delayMs || inFlight > 0;
    const fpOutdated = outdated.filter((t) => fpOf(t) !== currentFp);
    let allowance = paused ? 0 : Math.max(0, parallelism - inFlight);
    if (inFlight === 0 && !delayOk) allowance = 0;
    // A slot (global: node) that already has an up-to-date task is being replaced: START_FIRST and
    // drains keep the old task desired RUNNING until its replacement is ready, and without this
    // the next free allowance went to that same old task again, giving the slot two replacements.
    const replacing = new Set(active.filter((t) => !isOutdated(t)).map((t) => String(keyOf(t))));
    const replaceable = outdated.filter((t) => !replacing.has(String(keyOf(t))));
    // Drains proceed even while a rollout is paused: an operator emptying a node expects it to empty.
    const candidates = paused ? replaceable.filter((t) => onDrain(t) && fpOf(t) === currentFp) : replaceable;
    if (paused) allowance = Math.max(0, parallelism - inFlight);
    let started = 0;
    for (const t of candidates) {
      if (started >= allowance) break;
      const drainOnly = fpOf(t) === currentFp;
      const order = drainOnly ? 'START_FIRST' : cfg.order;
      const reason = drainOnly ? `node is draining` : `replaced by revision ${service.currentRevision}`;
      if (order === 'STOP_FIRST' || (spec.mode === 'GLOBAL' && drainOnly)) {
        // A draining global task has nowhere else to go: it is just stopped.
        pass.stop(t, reason);
      } else {
        put(pass.newTask(t.slot, spec.mode === 'GLOBAL' ? t.nodeId : null, `replacement: ${reason}`));
        put({ ...t, stateReason: `${reason} (kept until replacement is ready)`, updatedAt: now });
      }
      started++;
    }
    if (started > 0 && rollout && rolloutActive && fpOutdated.length > 0)
      setRollout({ ...rollout, lastBatchAt: now, updatedAt: now, message: `replacing ${started} task(s)` });

    // START_FIRST: once a slot's new task is ready, its older sibling goes.
    for (const key of new Set(activeTasks().map(keyOf))) {
      const inKey = activeTasks().filter((t) => keyOf(t) === key);
      if (inKey.length < 2) continue;
      const fresh = inKey.filter((t) => !isOutdated(t) && isReady(t, spec));
      if (fresh.length === 0) continue;
      for (const old of inKey.filter((t) => isOutdated(t) || t !== newest(fresh)))
        pass.stop(old, 'replacement is ready');
    }

    if (rollout && rolloutActive && outdated.length === 0) {
      const all = activeTasks();
      const done =
        all.length >= desiredCount(input) &&
        all.every((t) => t.readyAt && now.getTime() - t.readyAt.getTime() >= cfg.monitorMs);
      if (done) {
        const state = rollout.isRollback ? 'ROLLED_BACK' : 'COMPLETED';
        setRollout({
          ...rollout,
          state,
          completedAt: now,
          updatedAt: now,
          updated: all.length,
          message: 'all tasks updated',
        });
        notes.push({
          kind: rollout.isRollback ? 'rollout.rolled_back' : 'rollout.completed',
          severity: rollout.isRollback ? 'WARNING' : 'INFO',
          message: `${service.name}: ${rollout.isRollback ? 'rolled back' : 'updated'} to revision ${service.currentRevision}`,
        });
      }
    }
  }

  // 3. Orchestrate: one active task per slot (replicated) or per eligible node (global).
  if (spec.mode === 'GLOBAL') planGlobal(pass, input.eligibleNodes);
  else planReplicated(pass, slots);

  return pass.output({ rollout, rolloutChanged, request });
}

function desiredCount(input: ReconcileInput): number {
  return input.service.spec.mode === 'GLOBAL' ? input.eligibleNodes.length : input.service.spec.replicas;
}
