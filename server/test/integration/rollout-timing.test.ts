import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import {
  createService,
  getService,
  ORCHESTRATION_ENV,
  removeService,
  teardownCluster,
  updateService,
  webapp,
  type ServiceView,
  type TaskView,
} from './orchestration-helpers.js';

/**
 * The rollout's two timings on a real engine (issue #19): `monitorMs` is Swarm's failure watch,
 * which does not hold the next batch, and `minReadyMs` is what does. Asserted on the order of the
 * control plane's own task timestamps (when each new task was created and became ready), never
 * on wall-clock thresholds.
 */
describe('rollout: monitor window and minReadyMs', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer(ORCHESTRATION_ENV);
  });
  afterAll(async () => {
    await teardownCluster(s);
  });

  const ms = (iso: string | null) => (iso ? Date.parse(iso) : Number.NaN);
  /** The tasks of `revision`, one per slot (the first that slot had), in the order they were created. */
  const batches = (v: ServiceView, revision: number): TaskView[] => {
    const first = new Map<number, TaskView>();
    for (const t of [...v.tasks].sort((a, b) => ms(a.createdAt) - ms(b.createdAt)))
      if (t.revision === revision && !first.has(t.slot)) first.set(t.slot, t);
    return [...first.values()];
  };
  const withRollout = async (v: ServiceView) => {
    const d = await s.ok<{ service: { rollout: { state: string; completedAt: string | null } | null } }>(
      `query($id: ID!) { service(id: $id) { rollout { state completedAt } } }`,
      { id: v.id },
    );
    return d.service.rollout;
  };
  const deployed = async (name: string, replicas: number, update: Record<string, unknown>) => {
    const spec = (image: string) => webapp(name, image, replicas, { update });
    const v = await createService(s, spec('local/webapp:v1'));
    await waitFor(async () => (await getService(s, v.id)).healthyReplicas === replicas, {
      timeoutMs: 60_000,
      what: `${replicas} healthy v1 replicas`,
    });
    return { id: v.id, spec };
  };

  /** Updates to `spec` and waits for the rollout to complete with `replicas` healthy. */
  const rollOut = async (id: string, spec: Record<string, unknown>, replicas: number) => {
    await updateService(s, id, spec);
    return waitFor(
      async () => {
        const v = await getService(s, id);
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === replicas && v;
      },
      { timeoutMs: 90_000, what: 'the rollout to complete' },
    );
  };

  it('a rolling update with monitor 5 s does not wait 5 s per batch', async () => {
    const monitorMs = 5000;
    const { id, spec } = await deployed(uniq('monitor'), 3, {
      parallelism: 1,
      monitorMs,
      minReadyMs: 0,
      failureAction: 'PAUSE',
    });
    const done = await rollOut(id, spec('local/webapp:v2'), 3);
    const b = batches(done, 2);
    expect(b).toHaveLength(3);
    for (const t of b) expect(t.readyAt, `task ${t.slot} became ready`).not.toBeNull();
    // Each next batch was created inside the previous batch's monitor window: it did not wait it out.
    for (let i = 1; i < b.length; i++) {
      const prev = b[i - 1]!;
      expect(ms(b[i]!.createdAt)).toBeGreaterThanOrEqual(ms(prev.readyAt));
      expect(ms(b[i]!.createdAt), `batch ${i + 1} waited for batch ${i}'s monitor window`).toBeLessThan(
        ms(prev.readyAt) + monitorMs,
      );
    }
    // ...and the rollout completed only after the last batch was through its window.
    const r = await withRollout(done);
    expect(ms(r!.completedAt)).toBeGreaterThanOrEqual(ms(b[b.length - 1]!.readyAt) + monitorMs);
    await removeService(s, id);
  });

  it('a failing task inside the monitor window still triggers the failure action', async () => {
    // A long window (the batches after the first all finish inside it), failure action PAUSE.
    const { id, spec } = await deployed(uniq('watch'), 3, {
      parallelism: 1,
      monitorMs: 20_000,
      failureAction: 'PAUSE',
      maxFailureRatio: 0,
    });
    await updateService(s, id, spec('local/webapp:v2'));
    // The first new task, once ready, turns unhealthy (the webapp answers 500 while /tmp/unhealthy exists).
    const first = await waitFor(
      async () => {
        const v = await getService(s, id);
        return batches(v, 2).find((t) => t.readyAt && t.containerId && t.state === 'RUNNING');
      },
      { timeoutMs: 60_000, what: 'a ready v2 task' },
    );
    await docker('n1', 'exec', first.containerId!, 'touch', '/tmp/unhealthy');
    const paused = await waitFor(
      async () => {
        const v = await getService(s, id);
        return v.rollout?.state === 'PAUSED' && v;
      },
      { timeoutMs: 60_000, what: 'the rollout paused by the failure' },
    );
    expect(paused.rollout).toMatchObject({ state: 'PAUSED', failed: 1, isRollback: false });
    expect(paused.rollout!.phase).toMatch(/^paused: 1 of 3 updated tasks failed/);
    const failed = paused.tasks.find((t) => t.id === first.id)!;
    expect(failed.state).toBe('FAILED');
    // The next batch had not waited for the first task's window: it started before the failure.
    const b = batches(paused, 2);
    expect(b.length).toBeGreaterThan(1);
    expect(ms(b[1]!.createdAt)).toBeLessThan(ms(failed.updatedAt));
    await removeService(s, id);
  });

  it('minReadyMs holds batches back', async () => {
    const minReadyMs = 3000;
    const { id, spec } = await deployed(uniq('minready'), 3, {
      parallelism: 1,
      monitorMs: 0,
      minReadyMs,
      failureAction: 'PAUSE',
    });
    const done = await rollOut(id, spec('local/webapp:v2'), 3);
    const b = batches(done, 2);
    expect(b).toHaveLength(3);
    // Each next batch was created only once the previous batch's task had been ready for minReadyMs.
    for (let i = 1; i < b.length; i++)
      expect(ms(b[i]!.createdAt), `batch ${i + 1} started early`).toBeGreaterThanOrEqual(
        ms(b[i - 1]!.readyAt) + minReadyMs,
      );
    const r = await withRollout(done);
    expect(ms(r!.completedAt)).toBeGreaterThanOrEqual(ms(b[b.length - 1]!.readyAt) + minReadyMs);
    await removeService(s, id);
  });
});
