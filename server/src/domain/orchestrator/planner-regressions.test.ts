/**
 * Regression tests for planner bugs found by the multi-node orchestration tests
 * (test/integration/orchestration*.test.ts). Each case names the behaviour that was wrong.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RESTART_POLICY, DEFAULT_UPDATE_CONFIG } from '../service.js';
import { reconcileService } from './index.js';
import { restartDecision, stableRunMs } from './restart.js';
import { at, input, mkNode, mkRollout, obs, service, spec, task } from './testing.js';

describe('restart supervisor: crash loops', () => {
  const policy = {
    ...DEFAULT_RESTART_POLICY,
    condition: 'ON_FAILURE' as const,
    delayMs: 200,
    maxAttempts: 3,
  };

  it('does not forget earlier failures when a crashing container is briefly seen running', () => {
    // Bug: first readiness reset `failures` to 0, so a container that exits right after starting
    // (no health check: "running" counts as ready) restarted forever at the base delay.
    const s = service(spec({ replicas: 1, restartPolicy: policy }));
    const t = task('a', 1, { failures: 2, readyAt: null, state: 'STARTING', createdAt: at(0) });
    const seenRunning = reconcileService(input(s, [t], [obs(t)], at(1000)));
    const now = seenRunning.tasks.find((x) => x.id === 'a')!;
    expect(now.readyAt).toEqual(at(1000));
    expect(now.failures).toBe(2);

    // It exits: the restart (3rd failure in a row) waits 200 × 2 and carries the count on.
    const exited = reconcileService(input(s, [now], [obs(now, { state: 'exited', exitCode: 1 })], at(1100)));
    const next = exited.tasks.find((x) => x.id !== 'a')!;
    expect(next.failures).toBe(3);
    expect(next.notBefore!.getTime() - at(1100).getTime()).toBe(400);
  });

  it('forgets failures once the task has stayed ready for the stable period', () => {
    const s = service(spec({ replicas: 1, restartPolicy: policy }));
    const t = task('a', 1, { failures: 2, readyAt: at(0) });
    const early = reconcileService(input(s, [t], [obs(t)], at(stableRunMs(policy) - 1)));
    expect(early.tasks).toEqual([]);
    const later = reconcileService(input(s, [t], [obs(t)], at(stableRunMs(policy))));
    expect(later.tasks.find((x) => x.id === 'a')?.failures).toBe(0);
    expect(stableRunMs({ ...policy, windowMs: 60_000 })).toBe(60_000);
  });

  it('gives up after maxAttempts restarts, not maxAttempts runs', () => {
    // Bug: `recentFailures >= maxAttempts` stopped after 3 runs (2 restarts) with maxAttempts 3.
    const failedRun = (failures: number) => task('x', 1, { state: 'FAILED', failures });
    const decisions = [0, 1, 2, 3].map((f) => restartDecision(policy, failedRun(f), f + 1, at(0)));
    expect(decisions.map((d) => d.restart)).toEqual([true, true, true, false]);
    expect(
      decisions.slice(0, 3).map((d) => (d.restart ? d.notBefore.getTime() - at(0).getTime() : -1)),
    ).toEqual([0, 200, 400]);
    expect(decisions[3]).toEqual({
      restart: false,
      reason: 'gave up after 3 restarts (4 failures in a row)',
    });
  });
});

describe('rolling replacement: one replacement per slot', () => {
  it('START_FIRST: does not start a second replacement for a slot whose replacement is in flight', () => {
    // Bug: the old task stays desired RUNNING until its replacement is ready, so it stayed in
    // `outdated`; when another slot's replacement finished first, the freed allowance went to the
    // same old task again (slots sorted first), and the slot got two replacements.
    const v1 = spec({ replicas: 3 });
    const v2 = spec({
      replicas: 3,
      image: 'local/webapp:v2',
      update: { ...DEFAULT_UPDATE_CONFIG, parallelism: 2, order: 'START_FIRST', monitorMs: 0 },
    });
    const rollout = mkRollout('UPDATING', { lastBatchAt: at(0) });
    const s = service(v2, { currentRevision: 2, previousRevision: 1, rollout });
    // Slot 1: old still running, its replacement still starting. Slot 2: already replaced.
    const old1 = task('old1', 1);
    const new1 = task('new1', 1, { revision: 2, state: 'STARTING', readyAt: null, createdAt: at(100) });
    const new2 = task('new2', 2, { revision: 2, readyAt: at(200), createdAt: at(100) });
    const old3 = task('old3', 3);
    const ts = [old1, new1, new2, old3];
    const out = reconcileService(
      input(s, ts, [obs(old1), obs(new1, { state: 'created' }), obs(new2), obs(old3)], at(1000), undefined, [
        [1, v1],
      ]),
    );
    const created = out.tasks.filter((t) => t.id.startsWith('new-'));
    // Allowance is 1 (new1 in flight): it goes to slot 3, not to slot 1 again.
    expect(created.map((t) => t.slot)).toEqual([3]);
  });

  it('drain: a task being moved off a drained node is not moved twice', () => {
    const s = service(
      spec({ replicas: 3, update: { ...DEFAULT_UPDATE_CONFIG, parallelism: 3, monitorMs: 0 } }),
    );
    const nodes = [mkNode('n1'), mkNode('n2', { availability: 'DRAIN' })];
    const a = task('a', 1, { nodeId: 'n2' });
    const b = task('b', 2, { nodeId: 'n2' });
    const c = task('c', 3);
    // a's replacement is starting on n1; b has not been moved yet.
    const aNew = task('aNew', 1, { state: 'ASSIGNED', readyAt: null, containerId: null, createdAt: at(100) });
    const out = reconcileService(input(s, [a, b, c, aNew], [obs(a), obs(b), obs(c)], at(1000), nodes));
    const created = out.tasks.filter((t) => t.id.startsWith('new-'));
    expect(created.map((t) => t.slot)).toEqual([2]);
  });
});
