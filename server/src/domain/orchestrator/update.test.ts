/**
 * One test per row of the rollout's transition table (update.ts), and the moves it does not make.
 * The planner's moves (failure:*, done) are checked through reconcileService, the service
 * layer's (update, rollback, pause, resume) through the functions it calls.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_UPDATE_CONFIG, RolloutState, type FailureAction, type ServiceSpec } from '../service.js';
import type { Task } from '../task.js';
import { reconcileService } from './index.js';
import { at, input, mkRollout, obs, service, spec, task } from './testing.js';
import {
  nextRolloutState,
  pauseRollout,
  resumeRollout,
  ROLLOUT_TRANSITIONS,
  startRollout,
  type RolloutEvent,
} from './update.js';

const tested = new Set<string>();
/** The title of the test of one table row, remembered so the last test can check none is missing. */
function row(from: RolloutState | 'ANY', event: RolloutEvent, to: RolloutState, what: string): string {
  tested.add(`${from} ${event} ${to}`);
  return `${from} --${event}--> ${to}: ${what}`;
}

const v1 = spec();

const rollout = mkRollout;

/** Revision 2 (image v2) rolling out over 3 replicas of revision 1, one at a time, STOP_FIRST. */
function rollingService(
  state: RolloutState,
  failureAction: FailureAction = 'PAUSE',
  over: Partial<ServiceSpec> = {},
) {
  const cfg = { ...DEFAULT_UPDATE_CONFIG, parallelism: 1, monitorMs: 0, maxFailureRatio: 0, failureAction };
  const v2 = spec({ image: 'local/webapp:v2', update: cfg, rollback: cfg, ...over });
  return service(v2, { currentRevision: 2, previousRevision: 1, rollout: rollout(state) });
}

/** Slot 1's new task exits with code 1 this pass; slots 2 and 3 still run revision 1. */
function passWithFailedNewTask(state: RolloutState, failureAction: FailureAction) {
  const fresh = task('fresh', 1, { revision: 2, createdAt: at(100), readyAt: null });
  const ts = [fresh, task('b', 2), task('c', 3)];
  const observed = [obs(fresh, { state: 'exited', exitCode: 1 }), obs(ts[1]!), obs(ts[2]!)];
  return reconcileService(
    input(rollingService(state, failureAction), ts, observed, at(2000), undefined, [[1, v1]]),
  );
}

/** Every slot runs revision 2, ready since T0. */
function passAllUpdated(state: RolloutState) {
  const ts = [1, 2, 3].map((slot) => task(`t${slot}`, slot, { revision: 2 }));
  return reconcileService(
    input(
      rollingService(state),
      ts,
      ts.map((t) => obs(t)),
      at(2000),
      undefined,
      [[1, v1]],
    ),
  );
}

const stopped = (tasks: Task[]) => tasks.filter((t) => t.desiredState === 'SHUTDOWN').map((t) => t.id);

describe('rollout transitions (update.ts ROLLOUT_TRANSITIONS)', () => {
  const before = [null, ...Object.values(RolloutState).filter((s) => s !== 'NONE')];

  it.each(before)(
    row('ANY', 'update', 'UPDATING', 'a revision that changes the containers starts an update (from %s)'),
    (state) => {
      const current = service(v1, { currentRevision: 3, rollout: state ? rollout(state) : null });
      expect(startRollout(current, 4, 'new image', false, at(10))).toEqual({
        ...rollout('UPDATING', { fromRevision: 3, toRevision: 4, startedAt: at(10), updatedAt: at(10) }),
        message: 'new image',
      });
    },
  );

  it.each(before)(
    row('ANY', 'rollback', 'ROLLING_BACK', 'a rollback starts from any state (from %s)'),
    (state) => {
      const current = service(v1, { currentRevision: 3, rollout: state ? rollout(state) : null });
      expect(startRollout(current, 4, 'rollback to revision 2', true, at(10))).toMatchObject({
        state: 'ROLLING_BACK',
        isRollback: true,
        fromRevision: 3,
        toRevision: 4,
        failed: 0,
        lastBatchAt: null,
      });
    },
  );

  it(row('UPDATING', 'failure:CONTINUE', 'UPDATING', 'a failed new task does not stop the update'), () => {
    const out = passWithFailedNewTask('UPDATING', 'CONTINUE');
    expect(out.rollout).toMatchObject({ state: 'UPDATING', failed: 1 });
    expect(out.request).toBeNull();
    expect(stopped(out.tasks)).toEqual(['b']); // the next batch goes
  });

  it(row('UPDATING', 'failure:PAUSE', 'PAUSED', 'too many failed new tasks pause the update'), () => {
    const out = passWithFailedNewTask('UPDATING', 'PAUSE');
    expect(out.rollout).toMatchObject({ state: 'PAUSED', failed: 1, pausedByOperator: false });
    expect(out.rollout!.message).toBe('paused: 1 of 3 updated tasks failed (max failure ratio 0)');
    expect(out.notes.map((n) => n.kind)).toContain('rollout.paused');
    expect(stopped(out.tasks)).toEqual([]); // no next batch
  });

  it(
    row('UPDATING', 'failure:ROLLBACK', 'ROLLING_BACK', 'too many failed new tasks ask for a rollback'),
    () => {
      const out = passWithFailedNewTask('UPDATING', 'ROLLBACK');
      expect(out.request).toEqual({
        kind: 'rollback',
        reason: '1 of 3 updated tasks failed (max failure ratio 0)',
      });
      // The rollback is a new revision the service layer makes; until then the update holds still.
      expect(out.rollout!.state).toBe('UPDATING');
      expect(stopped(out.tasks)).toEqual([]);
    },
  );

  it(row('UPDATING', 'pause', 'PAUSED', 'the operator pauses an update'), () => {
    expect(pauseRollout(rollout('UPDATING'), at(10))).toEqual({
      ...rollout('PAUSED'),
      pausedByOperator: true,
      message: 'paused by operator',
      updatedAt: at(10),
    });
  });

  it(row('UPDATING', 'done', 'COMPLETED', 'every task updated and monitored completes the update'), () => {
    const out = passAllUpdated('UPDATING');
    expect(out.rollout).toMatchObject({ state: 'COMPLETED', completedAt: at(2000), updated: 3 });
    expect(out.notes).toContainEqual({
      kind: 'rollout.completed',
      severity: 'INFO',
      message: 'web: updated to revision 2',
    });
  });

  it(row('PAUSED', 'resume', 'UPDATING', 'the operator resumes; failures so far are forgiven'), () => {
    const paused = rollout('PAUSED', { failed: 2, pausedByOperator: true, lastBatchAt: at(5) });
    expect(resumeRollout(paused, at(10))).toEqual({
      ...paused,
      state: 'UPDATING',
      failed: 0,
      startedAt: at(10),
      updatedAt: at(10),
      pausedByOperator: false,
      message: 'resumed',
    });
  });

  it(
    row('ROLLING_BACK', 'failure:CONTINUE', 'ROLLING_BACK', 'a failed task does not stop the rollback'),
    () => {
      const out = passWithFailedNewTask('ROLLING_BACK', 'CONTINUE');
      expect(out.rollout).toMatchObject({ state: 'ROLLING_BACK', failed: 1 });
      expect(out.request).toBeNull();
      expect(stopped(out.tasks)).toEqual(['b']);
    },
  );

  it(
    row('ROLLING_BACK', 'failure:PAUSE', 'ROLLBACK_PAUSED', 'too many failed tasks pause the rollback'),
    () => {
      const out = passWithFailedNewTask('ROLLING_BACK', 'PAUSE');
      expect(out.rollout).toMatchObject({ state: 'ROLLBACK_PAUSED', failed: 1 });
      expect(stopped(out.tasks)).toEqual([]);
    },
  );

  it(
    row(
      'ROLLING_BACK',
      'failure:ROLLBACK',
      'ROLLBACK_PAUSED',
      'a failing rollback is paused, not rolled back',
    ),
    () => {
      const out = passWithFailedNewTask('ROLLING_BACK', 'ROLLBACK');
      expect(out.request).toBeNull();
      expect(out.rollout).toMatchObject({ state: 'ROLLBACK_PAUSED', failed: 1 });
      expect(out.rollout!.message).toMatch(/^paused: 1 of 3 updated tasks failed/);
    },
  );

  it(row('ROLLING_BACK', 'pause', 'ROLLBACK_PAUSED', 'the operator pauses a rollback'), () => {
    expect(pauseRollout(rollout('ROLLING_BACK'), at(10))).toMatchObject({
      state: 'ROLLBACK_PAUSED',
      isRollback: true,
      pausedByOperator: true,
    });
  });

  it(row('ROLLING_BACK', 'done', 'ROLLED_BACK', 'every task back and monitored ends the rollback'), () => {
    const out = passAllUpdated('ROLLING_BACK');
    expect(out.rollout).toMatchObject({ state: 'ROLLED_BACK', completedAt: at(2000) });
    expect(out.notes).toContainEqual({
      kind: 'rollout.rolled_back',
      severity: 'WARNING',
      message: 'web: rolled back to revision 2',
    });
  });

  it(row('ROLLBACK_PAUSED', 'resume', 'ROLLING_BACK', 'the operator resumes a rollback'), () => {
    expect(resumeRollout(rollout('ROLLBACK_PAUSED', { failed: 1 }), at(10))).toMatchObject({
      state: 'ROLLING_BACK',
      failed: 0,
      startedAt: at(10),
    });
  });

  it('has a test above for every row of the table', () => {
    expect(ROLLOUT_TRANSITIONS.map(([from, event, to]) => `${from} ${event} ${to}`).sort()).toEqual(
      [...tested].sort(),
    );
  });
});

describe('moves the rollout does not make', () => {
  it('pause applies only to a rollout in progress, resume only to a paused one', () => {
    for (const s of ['PAUSED', 'COMPLETED', 'ROLLED_BACK', 'ROLLBACK_PAUSED'] as const)
      expect(pauseRollout(rollout(s), at(10))).toBeNull();
    for (const s of ['UPDATING', 'ROLLING_BACK', 'COMPLETED', 'ROLLED_BACK'] as const)
      expect(resumeRollout(rollout(s), at(10))).toBeNull();
    expect(pauseRollout(null, at(10))).toBeNull();
    expect(resumeRollout(null, at(10))).toBeNull();
    expect(nextRolloutState(null, 'done')).toBeNull();
    expect(nextRolloutState('COMPLETED', 'failure:PAUSE')).toBeNull();
  });

  it('a paused rollout neither completes nor replaces tasks', () => {
    const out = passAllUpdated('PAUSED');
    expect(out.rollout!.state).toBe('PAUSED');
    expect(out.rolloutChanged).toBe(false);
    const waiting = passWithFailedNewTask('PAUSED', 'PAUSE');
    expect(stopped(waiting.tasks)).toEqual([]);
  });

  it('a rollout paused for failures is not completed in the same pass', () => {
    // Three replicas at the target already (one more than the two desired, before the scale-down
    // stops it) and a fourth new task failing: the failure pauses the update, and the table has
    // no PAUSED --done-->. reconcile.ts completed it in that same pass.
    const fail = task('fail', 4, { revision: 2, createdAt: at(100), readyAt: null });
    const ts = [...[1, 2, 3].map((slot) => task(`t${slot}`, slot, { revision: 2 })), fail];
    const observed = [...ts.slice(0, 3).map((t) => obs(t)), obs(fail, { state: 'exited', exitCode: 1 })];
    const out = reconcileService(
      input(rollingService('UPDATING', 'PAUSE', { replicas: 2 }), ts, observed, at(2000), undefined, [
        [1, v1],
      ]),
    );
    expect(out.rollout).toMatchObject({ state: 'PAUSED', completedAt: null });
    expect(out.notes.map((n) => n.kind)).not.toContain('rollout.completed');
  });
});

describe('monitor window and minReadyMs (Swarm: the monitor does not hold the next batch)', () => {
  /** Revision 2 over 3 replicas, one at a time, failure action PAUSE, with these timings. */
  function timedService(timing: { monitorMs: number; minReadyMs?: number }) {
    const update = {
      ...DEFAULT_UPDATE_CONFIG,
      parallelism: 1,
      maxFailureRatio: 0,
      failureAction: 'PAUSE' as const,
      ...timing,
    };
    return rollingService('UPDATING', 'PAUSE', { update, rollback: update });
  }
  const passAt = (
    timing: { monitorMs: number; minReadyMs?: number },
    ts: Task[],
    now: number,
    observed = ts.map((t) => obs(t)),
  ) => reconcileService(input(timedService(timing), ts, observed, at(now), undefined, [[1, v1]]));
  /** Slot 1 replaced (created at 0.1 s, ready at 1 s); slots 2 and 3 still on revision 1. */
  const firstBatchDone = () => [
    task('fresh', 1, { revision: 2, createdAt: at(100), readyAt: at(1000) }),
    task('b', 2),
    task('c', 3),
  ];

  it('the next batch starts as soon as the new task is ready, inside its monitor window', () => {
    const out = passAt({ monitorMs: 5000, minReadyMs: 0 }, firstBatchDone(), 1500);
    expect(stopped(out.tasks)).toEqual(['b']);
    expect(out.rollout!.state).toBe('UPDATING');
  });

  it('minReadyMs holds the next batch until the new task has been ready that long', () => {
    expect(stopped(passAt({ monitorMs: 0, minReadyMs: 3000 }, firstBatchDone(), 2500).tasks)).toEqual([]);
    expect(stopped(passAt({ monitorMs: 0, minReadyMs: 3000 }, firstBatchDone(), 4000).tasks)).toEqual(['b']);
  });

  it('a task of an earlier batch failing inside its monitor window fires the failure action', () => {
    // Slot 1 (ready at 1 s) exits while slot 2's batch runs: seen at 3 s, inside its 5 s window.
    const [first, , c] = firstBatchDone();
    const second = task('second', 2, { revision: 2, createdAt: at(1500), readyAt: at(2000) });
    const ts = [first!, second, c!];
    const observed = [obs(first!, { state: 'exited', exitCode: 1 }), obs(second), obs(c!)];
    expect(passAt({ monitorMs: 5000 }, ts, 3000, observed).rollout).toMatchObject({
      state: 'PAUSED',
      failed: 1,
    });
    // The same exit seen after the window (at 7 s) does not count.
    expect(passAt({ monitorMs: 5000 }, ts, 7000, observed).rollout).toMatchObject({
      state: 'UPDATING',
      failed: 0,
    });
  });

  it('completes only once the last batch has passed its monitor window', () => {
    const ts = [1, 2, 3].map((slot) => task(`t${slot}`, slot, { revision: 2, readyAt: at(slot * 1000) }));
    expect(passAt({ monitorMs: 5000 }, ts, 6000).rollout!.state).toBe('UPDATING'); // slot 3: 3 s into its window
    expect(passAt({ monitorMs: 5000 }, ts, 8000).rollout!.state).toBe('COMPLETED');
  });
});
