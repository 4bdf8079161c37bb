import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleeper } from './cluster-helpers.js';
import { endpointOf, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import {
  ORCHESTRATION_ENV,
  PUBLISH,
  SERVICE_FIELDS,
  activeTasks,
  countByNode,
  engineContainers,
  getService,
  teardownCluster,
  type NodeName,
  type ServiceView,
} from './orchestration-helpers.js';

/**
 * Issue #13 item 1: a service runs only on its own cluster's nodes. Two environments on the real
 * engines: `default` (its cluster holds n1, the local engine) and a new one whose own cluster
 * holds n2 and n3. Each gets a REPLICATED and a GLOBAL service; every container must land on its
 * own cluster's engines, a service its cluster cannot hold stays unplaced with the cluster filter
 * named, and moving the cluster to another environment keeps its services where they were.
 */
describe('placement: a service stays on the nodes of its own cluster', () => {
  let s: TestServer;
  const tag = uniq('pc');
  const staging = uniq('staging');
  const elsewhere = uniq('elsewhere');
  const ids: Record<string, string> = {};

  async function create(name: string, extra: Record<string, unknown>, clusterId?: string) {
    const d = await s.ok<{ createService: ServiceView }>(
      `mutation($s: ServiceSpecInput!, $c: ID) { createService(spec: $s, clusterId: $c) { ${SERVICE_FIELDS} } }`,
      { s: sleeper(name, tag, extra), c: clusterId ?? null },
    );
    ids[name] = d.createService.id;
    return d.createService.id;
  }

  /** Waits until the service has `count` running containers, then returns them per node. */
  async function runningOn(id: string, count: number) {
    const list = await waitFor(
      async () => {
        const l = await engineContainers(id, { running: true, strict: true });
        return l.length === count && l;
      },
      { timeoutMs: 90_000, what: `${count} running containers of ${id}` },
    );
    return countByNode(list);
  }

  beforeAll(async () => {
    s = await startTestServer({ ...ORCHESTRATION_ENV });
    // n1 (the local engine) is in the default cluster; the constraint label below is n1's only.
    await s.ok(`mutation($i: UpdateNodeInput!) { updateNode(id: "n1", input: $i) { id } }`, {
      i: { labels: [{ key: 'pc', value: tag }] },
    });
    await s.ok(`mutation($i: CreateEnvironmentInput!) { createEnvironment(input: $i) { id } }`, {
      i: { name: staging },
    });
    for (const n of ['n2', 'n3'] as const)
      await s.ok(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
        i: { name: n, endpoint: endpointOf(n), publishAddress: PUBLISH[n], clusterId: staging },
      });
  });

  afterAll(async () => {
    await teardownCluster(s);
  });

  it('puts every container of each environment on its own cluster only', async () => {
    await create(`${tag}-default-rep`, { replicas: 4 });
    await create(`${tag}-default-global`, { mode: 'GLOBAL', replicas: null });
    await create(`${tag}-staging-rep`, { replicas: 4 }, staging);
    await create(`${tag}-staging-global`, { mode: 'GLOBAL', replicas: null }, staging);

    // The engines' own word: default's containers on n1 only, staging's on n2 and n3 only.
    expect(await runningOn(ids[`${tag}-default-rep`]!, 4)).toEqual({ n1: 4, n2: 0, n3: 0 });
    expect(await runningOn(ids[`${tag}-default-global`]!, 1)).toEqual({ n1: 1, n2: 0, n3: 0 });
    expect(await runningOn(ids[`${tag}-staging-rep`]!, 4)).toEqual({ n1: 0, n2: 2, n3: 2 });
    expect(await runningOn(ids[`${tag}-staging-global`]!, 2)).toEqual({ n1: 0, n2: 1, n3: 1 });

    // And the API's: tasks name the same nodes, GLOBAL counts only the cluster's nodes.
    const nodesOf = async (name: string) =>
      activeTasks(await getService(s, ids[name]!))
        .map((t) => t.nodeName as NodeName)
        .sort();
    expect(await nodesOf(`${tag}-default-rep`)).toEqual(['n1', 'n1', 'n1', 'n1']);
    expect(await nodesOf(`${tag}-staging-global`)).toEqual(['n2', 'n3']);
    expect((await getService(s, ids[`${tag}-default-global`]!)).desiredReplicas).toBe(1);
    expect((await getService(s, ids[`${tag}-staging-global`]!)).desiredReplicas).toBe(2);
  });

  it('leaves a service its cluster cannot hold unplaced, naming the cluster filter, without spilling over', async () => {
    // Only n1 has the label, and n1 is in the other cluster: nowhere to go in staging.
    const placement = { constraints: [`node.labels.pc == ${tag}`] };
    const rep = await create(`${tag}-staging-nowhere`, { replicas: 2, placement }, staging);
    const global = await create(`${tag}-staging-nowhere-global`, { mode: 'GLOBAL', placement }, staging);
    const v = await waitFor(
      async () => {
        const v = await getService(s, rep);
        return v.unplaced.length === 2 && v.unplaced.every((u) => u.reason) && v;
      },
      { what: 'two unplaced replicas with a reason' },
    );
    const unplaced = {
      reason: `3 nodes: 1 is in another cluster, 2 failed constraint node.labels.pc==${tag}`,
      nodesConsidered: 3,
      failures: [
        { filter: 'cluster', nodes: 1, reason: '1 node is in another cluster' },
        { filter: 'constraints', nodes: 2, reason: `2 nodes failed constraint node.labels.pc==${tag}` },
      ],
    };
    for (const u of v.unplaced) {
      const { slot: _slot, ...data } = u;
      expect(data).toEqual(unplaced);
    }
    // The event carries the same data the task stores.
    const failed = await waitFor(
      async () => {
        const d = await s.ok<{ events: { items: { data: { failures?: unknown[] } | null }[] } }>(
          `query($id: ID!) { events(filter: { serviceId: $id, kinds: ["scheduling.failed"] }) { items { data } } }`,
          { id: rep },
        );
        return d.events.items[0]?.data?.failures && d.events.items[0].data;
      },
      { what: 'a scheduling.failed event' },
    );
    expect(failed).toEqual(unplaced);

    // A few passes later still nothing runs anywhere (n1 would have taken it without the filter).
    const passes = s.app.core.reconciler.passes;
    await waitFor(() => s.app.core.reconciler.passes >= passes + 3, { what: 'three more passes' });
    expect(await engineContainers(rep)).toEqual([]);
    expect(await engineContainers(global)).toEqual([]);
    expect((await getService(s, global)).desiredReplicas).toBe(0);
  });

  it('keeps the services on the same nodes when their cluster moves to another environment', async () => {
    await s.ok(`mutation($i: CreateEnvironmentInput!) { createEnvironment(input: $i) { id } }`, {
      i: { name: elsewhere },
    });
    await s.ok(`mutation($c: ID!, $e: String!) { assignCluster(clusterId: $c, environment: $e) { id } }`, {
      c: staging,
      e: elsewhere,
    });
    const rep = ids[`${tag}-staging-rep`]!;
    await s.ok(`mutation($id: ID!) { scaleService(id: $id, replicas: 8) { id } }`, { id: rep });
    expect(await runningOn(rep, 8)).toEqual({ n1: 0, n2: 4, n3: 4 });
    expect(await runningOn(ids[`${tag}-staging-global`]!, 2)).toEqual({ n1: 0, n2: 1, n3: 1 });
    expect(await runningOn(ids[`${tag}-default-rep`]!, 4)).toEqual({ n1: 4, n2: 0, n3: 0 });
  });
});
