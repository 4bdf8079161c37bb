import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointOf, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

/**
 * clusterStatus over graphql-ws (issue #15, item 8): a cluster now, then again on each change of
 * it. The health change is the cheapest real one: a fresh cluster with no node is UNREACHABLE,
 * engine n3 added to it makes it HEALTHY (node.added, node.up), removing the node makes it
 * UNREACHABLE again; updateCluster (cluster.updated) and removeCluster (the stream ends) too.
 */
interface View {
  id: string;
  name: string;
  region: string;
  health: { status: string; reason: string };
  latencyP50Ms: number | null;
  utilisation: { allocatedCpuPercent: number | null };
  nodeCounts: { total: number; ready: number };
}
const FIELDS = `id name region health { status reason } latencyP50Ms utilisation { allocatedCpuPercent } nodeCounts { total ready }`;

function collect(client: Client, clusterId: string | null) {
  const items: View[] = [];
  const errors: { extensions?: Record<string, unknown> }[] = [];
  let done = false;
  const stop = client.subscribe<{ clusterStatus: View }>(
    {
      query: `subscription($id: ID) { clusterStatus(clusterId: $id) { ${FIELDS} } }`,
      variables: { id: clusterId },
    },
    {
      next: (r) => {
        if (r.errors?.length) errors.push(...r.errors);
        else if (r.data) items.push(r.data.clusterStatus);
      },
      error: (e) => errors.push(...((Array.isArray(e) ? e : [e]) as typeof errors)),
      complete: () => (done = true),
    },
  );
  return { items, errors, stop, isDone: () => done };
}

describe('clusterStatus subscription', () => {
  let s: TestServer;
  let client: Client;
  const name = uniq('cstat');
  let clusterId: string;
  let nodeId: string | undefined;

  beforeAll(async () => {
    s = await startTestServer();
    client = createClient({
      url: s.app.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authToken: s.token },
    });
  }, 60_000);
  afterAll(async () => {
    if (nodeId) await s?.gql(`mutation($id: ID!) { removeNode(id: $id) { id } }`, { id: nodeId });
    if (clusterId) await s?.gql(`mutation($id: ID!) { removeCluster(id: $id) { id } }`, { id: clusterId });
    await client?.dispose();
    await s?.stop();
  }, 60_000);

  it('an unknown cluster is NOT_FOUND naming clusterId', async () => {
    const sub = collect(client, 'no-such-cluster');
    await waitFor(() => sub.errors.length > 0, { timeoutMs: 10_000, what: 'an error' });
    expect(sub.errors[0]!.extensions?.code).toBe('NOT_FOUND');
    expect(sub.errors[0]!.extensions?.field).toBe('clusterId');
    expect(sub.items).toEqual([]);
  });

  it('pushes the cluster now, then its health as a node joins and leaves, its update, and ends on removal', async () => {
    const created = await s.ok<{ createCluster: { id: string } }>(
      `mutation($i: CreateClusterInput!) { createCluster(input: $i) { id } }`,
      { i: { name, region: 'eu' } },
    );
    clusterId = created.createCluster.id;
    const one = collect(client, clusterId);
    const all = collect(client, null);

    const first = await waitFor(() => one.items[0], { timeoutMs: 10_000, what: 'the first view' });
    expect(first).toMatchObject({ id: clusterId, name, region: 'eu', nodeCounts: { total: 0, ready: 0 } });
    expect(first.health.status).toBe('UNREACHABLE');
    // Every cluster: the default one and ours, each now.
    await waitFor(
      () => all.items.some((v) => v.id === clusterId) && all.items.some((v) => v.id !== clusterId),
      {
        timeoutMs: 10_000,
        what: 'both clusters on the all-clusters stream',
      },
    );

    const added = await s.ok<{ addNode: { id: string } }>(
      `mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`,
      { i: { name: `${name}-n3`, endpoint: endpointOf('n3'), clusterId } },
    );
    nodeId = added.addNode.id;
    const healthy = await waitFor(() => one.items.find((v) => v.health.status === 'HEALTHY'), {
      timeoutMs: 30_000,
      what: 'HEALTHY pushed after n3 joined',
    });
    expect(healthy.nodeCounts).toEqual({ total: 1, ready: 1 });
    await waitFor(() => all.items.some((v) => v.id === clusterId && v.health.status === 'HEALTHY'), {
      timeoutMs: 30_000,
      what: 'HEALTHY on the all-clusters stream',
    });

    await s.ok(`mutation($id: ID!) { updateCluster(id: $id, input: { region: "us" }) { id } }`, {
      id: clusterId,
    });
    await waitFor(() => one.items.some((v) => v.region === 'us'), {
      timeoutMs: 10_000,
      what: 'the update (cluster.updated) pushed',
    });

    await s.ok(`mutation($id: ID!) { removeNode(id: $id) { id } }`, { id: nodeId });
    nodeId = undefined;
    const down = await waitFor(
      () => one.items.slice(one.items.indexOf(healthy) + 1).find((v) => v.health.status === 'UNREACHABLE'),
      { timeoutMs: 30_000, what: 'UNREACHABLE pushed after n3 left' },
    );
    expect(down.nodeCounts.total).toBe(0);
    // Only our cluster on its stream.
    expect(one.items.every((v) => v.id === clusterId)).toBe(true);

    await s.ok(`mutation($id: ID!) { removeCluster(id: $id) { id } }`, { id: clusterId });
    clusterId = '';
    await waitFor(() => one.isDone(), { timeoutMs: 10_000, what: 'the one-cluster stream ended' });
    expect(all.isDone()).toBe(false);
    expect(one.errors).toEqual([]);
    expect(all.errors).toEqual([]);
    all.stop();
  }, 120_000);
});
