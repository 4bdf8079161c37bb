import { describe, expect, it } from 'vitest';
import { DEFAULT_RESTART_POLICY, DEFAULT_UPDATE_CONFIG } from '../service.js';
import { containerFingerprint } from './fingerprint.js';
import { reconcileService } from './index.js';
import { backoffMs } from './restart.js';
import { at, input, mkNode, mkRollout, obs, running, service, spec } from './testing.js';

const node = mkNode('n1');

describe('reconcileService', () => {
  it('creates one PENDING task per missing slot', () => {
    const a = running('a', 1);
    const out = reconcileService(input(service(spec()), [a], [obs(a)]));
    const created = out.tasks.filter((t) => t.id.startsWith('new-'));
    expect(created.map((t) => [t.slot, t.state, t.desiredState])).toEqual([
      [2, 'PENDING', 'RUNNING'],
      [3, 'PENDING', 'RUNNING'],
    ]);
  });

  it('is idempotent: a converged service yields no changes and no engine work', () => {
    const ts = [running('a', 1), running('b', 2), running('c', 3)];
    const out = reconcileService(
      input(
        service(spec()),
        ts,
        ts.map((t) => obs(t)),
      ),
    );
    expect(out.tasks).toEqual([]);
    expect(out.ops).toEqual([]);
  });

  it('marks an exited container FAILED with its code and restarts the slot after backoff', () => {
    const ts = [running('a', 1), running('b', 2), running('c', 3, 1, { failures: 2 })];
    const out = reconcileService(
      input(service(spec()), ts, [obs(ts[0]!), obs(ts[1]!), obs(ts[2]!, { state: 'exited', exitCode: 137 })]),
    );
    const failed = out.tasks.find((t) => t.id === 'c')!;
    expect(failed.state).toBe('FAILED');
    expect(failed.stateReason).toBe('exited with code 137');
    const replacement = out.tasks.find((t) => t.slot === 3 && t.id !== 'c')!;
    expect(replacement.failures).toBe(3);
    // The 1st failure restarts at once, then 500 ms doubling: the 3rd in a row waits 1 s.
    expect(replacement.notBefore?.getTime()).toBe(at(1000).getTime() + 1000);
    expect(out.ops).toContainEqual({
      kind: 'stop',
      task: expect.objectContaining({ id: 'c' }),
      reason: 'cleanup of failed task',
    });
  });

  it('does not restart under policy NONE, nor a clean exit under ON_FAILURE', () => {
    const none = service(
      spec({ replicas: 1, restartPolicy: { ...DEFAULT_RESTART_POLICY, condition: 'NONE' } }),
    );
    const a = running('a', 1);
    let out = reconcileService(input(none, [a], [obs(a, { state: 'exited', exitCode: 1 })]));
    expect(out.tasks.filter((t) => t.id.startsWith('new-'))).toEqual([]);
    const onFailure = service(
      spec({ replicas: 1, restartPolicy: { ...DEFAULT_RESTART_POLICY, condition: 'ON_FAILURE' } }),
    );
    out = reconcileService(input(onFailure, [a], [obs(a, { state: 'exited', exitCode: 0 })]));
    expect(out.tasks.find((t) => t.id === 'a')?.state).toBe('COMPLETE');
    expect(out.tasks.filter((t) => t.id.startsWith('new-'))).toEqual([]);
  });

  it('replaces an unhealthy task', () => {
    const s = service(
      spec({
        replicas: 1,
        healthCheck: { test: ['CMD', 'true'], intervalMs: 500, timeoutMs: 500, retries: 2, startPeriodMs: 0 },
      }),
    );
    const a = running('a', 1, 1, { health: 'HEALTHY' });
    const out = reconcileService(input(s, [a], [obs(a, { health: 'UNHEALTHY' })]));
    expect(out.tasks.find((t) => t.id === 'a')?.state).toBe('FAILED');
    expect(out.tasks.some((t) => t.slot === 1 && t.id !== 'a' && t.state === 'PENDING')).toBe(true);
  });

  it('scales down by shutting down the highest slots', () => {
    const ts = [running('a', 1), running('b', 2), running('c', 3)];
    const out = reconcileService(
      input(
        service(spec({ replicas: 1 })),
        ts,
        ts.map((t) => obs(t)),
      ),
    );
    expect(
      out.tasks
        .filter((t) => t.desiredState === 'SHUTDOWN')
        .map((t) => t.slot)
        .sort(),
    ).toEqual([2, 3]);
  });

  it('rolls out in batches of `parallelism` (STOP_FIRST) and waits for the batch to be ready', () => {
    const v2 = spec({
      image: 'local/webapp:v2',
      update: { ...DEFAULT_UPDATE_CONFIG, parallelism: 2, monitorMs: 0 },
    });
    const rollout = {
      state: 'UPDATING' as const,
      fromRevision: 1,
      toRevision: 2,
      startedAt: at(500),
      updatedAt: at(500),
      completedAt: null,
      updated: 0,
      failed: 0,
      lastBatchAt: null,
      message: '',
      isRollback: false,
      pausedByOperator: false,
    };
    const s = service(v2, { currentRevision: 2, previousRevision: 1, rollout });
    const ts = [running('a', 1), running('b', 2), running('c', 3)];
    const inp = input(
      s,
      ts,
      ts.map((t) => obs(t)),
    );
    inp.fingerprints.set(1, containerFingerprint(spec()));
    const out = reconcileService(inp);
    const stopping = out.tasks.filter((t) => t.desiredState === 'SHUTDOWN');
    expect(stopping.map((t) => t.slot)).toEqual([1, 2]);
    const fresh = out.tasks.filter((t) => t.id.startsWith('new-'));
    expect(fresh.map((t) => [t.slot, t.revision])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('asks for a rollback when a new task fails and the failure action is ROLLBACK', () => {
    const v3 = spec({ image: 'local/webapp:v3' });
    const rollout = mkRollout('UPDATING', { lastBatchAt: at(0) });
    const s = service(v3, { currentRevision: 2, previousRevision: 1, rollout });
    const failedNew = running('n', 1, 2, { createdAt: at(100), state: 'RUNNING', readyAt: null });
    const ts = [failedNew, running('b', 2), running('c', 3)];
    const inp = input(
      s,
      ts,
      [obs(failedNew, { state: 'exited', exitCode: 1 }), obs(ts[1]!), obs(ts[2]!)],
      at(2000),
    );
    inp.fingerprints.set(1, containerFingerprint(spec()));
    const out = reconcileService(inp);
    expect(out.request).toEqual({
      kind: 'rollback',
      reason: expect.stringMatching(/1 of 3 updated tasks failed/),
    });
  });

  it('orphans tasks of a node down past the grace, so their slots are rescheduled', () => {
    const a = running('a', 1);
    const inp = input(service(spec({ replicas: 1 })), [a], [], at(10_000));
    inp.nodes.set('n1', { ...node, status: 'DOWN', lastSeenAt: at(0) });
    inp.observedNodes.clear();
    const out = reconcileService(inp);
    expect(out.tasks.find((t) => t.id === 'a')?.state).toBe('ORPHANED');
    expect(out.tasks.find((t) => t.id !== 'a')).toMatchObject({ slot: 1, state: 'PENDING', notBefore: null });
  });

  it('restarts at once after the first failure, then backs off doubling up to the cap', () => {
    const p = { ...DEFAULT_RESTART_POLICY, delayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(p, n))).toEqual([0, 100, 200, 400, 800, 1000, 1000]);
  });
});
