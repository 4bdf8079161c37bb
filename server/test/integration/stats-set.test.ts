import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, removeLabelled, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

/**
 * Stats of a set (issue #22 item 2) against engine n1: one containersStats subscription for
 * several containers gives each one's sample in one batch, sharing the hub's engine streams; the
 * nodes' aggregates come the same way (nodesStats). Containers carry stevedore.test=<run label>.
 */
const LABEL = `stevedore.test=${uniq('statsset')}`;
const BUSY = `trap "exit 0" TERM; end=$(($(date +%s)+90)); while [ $(date +%s) -lt $end ]; do :; done`;

interface Batch {
  timestamp: string;
  items: { containerId: string; nodeId: string; cpuPercent: number; memoryUsageBytes: number }[];
  pending: string[];
  gone: string[];
}
interface NodeBatch {
  items: { nodeId: string; containerCount: number; usedCpus: number; memoryUsedBytes: number }[];
}
const SET_SUB = `subscription($c: [ContainerStatsTargetInput!]!) { containersStats(containers: $c) {
  timestamp items { containerId nodeId cpuPercent memoryUsageBytes } pending gone } }`;
const NODES_SUB = `subscription($n: [ID!]) { nodesStats(nodeIds: $n) { items { nodeId containerCount usedCpus memoryUsedBytes } } }`;

describe('stats of a set of containers and nodes, on engine n1', () => {
  let s: TestServer;
  let client: Client;
  let nodeId: string;
  let busy: string;
  let idle: string;
  const stops: (() => void)[] = [];

  /** Results of one subscription: its payloads and errors. */
  function subscribe<T>(query: string, variables: Record<string, unknown>, field: string) {
    const got = {
      items: [] as T[],
      errors: [] as { message: string; extensions?: Record<string, unknown> }[],
    };
    stops.push(
      client.subscribe<Record<string, T>>(
        { query, variables },
        {
          next: (r) => {
            if (r.errors?.length) got.errors.push(...(r.errors as typeof got.errors));
            else if (r.data) got.items.push(r.data[field]!);
          },
          error: (e) => got.errors.push(...((Array.isArray(e) ? e : [e]) as typeof got.errors)),
          complete: () => {},
        },
      ),
    );
    return got;
  }

  beforeAll(async () => {
    s = await startTestServer();
    client = createClient({
      url: s.app.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authToken: s.token },
    });
    nodeId = (await s.ok<{ nodes: { id: string }[] }>('{ nodes { id } }')).nodes[0]!.id;
    busy = await docker(
      'n1',
      'run',
      '-d',
      '--label',
      LABEL,
      '--cpus',
      '0.5',
      'local/busybox:1',
      'sh',
      '-c',
      BUSY,
    );
    idle = await docker('n1', 'run', '-d', '--label', LABEL, 'local/busybox:1', 'sleep', '300');
  });

  afterAll(async () => {
    for (const stop of stops.splice(0)) stop();
    await client?.dispose();
    await s?.stop();
    await removeLabelled('n1', LABEL);
  });

  it('one subscription batches every container, sharing the engine streams, and names the unknown', async () => {
    const sub = subscribe<Batch>(
      SET_SUB,
      {
        c: [
          { containerId: busy, nodeId },
          { containerId: idle.slice(0, 12) }, // found by asking the nodes
          { containerId: 'no-such-container-xyz' },
        ],
      },
      'containersStats',
    );
    const batch = await waitFor(
      () => {
        if (sub.errors.length) throw new Error(JSON.stringify(sub.errors));
        return sub.items.find(
          (b) => b.items.length === 2 && b.items.some((x) => x.containerId === busy && x.cpuPercent > 20),
        );
      },
      { timeoutMs: 30_000, intervalMs: 100, what: 'a batch with both samples, the busy one above 20 % CPU' },
    );
    const byId = new Map(batch.items.map((x) => [x.containerId, x]));
    expect(byId.get(busy)!.nodeId).toBe(nodeId);
    expect(byId.get(idle)!.cpuPercent).toBeLessThan(5); // the short id resolved to the full one
    expect(byId.get(idle)!.memoryUsageBytes).toBeGreaterThan(0);
    expect(batch.gone).toEqual(['no-such-container-xyz']);
    expect(batch.pending).toEqual([]);
    // Two containers, two engine streams, whatever else watches them.
    expect(s.app.core.realtime.stats.openStreams()).toBe(2);
    stops.pop()!();
    await waitFor(() => s.app.core.realtime.stats.openStreams() === 0, { what: 'stats streams closed' });
  });

  it('refuses a set too large, or a node that does not exist, naming the field', async () => {
    const many = subscribe<Batch>(
      SET_SUB,
      { c: Array.from({ length: 501 }, (_, i) => ({ containerId: `c${i}`, nodeId })) },
      'containersStats',
    );
    const wrongNode = subscribe<Batch>(
      SET_SUB,
      { c: [{ containerId: busy, nodeId: 'no-such-node' }] },
      'containersStats',
    );
    await waitFor(() => many.errors.length > 0 && wrongNode.errors.length > 0, { what: 'both refused' });
    expect(many.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'containers' });
    expect(wrongNode.errors[0]!.extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'containers[0].nodeId',
    });
    expect(s.app.core.realtime.stats.openStreams()).toBe(0);
  });

  it("nodesStats gives every node's aggregate in one batch", async () => {
    const sub = subscribe<NodeBatch>(NODES_SUB, { n: null }, 'nodesStats');
    const batch = await waitFor(
      () => {
        if (sub.errors.length) throw new Error(JSON.stringify(sub.errors));
        return sub.items.find((b) => b.items.some((n) => n.nodeId === nodeId && n.usedCpus > 0.2));
      },
      { timeoutMs: 30_000, intervalMs: 100, what: 'the node busy above 0.2 CPUs' },
    );
    const n = batch.items.find((x) => x.nodeId === nodeId)!;
    expect(n.containerCount).toBeGreaterThanOrEqual(2);
    expect(n.memoryUsedBytes).toBeGreaterThan(0);
    stops.pop()!();
  });
});
