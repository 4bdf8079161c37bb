import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, uniq, waitFor, type TestServer } from './harness.js';
import {
  activeTasks,
  addNode,
  countByNode,
  createService,
  engineContainers,
  getService,
  removeService,
  startCluster,
  teardownCluster,
  webapp,
  type NodeName,
} from './orchestration-helpers.js';

/**
 * Placement and replica bookkeeping across three real engines: spread over zones, scaling,
 * replacement of a killed replica on a namespaced node, GLOBAL mode following the node set, and
 * the explanations and input errors a client gets.
 */
describe('orchestration: placement across nodes', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startCluster();
  });
  afterAll(async () => {
    await teardownCluster(s);
  });

  describe('a replicated service spread over zones', () => {
    const name = uniq('spread');
    let id = '';
    // No health check: placement is what is under test here, not readiness.
    const spec = (replicas: number) => ({
      ...webapp(name, 'local/webapp:v1', replicas),
      healthCheck: null,
      placement: { spread: ['node.labels.zone'] },
    });

    it('puts 6 replicas 2/2/2 on n1/n2/n3', async () => {
      id = (await createService(s, spec(6))).id;
      const running = await waitFor(
        async () => {
          const list = await engineContainers(id, { running: true, strict: true });
          return list.length === 6 && list;
        },
        { timeoutMs: 60_000, what: '6 running containers' },
      );
      expect(countByNode(running)).toEqual({ n1: 2, n2: 2, n3: 2 });
      const v = await waitFor(
        async () => {
          const v = await getService(s, id);
          return v.runningReplicas === 6 && v.status === 'HEALTHY' && v;
        },
        { what: 'service HEALTHY with 6 running' },
      );
      // What the API says matches what the engines run, container for container.
      expect(new Set(activeTasks(v).map((t) => t.containerId))).toEqual(new Set(running.map((c) => c.id)));
      for (const c of running)
        expect(activeTasks(v).find((t) => t.containerId === c.id)?.nodeName).toBe(c.node);
    });

    it('replaces a replica killed on n2, back on n2 (the zone short of one)', async () => {
      const [victim] = await engineContainers(id, { nodes: ['n2'], running: true, strict: true });
      expect(victim).toBeTruthy();
      await docker('n2', 'kill', victim!.id);
      const after = await waitFor(
        async () => {
          const v = await getService(s, id);
          const old = v.tasks.find((t) => t.id === victim!.task);
          const replacement = activeTasks(v).find(
            (t) => t.slot === old?.slot && t.id !== victim!.task && t.state === 'RUNNING',
          );
          return old?.state === 'FAILED' && replacement && v.runningReplicas === 6 && { v, old, replacement };
        },
        { timeoutMs: 30_000, what: 'replacement of the replica killed on n2' },
      );
      expect(after.old.stateReason).toMatch(/exited with code 137/);
      expect(after.replacement.nodeName).toBe('n2');
      // The killed container is cleaned up; nothing else was touched.
      const list = await waitFor(
        async () => {
          const l = await engineContainers(id, { strict: true });
          return l.length === 6 && !l.some((c) => c.id === victim!.id) && l;
        },
        { timeoutMs: 30_000, what: 'killed container removed' },
      );
      expect(list.every((c) => c.state === 'running')).toBe(true);
      expect(countByNode(list)).toEqual({ n1: 2, n2: 2, n3: 2 });
    });

    it('scales up across every node, then down with no strays', async () => {
      await s.ok(`mutation($id: ID!) { scaleService(id: $id, replicas: 9) { id } }`, { id });
      const up = await waitFor(
        async () => {
          const list = await engineContainers(id, { running: true, strict: true });
          return list.length === 9 && list;
        },
        { timeoutMs: 60_000, what: '9 running containers' },
      );
      expect(countByNode(up)).toEqual({ n1: 3, n2: 3, n3: 3 });

      await s.ok(`mutation($id: ID!) { scaleService(id: $id, replicas: 2) { id } }`, { id });
      const down = await waitFor(
        async () => {
          const list = await engineContainers(id, { strict: true }); // every state: exited ones are strays too
          return list.length === 2 && list.every((c) => c.state === 'running') && list;
        },
        { timeoutMs: 60_000, what: 'scaled down to 2 containers' },
      );
      const v = await waitFor(
        async () => {
          const v = await getService(s, id);
          return v.runningReplicas === 2 && activeTasks(v).length === 2 && v;
        },
        { what: '2 active tasks' },
      );
      expect(
        activeTasks(v)
          .map((t) => t.slot)
          .sort(),
      ).toEqual([1, 2]);
      expect(new Set(activeTasks(v).map((t) => t.containerId))).toEqual(new Set(down.map((c) => c.id)));
      await removeService(s, id);
    });
  });

  it('runs a GLOBAL service on every eligible node, following nodes added, drained and paused', async () => {
    const name = uniq('global');
    // Start with n3 outside the cluster (nothing of ours runs there: earlier services are gone).
    await s.ok(`mutation { removeNode(id: "n3") { id } }`);
    const v0 = await createService(s, { ...webapp(name), mode: 'GLOBAL', replicas: null, healthCheck: null });
    const id = v0.id;
    const onNodes = async (want: NodeName[]) =>
      waitFor(
        async () => {
          const list = await engineContainers(id, { strict: true });
          const nodes = list.map((c) => c.node).sort();
          return (
            list.every((c) => c.state === 'running') && JSON.stringify(nodes) === JSON.stringify(want) && list
          );
        },
        { timeoutMs: 60_000, what: `one running task on each of ${want.join(', ')}` },
      );
    try {
      await onNodes(['n1', 'n2']);
      expect((await getService(s, id)).desiredReplicas).toBe(2);

      await addNode(s, 'n3');
      await onNodes(['n1', 'n2', 'n3']);
      await waitFor(async () => (await getService(s, id)).runningReplicas === 3, {
        what: '3 running replicas',
      });

      await s.ok(`mutation { updateNode(id: "n2", input: { availability: DRAIN }) { id } }`);
      await onNodes(['n1', 'n3']);
      const drained = await waitFor(
        async () => {
          const v = await getService(s, id);
          return v.desiredReplicas === 2 && v.runningReplicas === 2 && v;
        },
        { what: 'global service down to 2 after drain' },
      );
      expect(
        activeTasks(drained)
          .map((t) => t.nodeName)
          .sort(),
      ).toEqual(['n1', 'n3']);
      expect(activeTasks(drained).every((t) => t.slot === 0)).toBe(true);

      await s.ok(`mutation { updateNode(id: "n2", input: { availability: ACTIVE }) { id } }`);
      const back = await onNodes(['n1', 'n2', 'n3']);

      // PAUSE takes no new work but keeps what runs there: n2's task and container stay.
      const n2Before = back.find((c) => c.node === 'n2')!;
      await s.ok(`mutation { updateNode(id: "n2", input: { availability: PAUSE }) { id } }`);
      const passes = s.app.core.reconciler.passes;
      await waitFor(() => s.app.core.reconciler.passes >= passes + 3, {
        what: 'three more reconcile passes',
      });
      const paused = await getService(s, id);
      expect(paused.desiredReplicas).toBe(3);
      expect(activeTasks(paused).find((t) => t.nodeName === 'n2')?.containerId).toBe(n2Before.id);
      expect((await onNodes(['n1', 'n2', 'n3'])).find((c) => c.node === 'n2')?.id).toBe(n2Before.id);
    } finally {
      await s.gql(`mutation { updateNode(id: "n2", input: { availability: ACTIVE }) { id } }`);
      await removeService(s, id);
    }
  });

  it('explains why a service cannot be placed', async () => {
    const name = uniq('nowhere');
    const v0 = await createService(s, {
      ...webapp(name, 'local/webapp:v1', 2),
      placement: { constraints: ['node.labels.zone == eu'] },
    });
    const v = await waitFor(
      async () => {
        const v = await getService(s, v0.id);
        return v.unplaced.length === 2 && v;
      },
      { what: 'two unplaced tasks' },
    );
    for (const u of v.unplaced) {
      expect(u.reason).toMatch(/^3 nodes: 3 failed constraint node\.labels\.zone ?== ?eu$/);
      // The same verdict as data: the filter that rejected the nodes and how many it rejected.
      expect(u.nodesConsidered).toBe(3);
      expect(u.failures).toEqual([
        {
          filter: 'constraints',
          nodes: 3,
          reason: expect.stringMatching(/^3 nodes failed constraint node\.labels\.zone ?== ?eu$/),
        },
      ]);
    }
    expect(v.unplaced.map((u) => u.slot).sort()).toEqual([1, 2]);
    expect(v.pendingReplicas).toBe(2);
    expect(v.runningReplicas).toBe(0);
    expect(await engineContainers(v0.id, { strict: true })).toEqual([]);
    await removeService(s, v0.id);
  });

  it.each([
    ['replicas -1', { replicas: -1 }, 'replicas'],
    ['an image reference with upper case', { image: 'UPPER:case' }, 'image'],
    [
      'a constraint with a single =',
      { placement: { constraints: ['node.labels.zone = eu'] } },
      'placement.constraints[0]',
    ],
    [
      'a memory reservation above the limit',
      { resources: { memoryLimit: '64m', memoryReservation: '128m' } },
      'resources.memoryReservation',
    ],
  ])('rejects %s as BAD_USER_INPUT naming the field', async (_what, change, field) => {
    const name = uniq('bad');
    const r = await s.gql(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: { ...webapp(name), ...change },
    });
    const e = r.errors?.[0];
    expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e?.extensions?.field).toBe(field);
    expect(e?.message).toContain(field);
    // Nothing was created.
    const d = await s.ok<{ service: { id: string } | null }>(`query($id: ID!) { service(id: $id) { id } }`, {
      id: name,
    });
    expect(d.service).toBeNull();
  });
});
