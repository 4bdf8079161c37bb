import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineScript, uniq, waitFor, type TestServer } from './harness.js';
import {
  activeTasks,
  countByNode,
  createService,
  engineContainers,
  getService,
  removeService,
  startCluster,
  teardownCluster,
  TERMINAL,
  webapp,
  type TaskView,
} from './orchestration-helpers.js';

/**
 * Losing and draining nodes: a killed engine's tasks are rescheduled after the grace and its stale
 * containers cleaned when it returns; a drained node is emptied a batch at a time.
 */
describe('orchestration: node failure and drain', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startCluster();
  });
  afterAll(async () => {
    await teardownCluster(s);
  });

  const nodeStatus = async (n: string) =>
    (await s.ok<{ node: { status: string } }>(`query($id: ID!) { node(id: $id) { status } }`, { id: n })).node
      .status;

  it('reschedules the tasks of a killed engine after the grace, and removes its stale containers when it returns', async () => {
    const name = uniq('lost');
    const { id } = await createService(s, {
      ...webapp(name, 'local/webapp:v1', 6),
      healthCheck: null,
      placement: { spread: ['node.labels.zone'] },
    });
    const before = await waitFor(
      async () => {
        const l = await engineContainers(id, { running: true, strict: true });
        return l.length === 6 && l;
      },
      { timeoutMs: 60_000, what: '6 running containers' },
    );
    expect(countByNode(before)).toEqual({ n1: 2, n2: 2, n3: 2 });
    const onN3 = before.filter((c) => c.node === 'n3');

    await engineScript('kill', 'n3');
    try {
      await waitFor(async () => (await nodeStatus('n3')) === 'DOWN', { timeoutMs: 20_000, what: 'n3 DOWN' });
      // After the node-down grace (3 s), the two slots are replaced on the nodes left.
      const moved = await waitFor(
        async () => {
          const v = await getService(s, id);
          const lost = v.tasks.filter((t) => onN3.some((c) => c.task === t.id));
          const running = activeTasks(v).filter((t) => t.state === 'RUNNING');
          return (
            lost.length === 2 &&
            lost.every((t) => t.state === 'ORPHANED') &&
            running.length === 6 &&
            running.every((t) => t.nodeName !== 'n3') && { v, lost }
          );
        },
        { timeoutMs: 30_000, what: 'n3 tasks rescheduled onto n1/n2' },
      );
      for (const t of moved.lost) expect(t.stateReason).toMatch(/node n3 has been down for \d+ s/);
      const elsewhere = await engineContainers(id, { nodes: ['n1', 'n2'], running: true, strict: true });
      expect(elsewhere).toHaveLength(6);
      expect(countByNode(elsewhere)).toEqual({ n1: 3, n2: 3, n3: 0 });
    } finally {
      await engineScript('restart', 'n3');
    }
    await waitFor(async () => (await nodeStatus('n3')) === 'READY', {
      timeoutMs: 60_000,
      what: 'n3 READY again',
    });

    // The restarted engine stopped its old containers; the control plane removes them, and nothing
    // else changes: exactly 6 containers, all running, one per active task, none on n3.
    const after = await waitFor(
      async () => {
        const l = await engineContainers(id, { strict: true });
        return l.length === 6 && l.every((c) => c.state === 'running') && l;
      },
      { timeoutMs: 60_000, what: 'stale n3 containers removed' },
    );
    expect(after.some((c) => c.node === 'n3')).toBe(false);
    expect(after.filter((c) => onN3.some((o) => o.id === c.id))).toEqual([]);
    const v = await getService(s, id);
    const active = activeTasks(v);
    expect(active).toHaveLength(6);
    expect(new Set(active.map((t) => t.slot)).size).toBe(6);
    expect(new Set(after.map((c) => c.task))).toEqual(new Set(active.map((t) => t.id)));
    await removeService(s, id);
  });

  it('drains a node `parallelism` replacements at a time, then takes work again once ACTIVE', async () => {
    const name = uniq('drain');
    const parallelism = 2;
    // minReadyMs, not monitorMs, holds a batch (issue #19: the monitor window only watches for failures).
    const minReadyMs = 1000;
    const { id } = await createService(s, {
      ...webapp(name, 'local/webapp:v1', 9, { update: { parallelism, minReadyMs, failureAction: 'PAUSE' } }),
      placement: { spread: ['node.labels.zone'] },
    });
    await waitFor(async () => (await getService(s, id)).healthyReplicas === 9, {
      timeoutMs: 60_000,
      what: '9 healthy',
    });
    expect(countByNode(await engineContainers(id, { running: true, strict: true }))).toEqual({
      n1: 3,
      n2: 3,
      n3: 3,
    });

    const drainedAt = Date.now();
    await s.ok(`mutation { updateNode(id: "n2", input: { availability: DRAIN }) { id } }`);
    try {
      // A drain replacement (born "replacement: node is draining") is in flight from its creation
      // until it has been ready for minReadyMs; sample every ~100 ms until n2 is empty and count
      // them. Restarts of replicas that fail meanwhile are not replacements and are not counted.
      const isDrainReplacement = (t: TaskView) => t.history[0]?.reason === 'replacement: node is draining';
      const inFlightAt = (tasks: TaskView[], now: number) =>
        tasks.filter(
          (t) =>
            isDrainReplacement(t) &&
            t.desiredState === 'RUNNING' &&
            !TERMINAL.has(t.state) &&
            (!t.readyAt || now - new Date(t.readyAt).getTime() < minReadyMs),
        ).length;
      const samples: number[] = [];
      let worst: { n: number; tasks: string[] } = { n: -1, tasks: [] };
      let done = false;
      while (!done && Date.now() - drainedAt < 90_000) {
        const t0 = Date.now();
        const v = await getService(s, id);
        const n = inFlightAt(v.tasks, Date.now());
        samples.push(n);
        if (n > worst.n)
          worst = {
            n,
            tasks: v.tasks.map(
              (t) => `${t.slot} ${t.nodeName} ${t.state}/${t.desiredState} ${t.createdAt}: ${t.stateReason}`,
            ),
          };
        const onN2 = v.tasks.filter(
          (t) => t.nodeName === 'n2' && t.state !== 'SHUTDOWN' && t.state !== 'FAILED',
        );
        done = onN2.length === 0 && activeTasks(v).length === 9 && v.healthyReplicas === 9;
        await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - t0))));
      }
      expect(done, 'n2 emptied within 90 s').toBe(true);
      // 3 tasks to move, 2 at a time: replacements happened, never more than `parallelism` at once.
      expect(Math.max(...samples)).toBeGreaterThan(0);
      expect(
        Math.max(...samples),
        `in flight at the worst moment:\n${worst.tasks.join('\n')}`,
      ).toBeLessThanOrEqual(parallelism);
      const l = await waitFor(
        async () => {
          const l = await engineContainers(id, { strict: true });
          return l.length === 9 && l;
        },
        { what: 'drained containers removed' },
      );
      const spread = countByNode(l);
      expect(spread.n2).toBe(0);
      expect(Math.abs(spread.n1 - spread.n3)).toBeLessThanOrEqual(1);
      const v = await getService(s, id);
      expect(activeTasks(v).every((t) => t.nodeName !== 'n2')).toBe(true);
      // Each slot moved at most once: no slot got a second replacement while its first was starting.
      const replacements = v.tasks.filter(isDrainReplacement);
      expect(replacements.length).toBeGreaterThan(0);
      expect(replacements.length).toBeLessThanOrEqual(3);
      expect(new Set(replacements.map((t) => t.slot)).size).toBe(replacements.length);
    } finally {
      await s.ok(`mutation { updateNode(id: "n2", input: { availability: ACTIVE }) { id } }`);
    }

    // ACTIVE again: new work lands there (the spread puts a 10th replica in the empty zone b).
    await s.ok(`mutation($id: ID!) { scaleService(id: $id, replicas: 10) { id } }`, { id });
    const tenth = await waitFor(
      async () => {
        const l = await engineContainers(id, { running: true, strict: true });
        return l.length === 10 && l;
      },
      { timeoutMs: 60_000, what: '10 running containers' },
    );
    expect(countByNode(tenth).n2).toBe(1);
    await removeService(s, id);
  });
});
