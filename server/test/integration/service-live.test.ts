import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

/**
 * serviceStatus and serviceStats over graphql-ws against engine n1: the status stream moves as
 * replicas come up, die and come back; the stats stream carries each replica and the sum.
 */
interface StatusView {
  status: string;
  desiredReplicas: number;
  runningReplicas: number;
  healthyReplicas: number;
  revision: number;
}
interface StatsView {
  replicaCount: number;
  sampledReplicaCount: number;
  usedCpus: number;
  cpuPercentOfLimit: number | null;
  memoryUsedBytes: number;
  replicas: { containerId: string; cpuPercent: number }[];
}

function collect<T>(client: Client, query: string, variables: Record<string, unknown>, field: string) {
  const items: T[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (r) => (r.errors?.length ? errors.push(...r.errors) : r.data && items.push(r.data[field]!)),
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return { items, errors, stop };
}

describe('service live streams', () => {
  let s: TestServer;
  let client: Client;
  const name = uniq('live');

  beforeAll(async () => {
    s = await startTestServer({ STEVEDORE_RESYNC_INTERVAL_MS: '500' });
    client = createClient({
      url: s.app.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authToken: s.token },
    });
  });
  afterAll(async () => {
    await s?.gql(`mutation { removeService(id: "${name}") { id } }`);
    await waitFor(async () => (await docker('n1', 'ps', '-aq', '--filter', `label=test=${name}`)) === '', {
      timeoutMs: 30_000,
      what: 'containers removed',
    }).catch(() => undefined);
    await client?.dispose();
    await s?.stop();
  });

  it('pushes status as replicas start, die and recover, and stats per replica and in sum', async () => {
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: {
        name,
        image: 'local/busybox:1',
        command: [
          'sh',
          '-c',
          'trap "exit 0" TERM; end=$(($(date +%s)+120)); while [ $(date +%s) -lt $end ]; do :; done',
        ],
        replicas: 2,
        resources: { cpuLimit: 0.5 },
        stopTimeoutSec: 1,
        labels: [{ key: 'test', value: name }],
      },
    });
    const status = collect<StatusView>(
      client,
      `subscription($id: ID!) { serviceStatus(serviceId: $id) { status desiredReplicas runningReplicas healthyReplicas revision } }`,
      { id: name },
      'serviceStatus',
    );
    await waitFor(() => status.items.some((v) => v.runningReplicas === 2 && v.status === 'HEALTHY'), {
      timeoutMs: 60_000,
      what: 'status stream shows 2 running',
    });
    expect(status.items[0]!.desiredReplicas).toBe(2);

    const stats = collect<StatsView>(
      client,
      `subscription($id: ID!) { serviceStats(serviceId: $id) { replicaCount sampledReplicaCount usedCpus cpuPercentOfLimit memoryUsedBytes replicas { containerId cpuPercent } } }`,
      { id: name },
      'serviceStats',
    );
    // Three samples with both replicas busy: one sample can overshoot a CFS quota (the engine's
    // read and the kernel's accounting period do not line up), their median does not.
    const busySamples = await waitFor(
      () => {
        const b = stats.items.filter((v) => v.sampledReplicaCount === 2 && v.usedCpus > 0.3);
        return b.length >= 3 ? b : null;
      },
      {
        timeoutMs: 30_000,
        what: 'three stats samples of both busy replicas',
      },
    );
    const busy = busySamples[0]!;
    expect(busy.replicaCount).toBe(2);
    expect(busy.replicas).toHaveLength(2);
    // Each replica is capped at half a CPU: the sum is a share of the two limits (1 CPU). Seen
    // here: 1.04-1.07 on a quiet machine, up to 1.22 under load (CFS accounting in 1 s windows);
    // two uncapped loops on this 2-core machine would use about 2.
    const median = busySamples
      .slice(0, 3)
      .map((v) => v.usedCpus)
      .sort((a, b) => a - b)[1]!;
    expect(median).toBeLessThanOrEqual(1.35);
    expect(busy.cpuPercentOfLimit).not.toBeNull();
    expect(stats.errors).toEqual([]);

    const ids = (await docker('n1', 'ps', '-q', '--filter', `label=test=${name}`))
      .split('\n')
      .filter(Boolean);
    const seen = status.items.length;
    await docker('n1', 'kill', ids[0]!);
    await waitFor(() => status.items.slice(seen).some((v) => v.runningReplicas < 2), {
      timeoutMs: 20_000,
      what: 'dip',
    });
    await waitFor(
      () =>
        status.items
          .slice(seen)
          .some(
            (v, i, a) => i > 0 && v.runningReplicas === 2 && a.slice(0, i).some((p) => p.runningReplicas < 2),
          ),
      {
        timeoutMs: 30_000,
        what: 'recovery',
      },
    );
    expect(status.errors).toEqual([]);
    status.stop();
    stats.stop();
  });
});
