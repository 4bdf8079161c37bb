import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointOf, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import { PUBLISH } from './orchestration-helpers.js';

/**
 * Clusters as first-class objects (issue #15 item 1), on a real control plane with the real
 * engine n2 as the member node: created with a region, zone, labels and environment; a node added
 * into it; its health, the measured latency to its engine and its allocation; refused removal
 * while it holds a node; the mistakes an operator makes answered by field.
 */

const FIELDS = `id name region zone environment labels { key value } health { status reason } latencyP50Ms
  utilisation { allocatedCpuPercent allocatedMemoryPercent cpuPercent memoryPercent }
  nodes { id name status } nodeCounts { total ready } resources { totalCpus totalMemoryBytes }`;

interface ClusterView {
  id: string;
  name: string;
  region: string;
  zone: string;
  environment: string;
  labels: { key: string; value: string }[];
  health: { status: string; reason: string };
  latencyP50Ms: number | null;
  utilisation: { allocatedCpuPercent: number | null; allocatedMemoryPercent: number | null };
  nodes: { id: string; name: string; status: string }[];
  nodeCounts: { total: number; ready: number };
  resources: { totalCpus: number; totalMemoryBytes: number };
}

describe('clusters in the API', () => {
  let s: TestServer;
  const name = uniq('eu');
  let nodeId: string | undefined;

  beforeAll(async () => {
    s = await startTestServer();
  }, 60_000);

  afterAll(async () => {
    if (nodeId) await s.gql(`mutation { removeNode(id: "${nodeId}") { id } }`).catch(() => undefined);
    await s.gql(`mutation { removeCluster(id: "${name}") { id } }`).catch(() => undefined);
    await s.stop();
  });

  it('creates a cluster, adds a node to it, reports health and latency, and removes it only when empty', async () => {
    const made = (
      await s.ok<{ createCluster: ClusterView }>(
        `mutation($i: CreateClusterInput!) { createCluster(input: $i) { ${FIELDS} } }`,
        { i: { name, region: 'eu-west', zone: 'eu-west-1a', labels: [{ key: 'tier', value: 'gold' }] } },
      )
    ).createCluster;
    expect(made).toMatchObject({
      name,
      region: 'eu-west',
      zone: 'eu-west-1a',
      environment: 'default',
      labels: [{ key: 'tier', value: 'gold' }],
      health: { status: 'UNREACHABLE', reason: 'no nodes' },
      latencyP50Ms: null,
      nodes: [],
    });
    const listed = (await s.ok<{ clusters: { name: string }[] }>('{ clusters { name } }')).clusters;
    expect(listed.map((c) => c.name)).toEqual(expect.arrayContaining(['default', name]));

    nodeId = (
      await s.ok<{ addNode: { id: string } }>(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
        i: { name: uniq('n2'), endpoint: endpointOf('n2'), clusterId: name, publishAddress: PUBLISH.n2 },
      })
    ).addNode.id;
    const ready = await waitFor(
      async () => {
        const c = (await s.ok<{ cluster: ClusterView }>(`{ cluster(id: "${name}") { ${FIELDS} } }`)).cluster;
        return (
          c.health.status === 'HEALTHY' &&
          c.latencyP50Ms !== null &&
          c.utilisation.allocatedCpuPercent !== null &&
          c
        );
      },
      { timeoutMs: 30_000, what: 'the cluster healthy with a latency figure' },
    );
    expect(ready.nodes.map((n) => n.id)).toEqual([nodeId]);
    expect(ready.health.reason).toBe('1 of 1 nodes ready');
    expect(ready.latencyP50Ms!).toBeGreaterThan(0);
    expect(ready.resources.totalCpus).toBeGreaterThan(0);
    expect(ready.utilisation.allocatedCpuPercent!).toBeGreaterThanOrEqual(0);
    // The default cluster does not count n2: it is in this one only.
    const def = (await s.ok<{ cluster: ClusterView }>(`{ cluster { ${FIELDS} } }`)).cluster;
    expect(def.nodes.map((n) => n.id)).not.toContain(nodeId);

    const refused = await s.gql(`mutation { removeCluster(id: "${name}") { id } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/is not empty: 1 node \(/);

    const moved = (
      await s.ok<{ updateCluster: ClusterView }>(
        `mutation { updateCluster(id: "${name}", input: { region: "eu-central", labels: [] }) { ${FIELDS} } }`,
      )
    ).updateCluster;
    expect(moved).toMatchObject({ region: 'eu-central', zone: 'eu-west-1a', labels: [] });

    await s.ok(`mutation { removeNode(id: "${nodeId}") { id } }`);
    nodeId = undefined;
    const gone = (
      await s.ok<{ removeCluster: { name: string } }>(`mutation { removeCluster(id: "${name}") { name } }`)
    ).removeCluster;
    expect(gone.name).toBe(name);
    const after = await s.gql(`{ cluster(id: "${name}") { id } }`);
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers mistakes by field: a bad name or region, a taken name, an unknown environment, the default cluster', async () => {
    const bad = await s.gql(`mutation { createCluster(input: { name: "-x", region: "eu west" }) { id } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((bad.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'name',
      'region',
    ]);
    const taken = await s.gql(`mutation { createCluster(input: { name: "default" }) { id } }`);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    const env = await s.gql(
      `mutation { createCluster(input: { name: "${uniq('x')}", environment: "nowhere" }) { id } }`,
    );
    expect(env.errors?.[0]?.extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const rename = await s.gql(`mutation { updateCluster(id: "default", input: { name: "other" }) { id } }`);
    expect(rename.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const keep = await s.gql(`mutation { removeCluster(id: "default") { id } }`);
    expect(keep.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await s.gql(`mutation { removeCluster(id: "nope") { id } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
