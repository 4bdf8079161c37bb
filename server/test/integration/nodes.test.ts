import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointOf, engineScript, startTestServer, waitFor, type TestServer } from './harness.js';

const NODE_FIELDS = `id name endpoint engineId status statusMessage availability role cpus memoryBytes engineVersion
  platform { os arch } labels { key value } containerCount allocated { cpus memoryBytes }`;

interface NodeView {
  id: string;
  name: string;
  endpoint: string;
  engineId: string;
  status: string;
  statusMessage: string | null;
  availability: string;
  role: string;
  cpus: number;
  memoryBytes: number;
  engineVersion: string;
  platform: { os: string; arch: string };
  labels: { key: string; value: string }[];
}

describe('nodes against real engines', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('registers the local engine as the first node of the default cluster', async () => {
    const d = await s.ok<{
      cluster: {
        name: string;
        nodeCounts: { total: number; managers: number; healthy: number };
        nodes: NodeView[];
      };
    }>(`{ cluster { name nodeCounts { total managers healthy } nodes { ${NODE_FIELDS} } } }`);
    expect(d.cluster.name).toBe('default');
    expect(d.cluster.nodeCounts).toEqual({ total: 1, managers: 1, healthy: 1 });
    const n = d.cluster.nodes[0]!;
    expect(n.endpoint).toBe(endpointOf('n1'));
    expect(n.status).toBe('READY');
    expect(n.engineVersion).toMatch(/^20\./);
    expect(n.cpus).toBeGreaterThan(0);
    expect(n.memoryBytes).toBeGreaterThan(1e8);
    expect(n.platform).toEqual({ os: 'linux', arch: expect.stringMatching(/amd64|arm64/) });
  });

  it('adds a second engine in its own network namespace, labels it and drains it', async () => {
    const added = await s.ok<{ addNode: NodeView }>(
      `mutation($i: AddNodeInput!) { addNode(input: $i) { ${NODE_FIELDS} } }`,
      { i: { name: 'n2', endpoint: endpointOf('n2'), labels: [{ key: 'zone', value: 'b' }] } },
    );
    expect(added.addNode.status).toBe('READY');
    expect(added.addNode.labels).toEqual([{ key: 'zone', value: 'b' }]);
    expect(added.addNode.role).toBe('WORKER');

    const again = await s.gql(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
      i: { name: 'n2-again', endpoint: endpointOf('n2') },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.extensions?.field).toBe('endpoint');

    const upd = await s.ok<{ updateNode: NodeView }>(
      `mutation($id: ID!, $i: UpdateNodeInput!) { updateNode(id: $id, input: $i) { ${NODE_FIELDS} } }`,
      { id: 'n2', i: { availability: 'DRAIN', labels: [{ key: 'zone', value: 'c' }] } },
    );
    expect(upd.updateNode.availability).toBe('DRAIN');
    expect(upd.updateNode.labels).toEqual([{ key: 'zone', value: 'c' }]);
    const c = await s.ok<{ cluster: { nodeCounts: { total: number; workers: number; draining: number } } }>(
      `{ cluster { nodeCounts { total workers draining } } }`,
    );
    expect(c.cluster.nodeCounts).toEqual({ total: 2, workers: 1, draining: 1 });
  });

  it('rejects bad node input with codes and fields', async () => {
    const bad = await s.gql(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
      i: { name: 'bad name!', endpoint: 'ftp://x' },
    });
    const e = bad.errors?.[0];
    expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e?.extensions?.field).toBe('name');
    expect(e?.message).toMatch(/endpoint/);
    expect(JSON.stringify(bad)).not.toMatch(/at .*\.ts:\d+/);

    const unreachable = await s.gql(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
      i: { name: 'ghost', endpoint: 'unix:///nonexistent/docker.sock' },
    });
    expect(unreachable.errors?.[0]?.extensions?.code).toBe('ENGINE_UNAVAILABLE');

    const unknown = await s.gql(
      `mutation { updateNode(id: "no-such-node", input: { availability: PAUSE }) { id } }`,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('turns a killed engine DOWN within the heartbeat grace, and READY when it returns', async () => {
    await s.ok(`mutation($i: AddNodeInput!) { addNode(input: $i) { id } }`, {
      i: { name: 'n3', endpoint: endpointOf('n3') },
    });
    await engineScript('kill', 'n3');
    try {
      const down = await waitFor(
        async () => {
          const d = await s.ok<{ node: NodeView }>(`{ node(id: "n3") { ${NODE_FIELDS} } }`);
          return d.node.status === 'DOWN' && d.node;
        },
        { timeoutMs: 15_000, what: 'n3 DOWN' },
      );
      expect(down.statusMessage).toBeTruthy();
    } finally {
      await engineScript('restart', 'n3');
    }
    await waitFor(
      async () => (await s.ok<{ node: NodeView }>(`{ node(id: "n3") { status } }`)).node.status === 'READY',
      { timeoutMs: 60_000, what: 'n3 READY again' },
    );
  });
});
