import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { docker, endpointOf, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import { monitoredMetrics } from './monitoring-files.js';
import { startRedisServer, type RedisServer } from './redis-helpers.js';
import { taggedWebapp } from './tagged-webapp.js';
import { testStore } from './store-env.js';

/**
 * Issue #21 items 4-5 on a real server and engine: the workload on /metrics, every metric the
 * shipped dashboard and alert rules use, /readyz naming an engine that stopped answering, and
 * request ids from the answer to the log.
 */
describe('health, metrics and request logs on a real engine', () => {
  let s: TestServer;
  const svc = uniq('obs');
  const lines: Record<string, unknown>[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => {
    for (const l of chunk.toString('utf8').split('\n').filter(Boolean))
      lines.push(JSON.parse(l) as Record<string, unknown>);
  });
  const base = () => s.app.url.replace(/\/graphql$/, '');
  const scrape = async () =>
    (await fetch(`${base()}/metrics`, { headers: { authorization: `Bearer ${s.token}` } })).text();
  const value = (text: string, series: string): number | undefined => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  // A second engine reached through a socket of this test: closing it is an engine that stopped.
  const proxyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-obs-'));
  const proxyPath = path.join(proxyDir, 'engine.sock');
  const proxySockets = new Set<net.Socket>();
  const proxy = net.createServer((c) => {
    const up = net.connect(endpointOf('n2').replace(/^unix:\/\//, ''));
    for (const x of [c, up]) {
      proxySockets.add(x);
      x.on('close', () => proxySockets.delete(x));
      x.on('error', () => undefined);
    }
    c.pipe(up).pipe(c);
  });
  const proxyNode = uniq('obs-n2');

  const spec = (image: string) =>
    taggedWebapp(svc, svc, { image, replicas: 2, update: { parallelism: 2, monitorMs: 500 } });

  beforeAll(async () => {
    s = await startTestServer(
      { STEVEDORE_RESYNC_INTERVAL_MS: '500', STEVEDORE_READY_MIN_ENGINES: '1', STEVEDORE_LOG_LEVEL: 'info' },
      undefined,
      { logger: createLogger('info', sink) },
    );
  });
  afterAll(async () => {
    await s?.gql(`mutation { removeService(id: "${svc}") { id } }`);
    await s?.gql(`mutation { removeNode(id: "${proxyNode}") { id } }`).catch(() => undefined);
    await waitFor(async () => (await docker('n1', 'ps', '-aq', '--filter', `label=test=${svc}`)) === '', {
      timeoutMs: 30_000,
      what: 'service containers removed',
    }).catch(() => undefined);
    for (const x of proxySockets) x.destroy();
    proxy.close();
    await s?.stop();
    fs.rmSync(proxyDir, { recursive: true, force: true });
  });

  it('/healthz answers while the process lives; /readyz checks the store and the engines', async () => {
    const live = await fetch(`${base()}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base()}/readyz`);
    const body = (await ready.json()) as {
      status: string;
      failed: string[];
      checks: { name: string; ok: boolean; detail: string }[];
    };
    expect(ready.status).toBe(200);
    expect(body).toMatchObject({ status: 'ready', failed: [] });
    // Memory pubsub: no Redis to check.
    expect(body.checks.map((c) => [c.name, c.ok])).toEqual([
      ['store', true],
      ['engines', true],
    ]);
    // The store this run's servers use (STEVEDORE_TEST_STORE=pg: PostgreSQL).
    expect(body.checks[0]?.detail).toBe(`writable (${testStore()})`);
  });

  it('/metrics shows the replicas, restarts, CPU and memory of a service and the duration of its rollout', async () => {
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: spec('local/webapp:v1'),
    });
    const healthy = async () =>
      (
        await s.ok<{ service: { healthyReplicas: number; rollout: { state: string } | null } }>(
          `{ service(id: "${svc}") { healthyReplicas rollout { state } } }`,
        )
      ).service;
    await waitFor(async () => (await healthy()).healthyReplicas === 2, {
      timeoutMs: 90_000,
      what: '2 healthy replicas',
    });
    await s.ok(`mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`, {
      id: svc,
      s: spec('local/webapp:v2'),
    });
    await waitFor(
      async () => {
        const h = await healthy();
        return h.rollout?.state === 'COMPLETED' && h.healthyReplicas === 2;
      },
      { timeoutMs: 120_000, what: 'rollout to v2 completed' },
    );
    const text = await waitFor(
      async () => {
        const t = await scrape();
        return value(t, `stevedore_service_replicas_healthy{service="${svc}"}`) === 2 &&
          (value(t, `stevedore_service_memory_bytes{service="${svc}"}`) ?? 0) > 0
          ? t
          : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 1000, what: 'healthy replicas and memory on /metrics' },
    );
    expect(value(text, `stevedore_service_replicas_desired{service="${svc}"}`)).toBe(2);
    expect(value(text, `stevedore_service_replicas_running{service="${svc}"}`)).toBe(2);
    expect(value(text, `stevedore_service_restarts_total{service="${svc}"}`)).toBe(0);
    expect(value(text, `stevedore_service_cpu_seconds{service="${svc}"}`)).toBeGreaterThan(0);
    expect(
      value(text, 'stevedore_rollout_duration_seconds_count{outcome="completed"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(value(text, 'stevedore_reconcile_pass_duration_seconds_count{outcome="ok"}')).toBeGreaterThan(0);
    const n1 = (await s.ok<{ nodes: { name: string }[] }>('{ nodes { name } }')).nodes[0]!.name;
    expect(value(text, `stevedore_node_up{node="${n1}"}`)).toBe(1);
    expect(value(text, `stevedore_node_capacity_cpus{node="${n1}"}`)).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`^stevedore_node_allocated_memory_bytes\\{node="${n1}"\\} \\d+`, 'm'));
    // The doubled prefix is gone; the histogram says what it measures.
    expect(text).not.toContain('stevedore_process_process_');
    expect(text).toMatch(/^stevedore_process_cpu_seconds_total \d/m);
    expect(text).toContain('stevedore_graphql_operation_duration_seconds_bucket');
  });

  it('labels GraphQL operations by root field, never by the operation name a client sent', async () => {
    const name = `Client${Date.now()}Name`;
    await s.ok(`query ${name} { nodes { id } }`);
    const text = await scrape();
    expect(text).not.toContain(name);
    expect(text).toMatch(
      /^stevedore_graphql_operations_total\{type="query",field="nodes",outcome="ok"\} [1-9]/m,
    );
  });

  it('exports every metric the Grafana dashboard and the alert rules use', async () => {
    const text = await scrape();
    const exported = new Set(
      text
        .split('\n')
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => /^[a-z_:][a-z0-9_:]*/.exec(l)![0]),
    );
    const { dashboard, rules } = monitoredMetrics();
    expect(dashboard.length).toBeGreaterThan(15);
    expect(dashboard.filter((m) => !exported.has(m))).toEqual([]);
    expect(rules.filter((m) => !exported.has(m))).toEqual([]);
  });

  it('gives each request an id: in the x-request-id header, in every GraphQL error, in its log line', async () => {
    const res = await fetch(s.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
      body: JSON.stringify({ query: 'mutation { removeService(id: "no-such-service") { id } }' }),
    });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'NOT_FOUND', requestId: id });
    expect(JSON.stringify(body)).not.toMatch(/stack/i);
    // A caller's own id is kept (it ties the client's log to ours).
    const own = `trace-${Date.now()}`;
    const again = await fetch(s.app.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${s.token}`,
        'x-request-id': own,
      },
      body: JSON.stringify({ query: '{ nodes { nope } }' }),
    });
    expect(again.headers.get('x-request-id')).toBe(own);
    expect(((await again.json()) as typeof body).errors[0]!.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      requestId: own,
    });
    const logged = await waitFor(() => lines.find((l) => (l.req as { id?: string } | undefined)?.id === id), {
      what: 'the request log line',
    });
    expect(logged).toMatchObject({ part: 'http', msg: 'request completed', res: { statusCode: 200 } });
    expect((logged.req as { headers: Record<string, string> }).headers.authorization).toBe('[redacted]');
    expect(lines.some((l) => (l.req as { id?: string } | undefined)?.id === own)).toBe(true);
  });

  it('counts a restart when a replica is killed', async () => {
    const restarts = async () => value(await scrape(), `stevedore_service_restarts_total{service="${svc}"}`);
    expect(await restarts()).toBe(0);
    const ids = (await docker('n1', 'ps', '-q', '--filter', `label=test=${svc}`)).split('\n').filter(Boolean);
    expect(ids).toHaveLength(2);
    await docker('n1', 'kill', ids[0]!);
    await waitFor(async () => ((await restarts()) ?? 0) >= 1, {
      timeoutMs: 30_000,
      intervalMs: 500,
      what: 'a restart on /metrics',
    });
  });

  it('/readyz names an engine that stopped answering and says 503', async () => {
    await new Promise<void>((resolve) => proxy.listen(proxyPath, resolve));
    const added = await s.ok<{ addNode: { status: string } }>(
      `mutation($i: AddNodeInput!) { addNode(input: $i) { status } }`,
      { i: { name: proxyNode, endpoint: `unix://${proxyPath}` } },
    );
    expect(added.addNode.status).toBe('READY');
    expect((await fetch(`${base()}/readyz`)).status).toBe(200);
    proxy.close();
    for (const x of proxySockets) x.destroy();
    const down = await waitFor(
      async () => {
        const r = await fetch(`${base()}/readyz`);
        return r.status === 503 ? ((await r.json()) as { status: string; failed: string[] }) : undefined;
      },
      { timeoutMs: 30_000, what: '/readyz 503' },
    );
    expect(down.status).toBe('not ready');
    expect(down.failed).toHaveLength(1);
    expect(down.failed[0]).toMatch(
      new RegExp(`^engines: 1 of 2 nodes READY .*not reachable: ${proxyNode} \\((DOWN|UNKNOWN)`),
    );
    expect(value(await scrape(), `stevedore_node_up{node="${proxyNode}"}`)).toBe(0);
  });
});

describe('/readyz with the Redis pubsub', () => {
  let redis: RedisServer | undefined;
  let s: TestServer | undefined;

  afterAll(async () => {
    await s?.stop();
    await redis?.stop();
  });

  it('checks Redis and names it when the connection is lost', async () => {
    redis = await startRedisServer();
    s = await startTestServer({ STEVEDORE_PUBSUB: 'redis', STEVEDORE_REDIS_URL: redis.url });
    const readyz = async () => {
      const r = await fetch(`${s!.app.url.replace(/\/graphql$/, '')}/readyz`);
      return {
        status: r.status,
        body: (await r.json()) as { failed: string[]; checks: { name: string; ok: boolean }[] },
      };
    };
    const up = await readyz();
    expect(up.status).toBe(200);
    expect(up.body.checks.find((c) => c.name === 'redis')).toMatchObject({ ok: true, detail: 'connected' });
    await redis.stop();
    const down = await waitFor(async () => ((await readyz()).status === 503 ? await readyz() : undefined), {
      what: '/readyz 503 without Redis',
      timeoutMs: 15_000,
    });
    expect(down.body.failed).toEqual([expect.stringMatching(/^redis: redis connection /)]);
  });
});
