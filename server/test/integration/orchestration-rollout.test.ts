import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, uniq, waitFor, type TestServer } from './harness.js';
import {
  activeTasks,
  countByNode,
  createService,
  engineContainers,
  getService,
  healthUrls,
  httpGet,
  publishedUrl,
  removeService,
  startCluster,
  teardownCluster,
  updateService,
  versions,
  webapp,
  type ServiceView,
} from './orchestration-helpers.js';

/**
 * Rolling updates, automatic and manual rollbacks, the restart supervisor and health-driven
 * replacement, on three real engines, checked over HTTP against the replicas themselves.
 */
describe('orchestration: rollouts and restarts', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startCluster();
  });
  afterAll(async () => {
    await teardownCluster(s);
  });

  it('rolls v1 → v2 two at a time without ever dropping to zero healthy replicas', async () => {
    const name = uniq('roll');
    const spec = (image: string) =>
      webapp(name, image, 4, { update: { parallelism: 2, monitorMs: 1000, failureAction: 'ROLLBACK' } });
    const { id } = await createService(s, spec('local/webapp:v1'));
    await waitFor(async () => (await getService(s, id)).healthyReplicas === 4, {
      timeoutMs: 60_000,
      what: '4 healthy v1 replicas',
    });
    const before = await engineContainers(id, { running: true, strict: true });
    expect(Object.values(countByNode(before)).filter((n) => n > 0).length).toBeGreaterThan(1); // really multi-node
    expect(await versions(id)).toEqual(['v1', 'v1', 'v1', 'v1']);

    await updateService(s, id, spec('local/webapp:v2'));

    // Sample every ~100 ms until the rollout completes: the API's healthy count and, independently,
    // GET /health on every running replica over its published port (found through the Engine API,
    // cheap enough to poll). A sample where every replica answered but none with 200 is a moment
    // with zero healthy replicas; one where some did not answer in time (a loaded machine) proves
    // nothing either way and is counted apart.
    const probe = async (url: string): Promise<number | 'refused' | 'timeout'> => {
      try {
        return (await fetch(url, { signal: AbortSignal.timeout(3000) })).status;
      } catch (err) {
        return (err as Error).name === 'TimeoutError' ? 'timeout' : 'refused';
      }
    };
    const samples: { at: number; apiHealthy: number; http: 'ok' | 'zero' | 'unknown'; answers: string }[] =
      [];
    const started = Date.now();
    let completed = false;
    while (Date.now() - started < 90_000) {
      const t0 = Date.now();
      const [v, answers] = await Promise.all([
        s.ok<{ service: { healthyReplicas: number; rollout: { state: string } | null } }>(
          `query($id: ID!) { service(id: $id) { healthyReplicas rollout { state } } }`,
          { id },
        ),
        healthUrls(id).then((urls) => Promise.all(urls.map(probe))),
      ]);
      const http = answers.includes(200) ? 'ok' : answers.includes('timeout') ? 'unknown' : 'zero';
      samples.push({
        at: t0 - started,
        apiHealthy: v.service.healthyReplicas,
        http,
        answers: answers.join(','),
      });
      if (v.service.rollout?.state === 'COMPLETED' && v.service.healthyReplicas === 4) {
        completed = true;
        break;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - t0))));
    }
    expect(completed, `rollout did not complete: ${JSON.stringify(samples.slice(-3))}`).toBe(true);
    expect(samples.length).toBeGreaterThan(5);
    expect(
      samples.filter((x) => x.apiHealthy === 0),
      'moments with no healthy replica (API)',
    ).toEqual([]);
    expect(
      samples.filter((x) => x.http === 'zero'),
      'moments with no replica answering /health',
    ).toEqual([]);
    expect(samples.filter((x) => x.http === 'ok').length).toBeGreaterThan(samples.length / 2);
    // Parallelism 2 out of 4 with stop-first: never fewer than 2 healthy replicas.
    expect(Math.min(...samples.map((x) => x.apiHealthy))).toBeGreaterThanOrEqual(2);

    const final = await getService(s, id);
    expect(final!.rollout).toMatchObject({
      state: 'COMPLETED',
      fromRevision: 1,
      toRevision: 2,
      isRollback: false,
      failed: 0,
    });
    expect(activeTasks(final!).every((t) => t.revision === 2)).toBe(true);
    const after = await waitFor(
      async () => {
        const l = await engineContainers(id, { strict: true });
        return l.length === 4 && l;
      },
      { what: 'old containers removed' },
    );
    expect(after.every((c) => c.revision === '2' && c.state === 'running')).toBe(true);
    expect(await versions(id)).toEqual(['v2', 'v2', 'v2', 'v2']);
    await removeService(s, id);
  });

  it('rolls back a broken v3 automatically, and to an older revision on request', async () => {
    const name = uniq('rollback');
    const spec = (image: string) => webapp(name, image, 3);
    const { id } = await createService(s, spec('local/webapp:v1')); // revision 1
    await waitFor(async () => (await getService(s, id)).healthyReplicas === 3, {
      timeoutMs: 60_000,
      what: '3 healthy v1',
    });
    await updateService(s, id, spec('local/webapp:v2')); // revision 2
    await waitFor(
      async () => {
        const v = await getService(s, id);
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === 3;
      },
      { timeoutMs: 60_000, what: 'v2 rolled out' },
    );
    expect(await versions(id)).toEqual(['v2', 'v2', 'v2']);

    await updateService(s, id, spec('local/webapp:v3')); // revision 3, unhealthy: /health answers 500
    const rolled = await waitFor(
      async () => {
        const v = await getService(s, id);
        return v.rollout?.isRollback && v.rollout.state === 'ROLLED_BACK' && v.healthyReplicas === 3 && v;
      },
      { timeoutMs: 60_000, what: 'automatic rollback to v2' },
    );
    expect(rolled.revision).toBe(4);
    expect(rolled.rollout).toMatchObject({ fromRevision: 3, toRevision: 4 });
    await waitFor(async () => (await engineContainers(id, { strict: true })).length === 3, {
      what: 'v3 containers gone',
    });
    expect(await versions(id)).toEqual(['v2', 'v2', 'v2']);

    type Rev = {
      number: number;
      image: string;
      reason: string;
      createdBy: string;
      current: boolean;
      diff: { path: string; from: unknown; to: unknown }[];
    };
    const revs = async () =>
      (
        await s.ok<{ serviceRevisions: Rev[] }>(
          `query($id: ID!) { serviceRevisions(id: $id) { number image reason createdBy current diff { path from to } } }`,
          { id },
        )
      ).serviceRevisions;
    const history = await revs();
    expect(history.map((r) => [r.number, r.image])).toEqual([
      [4, 'local/webapp:v2'],
      [3, 'local/webapp:v3'],
      [2, 'local/webapp:v2'],
      [1, 'local/webapp:v1'],
    ]);
    expect(history[0]!.current).toBe(true);
    expect(history[0]!.createdBy).toBe('stevedore');
    expect(history[0]!.reason).toMatch(/^automatic rollback: \d+ of 3 updated tasks failed/);
    expect(history[0]!.diff).toContainEqual({
      path: 'image',
      from: 'local/webapp:v3',
      to: 'local/webapp:v2',
    });

    // Manual: back to revision 1 (not the previous one).
    const manual = await s.ok<{ rollbackService: ServiceView }>(
      `mutation($id: ID!) { rollbackService(id: $id, toRevision: 1) { revision rollout { state isRollback fromRevision toRevision } } }`,
      { id },
    );
    expect(manual.rollbackService.revision).toBe(5);
    expect(manual.rollbackService.rollout).toMatchObject({
      state: 'ROLLING_BACK',
      isRollback: true,
      fromRevision: 4,
      toRevision: 5,
    });
    await waitFor(
      async () => {
        const v = await getService(s, id);
        return v.rollout?.state === 'ROLLED_BACK' && v.rollout.toRevision === 5 && v.healthyReplicas === 3;
      },
      { timeoutMs: 60_000, what: 'manual rollback to revision 1' },
    );
    await waitFor(async () => (await engineContainers(id, { strict: true })).length === 3, {
      what: 'v2 containers gone',
    });
    expect(await versions(id)).toEqual(['v1', 'v1', 'v1']);
    const after = await revs();
    expect(after[0]).toMatchObject({ number: 5, image: 'local/webapp:v1', reason: 'rollback to revision 1' });

    const bad = await s.gql(`mutation($id: ID!) { rollbackService(id: $id, toRevision: 42) { id } }`, { id });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'toRevision' });
    await removeService(s, id);
  });

  it('restarts a failing task with growing delays and gives up after maxAttempts restarts', async () => {
    const name = uniq('crashloop');
    const { id } = await createService(s, {
      name,
      image: 'local/busybox:1',
      command: ['sh', '-c', 'exit 1'],
      replicas: 1,
      labels: [{ key: 'test', value: name }],
      restartPolicy: { condition: 'ON_FAILURE', delayMs: 200, maxAttempts: 3 },
    });
    const done = await waitFor(
      async () => {
        const v = await getService(s, id);
        const last = [...v.tasks].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
        return last?.state === 'FAILED' && /not restarted/.test(last.stateReason) && v;
      },
      { timeoutMs: 60_000, what: 'the restart supervisor to give up' },
    );
    const tasks = [...done.tasks].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    // The first run and 3 restarts (maxAttempts counts restarts, as swarm's --restart-max-attempts).
    expect(tasks).toHaveLength(4);
    expect(tasks.every((t) => t.slot === 1 && t.state === 'FAILED' && t.exitCode === 1)).toBe(true);
    expect(tasks.map((t) => t.failures)).toEqual([0, 1, 2, 3]);
    // Backoff as planned for each restart: at once, then delay × 2^(n-2).
    const delays = tasks
      .slice(1)
      .map((t) => (t.notBefore ? new Date(t.notBefore).getTime() - new Date(t.createdAt).getTime() : 0));
    expect(delays).toEqual([0, 200, 400]);
    expect(tasks.at(-1)!.stateReason).toMatch(/exited with code 1; not restarted: gave up after 3 restarts/);
    expect(done.status).toBe('FAILED');
    expect(done.runningReplicas).toBe(0);
    // Failed containers are removed, and nothing runs again.
    await waitFor(async () => (await engineContainers(id, { strict: true })).length === 0, {
      what: 'failed containers removed',
    });
    const passes = s.app.core.reconciler.passes;
    await waitFor(() => s.app.core.reconciler.passes >= passes + 3, { what: 'three more reconcile passes' });
    expect((await getService(s, id)).tasks).toHaveLength(4);
    await removeService(s, id);
  });

  it('does not restart a failed task under restart condition NONE', async () => {
    const name = uniq('norestart');
    const { id } = await createService(s, {
      name,
      image: 'local/busybox:1',
      command: ['sh', '-c', 'exit 1'],
      replicas: 1,
      labels: [{ key: 'test', value: name }],
      restartPolicy: { condition: 'NONE', delayMs: 200 },
    });
    const v = await waitFor(
      async () => {
        const v = await getService(s, id);
        return v.tasks[0]?.state === 'FAILED' && /not restarted/.test(v.tasks[0].stateReason) && v;
      },
      { timeoutMs: 30_000, what: 'task failed and not restarted' },
    );
    expect(v.tasks[0]!.stateReason).toMatch(/restart policy NONE/);
    const passes = s.app.core.reconciler.passes;
    await waitFor(() => s.app.core.reconciler.passes >= passes + 3, { what: 'three more reconcile passes' });
    expect((await getService(s, id)).tasks).toHaveLength(1);
    await removeService(s, id);
  });

  it('replaces a container that turns unhealthy after its health check retries', async () => {
    const name = uniq('unhealthy');
    const { id } = await createService(s, webapp(name, 'local/webapp:v1', 2));
    const v0 = await waitFor(
      async () => {
        const v = await getService(s, id);
        return v.healthyReplicas === 2 && v;
      },
      { timeoutMs: 60_000, what: '2 healthy replicas' },
    );
    const victim = activeTasks(v0)[0]!;
    const node = victim.nodeName as 'n1' | 'n2' | 'n3';
    await docker(node, 'exec', victim.containerId!, 'touch', '/tmp/unhealthy');
    const url = await publishedUrl(node, victim.containerId!);
    expect((await httpGet(`${url}/health`))?.status).toBe(500);

    const after = await waitFor(
      async () => {
        const v = await getService(s, id);
        const old = v.tasks.find((t) => t.id === victim.id);
        const replacement = activeTasks(v).find((t) => t.slot === victim.slot && t.id !== victim.id);
        return (
          old?.state === 'FAILED' &&
          replacement?.health === 'HEALTHY' &&
          v.healthyReplicas === 2 && { v, old }
        );
      },
      { timeoutMs: 60_000, what: 'unhealthy replica replaced' },
    );
    expect(after.old.stateReason).toMatch(/health check failed/);
    expect(after.old.health).toBe('UNHEALTHY');
    await waitFor(
      async () => {
        const l = await engineContainers(id, { strict: true });
        return (
          l.length === 2 &&
          !l.some((c) => c.id === victim.containerId) &&
          l.every((c) => c.state === 'running')
        );
      },
      { what: 'unhealthy container removed' },
    );
    await removeService(s, id);
  });
});
