import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker, removeLabelled, startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import { startRedisServer, type RedisServer } from './redis-helpers.js';

/**
 * The real-time layer against engine n1: stats, engine events, health, logs, resumable event
 * streams, shared engine streams and their teardown, connection limits, and fan-out across two
 * instances through a real redis-server. Every container carries stevedore.test=<run label>.
 */
const LABEL = `stevedore.test=${uniq('realtime')}`;
const BUSY = `trap "exit 0" TERM; end=$(($(date +%s)+60)); while [ $(date +%s) -lt $end ]; do :; done`;

interface EventView {
  cursor: number;
  kind: string;
  severity: string;
  message: string;
  nodeId: string | null;
  containerId: string | null;
  data: Record<string, unknown> | null;
  gap: { from: number; to: number; count: number } | null;
}
const EVENT_FIELDS = 'cursor kind severity message nodeId containerId data gap { from to count }';
const EVENTS_SUB = `subscription($f: EventFilter, $after: SafeInt) { events(filter: $f, after: $after) { ${EVENT_FIELDS} } }`;

interface StatsView {
  containerId: string;
  cpuPercent: number;
  memoryUsageBytes: number;
  memoryLimitBytes: number;
  memoryPercent: number;
  pids: number;
  timestamp: string;
}
const STATS_SUB = `subscription($id: String!, $ms: Int) { containerStats(containerId: $id, intervalMs: $ms) {
  containerId cpuPercent memoryUsageBytes memoryLimitBytes memoryPercent pids timestamp networkRxBytesPerSec } }`;

/** One subscription's results, collected. */
class Sub<T> {
  items: T[] = [];
  errors: unknown[] = [];
  completed = false;
  readonly stop: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown>, field: string) {
    this.stop = client.subscribe<Record<string, T>>(
      { query, variables },
      {
        next: (r) => {
          if (r.errors?.length) this.errors.push(...r.errors);
          else if (r.data) this.items.push(r.data[field]!);
        },
        error: (e) => this.errors.push(...(Array.isArray(e) ? e : [e])),
        complete: () => (this.completed = true),
      },
    );
  }

  async until(pred: (items: T[]) => boolean, what: string, timeoutMs = 30_000): Promise<T[]> {
    return waitFor(
      () => {
        if (this.errors.length) throw new Error(`subscription failed: ${JSON.stringify(this.errors)}`);
        return pred(this.items) ? this.items : undefined;
      },
      { timeoutMs, intervalMs: 50, what },
    );
  }
}

const clients: Client[] = [];
function connect(s: TestServer, connectionParams?: Record<string, unknown>): Client {
  const c = createClient({
    url: s.app.wsUrl,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    // The server's admin token unless a test brings its own connection_init payload.
    connectionParams: connectionParams ?? { authToken: s.token },
    onNonLazyError: () => {},
  });
  clients.push(c);
  return c;
}

afterAll(async () => {
  for (const c of clients.splice(0)) await c.dispose();
});

async function run(...args: string[]): Promise<string> {
  return docker('n1', 'run', '-d', '--label', LABEL, ...args);
}

describe('real-time layer against engine n1', () => {
  let s: TestServer;
  let nodeId: string;
  let busy: string;
  let idle: string;

  beforeAll(async () => {
    s = await startTestServer();
    const d = await s.ok<{ nodes: { id: string; name: string }[] }>('{ nodes { id name } }');
    nodeId = d.nodes[0]!.id;
    busy = await run('local/busybox:1', 'sh', '-c', BUSY);
    idle = await run('local/busybox:1', 'sleep', '300');
  });

  afterAll(async () => {
    for (const c of clients.splice(0)) await c.dispose();
    await s?.stop();
    await removeLabelled('n1', LABEL);
  });

  const lastCursor = async () =>
    (await s.ok<{ events: { items: { cursor: number }[] } }>('{ events(limit: 1) { items { cursor } } }'))
      .events.items[0]?.cursor ?? 0;

  it('streams stats: a busy container above 20% CPU, an idle one near 0', async () => {
    const c = connect(s);
    const hot = new Sub<StatsView>(c, STATS_SUB, { id: busy, ms: 1000 }, 'containerStats');
    const cold = new Sub<StatsView>(c, STATS_SUB, { id: idle.slice(0, 12) }, 'containerStats');
    const h = await hot.until((l) => l.some((x) => x.cpuPercent > 20), 'busy CPU > 20%');
    const i = await cold.until((l) => l.length >= 2, 'two idle samples');
    expect(h[0]!.containerId).toBe(busy);
    expect(i.every((x) => x.cpuPercent < 5)).toBe(true);
    expect(i[0]!.containerId).toBe(idle); // a short id resolves to the full one
    expect(i[0]!.memoryUsageBytes).toBeGreaterThan(0);
    expect(i[0]!.memoryLimitBytes).toBeGreaterThan(i[0]!.memoryUsageBytes);
    expect(i[0]!.pids).toBe(1);
    // Consecutive samples ~1 s apart (the engine's cadence).
    const dt = new Date(i[1]!.timestamp).getTime() - new Date(i[0]!.timestamp).getTime();
    expect(dt).toBeGreaterThan(700);
    expect(dt).toBeLessThan(5000); // the engine collects every second, slower under load
    // While sampled, the cluster query shows live use.
    const cl = await s.ok<{ cluster: { resources: { usedCpus: number | null } } }>(
      '{ cluster { resources { usedCpus } } }',
    );
    expect(cl.cluster.resources.usedCpus).toBeGreaterThan(0.2);
    hot.stop();
    cold.stop();
    await waitFor(() => s.app.core.realtime.stats.openStreams() === 0, { what: 'stats streams closed' });
  });

  it('aggregates a node: nodeStats counts running containers and their CPU', async () => {
    const c = connect(s);
    const ns = new Sub<{
      nodeId: string;
      containerCount: number;
      usedCpus: number;
      cpuPercent: number;
      cpus: number;
    }>(
      c,
      `subscription($n: ID!) { nodeStats(nodeId: $n) { nodeId containerCount usedCpus cpuPercent cpus memoryUsedBytes } }`,
      { n: 'local' },
      'nodeStats',
    );
    const got = await ns.until((l) => l.some((x) => x.usedCpus > 0.2), 'node CPU from the busy container');
    const last = got.at(-1)!;
    expect(last.nodeId).toBe(nodeId);
    expect(last.containerCount).toBeGreaterThanOrEqual(2);
    expect(last.cpuPercent).toBeCloseTo((last.usedCpus / last.cpus) * 100, 6);
    ns.stop();
    await waitFor(() => s.app.core.realtime.stats.openStreams() === 0, { what: 'node stats streams closed' });
  });

  it('reports docker kill as container.died with exit code 137', async () => {
    const after = await lastCursor();
    const id = await run('local/busybox:1', 'sleep', '300');
    const c = connect(s);
    const sub = new Sub<EventView>(c, EVENTS_SUB, { f: { containerId: id }, after }, 'events');
    await sub.until((l) => l.some((e) => e.kind === 'container.started'), 'container.started');
    await docker('n1', 'kill', id);
    const got = await sub.until((l) => l.some((e) => e.kind === 'container.died'), 'container.died');
    const died = got.find((e) => e.kind === 'container.died')!;
    expect(died.data).toMatchObject({ exitCode: 137 });
    expect(died.severity).toBe('WARNING');
    expect(died.nodeId).toBe(nodeId);
    expect(died.containerId).toBe(id);
    expect(got.map((e) => e.kind)).toContain('container.killed');
    sub.stop();
  });

  it('reports a failing health check as container.health UNHEALTHY with the probe output', async () => {
    const after = await lastCursor();
    const id = await run(
      '--health-cmd',
      'wget -q -O /dev/null http://127.0.0.1:8080/health',
      '--health-interval',
      '500ms',
      '--health-retries',
      '2',
      'local/webapp:v3',
    );
    const c = connect(s);
    const sub = new Sub<EventView>(
      c,
      EVENTS_SUB,
      { f: { containerId: id, kinds: ['container.health'] }, after },
      'events',
    );
    const [h] = await sub.until((l) => l.length > 0, 'container.health');
    expect(h!.kind).toBe('container.health');
    expect(h!.severity).toBe('WARNING');
    expect(h!.data).toMatchObject({ status: 'UNHEALTHY' });
    expect(String(h!.data?.output)).toMatch(/500/);
    expect(h!.message).toMatch(/unhealthy/);
    sub.stop();
    await docker('n1', 'rm', '-f', id);
  });

  it('follows logs: new lines arrive as they are written; leaving closes the engine stream', async () => {
    const id = await run('local/busybox:1', 'sh', '-c', 'echo before; sleep 300');
    await waitFor(async () => (await docker('n1', 'logs', id)).includes('before'), { what: 'first line' });
    const c = connect(s);
    const sub = new Sub<{ timestamp: string; stream: string; message: string }>(
      c,
      `subscription($id: String!) { containerLogs(containerId: $id, follow: true, tail: 1) { timestamp stream message } }`,
      { id },
      'containerLogs',
    );
    await sub.until((l) => l.some((x) => x.message === 'before'), 'the tail line');
    expect(s.app.core.realtime.logs.count()).toBe(1);
    for (const [n, fd] of [
      [1, 1],
      [2, 2],
      [3, 1],
    ] as const) {
      const written = Date.now();
      await docker('n1', 'exec', id, 'sh', '-c', `echo line-${n} > /proc/1/fd/${fd}`);
      const got = await sub.until((l) => l.some((x) => x.message === `line-${n}`), `line-${n}`, 10_000);
      const line = got.find((x) => x.message === `line-${n}`)!;
      expect(line.stream).toBe(fd === 2 ? 'STDERR' : 'STDOUT');
      expect(new Date(line.timestamp).getTime()).toBeGreaterThan(written - 2000);
    }
    expect(sub.items.map((x) => x.message)).toEqual(['before', 'line-1', 'line-2', 'line-3']);
    sub.stop();
    await waitFor(() => s.app.core.realtime.logs.count() === 0, { what: 'log stream closed' });
  });

  it('resumes after a disconnect with after: cursor — exactly the missed events, then live', async () => {
    const id = (await docker('n1', 'create', '--label', LABEL, 'local/busybox:1', 'sleep', '300')).trim();
    const filter = { containerId: id };
    let c = connect(s);
    const first = new Sub<EventView>(c, EVENTS_SUB, { f: filter, after: await lastCursor() }, 'events');
    await docker('n1', 'start', id);
    const seen = await first.until((l) => l.some((e) => e.kind === 'container.started'), 'container.started');
    const resumeFrom = seen.at(-1)!.cursor;
    await c.dispose();

    // While disconnected: the container is killed, started again and removed.
    await docker('n1', 'kill', id);
    await docker('n1', 'start', id);
    await docker('n1', 'rm', '-f', id);
    const missed = await waitFor(
      async () => {
        const r = await s.ok<{ events: { items: EventView[] } }>(
          `query($f: EventFilter, $a: SafeInt) { events(filter: $f, after: $a, limit: 100) { items { ${EVENT_FIELDS} } } }`,
          { f: filter, a: resumeFrom },
        );
        return r.events.items.some((e) => e.kind === 'container.destroyed') ? r.events.items : undefined;
      },
      { what: 'missed events logged' },
    );
    expect(missed.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'container.killed',
        'container.died',
        'container.started',
        'container.destroyed',
      ]),
    );

    c = connect(s);
    const again = new Sub<EventView>(c, EVENTS_SUB, { f: filter, after: resumeFrom }, 'events');
    await again.until((l) => l.length >= missed.length, 'the missed events');
    s.app.core.bus.publish({
      kind: 'test.live',
      severity: 'INFO',
      message: 'live after replay',
      containerId: id,
    });
    const all = await again.until((l) => l.some((e) => e.kind === 'test.live'), 'the live event');
    expect(all.slice(0, missed.length)).toEqual(missed);
    expect(all.map((e) => e.cursor)).toEqual([...new Set(all.map((e) => e.cursor))].sort((a, b) => a - b));
    expect(all).toHaveLength(missed.length + 1);
    expect(all.every((e) => e.cursor > resumeFrom)).toBe(true);
    again.stop();
  });

  it('gives each subscriber of one topic exactly its own fields and filter, shared execution or not', async () => {
    // A and A2: the same selection and filter (one shared execution); B: other fields, other filter.
    const x = `c0ffee${uniq('x').replace(/[^a-z0-9]/g, '')}`;
    const y = `beef00${uniq('y').replace(/[^a-z0-9]/g, '')}`;
    const after = await lastCursor();
    const subA =
      'subscription($f: EventFilter, $a: SafeInt) { events(filter: $f, after: $a) { kind message } }';
    const subB =
      'subscription($f: EventFilter, $a: SafeInt) { events(filter: $f, after: $a) { cursor containerId severity } }';
    const c = connect(s);
    const a = new Sub<Record<string, unknown>>(c, subA, { f: { containerId: x }, a: after }, 'events');
    const a2 = new Sub<Record<string, unknown>>(
      connect(s),
      subA,
      { f: { containerId: x }, a: after },
      'events',
    );
    const b = new Sub<Record<string, unknown>>(c, subB, { f: { kinds: ['test.sel'] }, a: after }, 'events');
    const publish = (kind: string, containerId: string, message: string) =>
      s.app.core.bus.publish({ kind, severity: 'INFO', message, containerId });
    publish('test.sel', x, 'x sel');
    publish('test.sel', y, 'y sel');
    publish('test.other', x, 'x other');
    publish('test.sel', x, 'end');
    await a.until((l) => l.some((e) => e.message === 'end'), 'A: the last event');
    await a2.until((l) => l.some((e) => e.message === 'end'), 'A2: the last event');
    await b.until((l) => l.filter((e) => e.containerId === x).length === 2, 'B: the last event');

    // A: only x's events, only kind and message.
    expect(a.items).toEqual([
      { kind: 'test.sel', message: 'x sel' },
      { kind: 'test.other', message: 'x other' },
      { kind: 'test.sel', message: 'end' },
    ]);
    expect(a2.items).toEqual(a.items);
    // B: only kind test.sel (x's and y's), only cursor, containerId and severity.
    expect(b.items.map((e) => Object.keys(e).sort())).toEqual(
      Array(3).fill(['containerId', 'cursor', 'severity']),
    );
    expect(b.items.map((e) => [e.containerId, e.severity])).toEqual([
      [x, 'INFO'],
      [y, 'INFO'],
      [x, 'INFO'],
    ]);
    const cursors = b.items.map((e) => e.cursor as number);
    expect(cursors.every((n) => n > after)).toBe(true);
    expect([...cursors].sort((p, q) => p - q)).toEqual(cursors);
    for (const sub of [a, a2, b]) {
      expect(sub.errors).toEqual([]);
      sub.stop();
    }
  });

  it('pages the event history newest first and after a cursor', async () => {
    for (let i = 0; i < 5; i++)
      s.app.core.bus.publish({ kind: 'test.page', severity: 'INFO', message: `p${i}` });
    const q = `query($b: SafeInt, $a: SafeInt) { events(filter: { kinds: ["test.page"] }, before: $b, after: $a, limit: 2) {
      items { cursor message } nextCursor hasMore } }`;
    type Page = {
      events: { items: { cursor: number; message: string }[]; nextCursor: number | null; hasMore: boolean };
    };
    const p1 = await s.ok<Page>(q);
    expect(p1.events.items.map((e) => e.message)).toEqual(['p4', 'p3']);
    expect(p1.events.hasMore).toBe(true);
    const p2 = await s.ok<Page>(q, { b: p1.events.nextCursor });
    expect(p2.events.items.map((e) => e.message)).toEqual(['p2', 'p1']);
    const p3 = await s.ok<Page>(q, { b: p2.events.nextCursor });
    expect(p3.events.items.map((e) => e.message)).toEqual(['p0']);
    expect(p3.events).toMatchObject({ hasMore: false, nextCursor: null });
    const f = await s.ok<Page>(q, { a: p3.events.items[0]!.cursor });
    expect(f.events.items.map((e) => e.message)).toEqual(['p1', 'p2']);
    expect(f.events.nextCursor).toBe(f.events.items[1]!.cursor);
    const bad = await s.gql(`{ events(limit: 5000) { hasMore } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });

  it('serves 50 subscribers of one container from exactly one engine stats stream', async () => {
    const conns = Array.from({ length: 5 }, () => connect(s));
    const subs = Array.from(
      { length: 50 },
      (_, i) => new Sub<StatsView>(conns[i % 5]!, STATS_SUB, { id: idle }, 'containerStats'),
    );
    await waitFor(() => subs.every((x) => x.items.length > 0), { what: 'a sample on every subscriber' });
    expect(s.app.core.realtime.stats.openStreams()).toBe(1);
    expect(s.app.core.realtime.stats.watcherCount(idle)).toBe(50);
    const metrics = await (
      await fetch(s.app.url.replace(/\/graphql$/, '/metrics'), {
        headers: { authorization: `Bearer ${s.token}` },
      })
    ).text();
    expect(metrics).toMatch(/^stevedore_engine_stats_streams 1$/m);
    for (const x of subs) x.stop();
    await waitFor(() => s.app.core.realtime.stats.openStreams() === 0, { what: 'the stream closed' });
    const after = await (
      await fetch(s.app.url.replace(/\/graphql$/, '/metrics'), {
        headers: { authorization: `Bearer ${s.token}` },
      })
    ).text();
    expect(after).toMatch(/^stevedore_engine_stats_streams 0$/m);
  });

  it('closes engine streams when a client vanishes without a goodbye', async () => {
    let socket: WebSocket | undefined;
    const c = connect(s);
    c.on('connected', (sock) => (socket = sock as WebSocket));
    const st = new Sub<StatsView>(c, STATS_SUB, { id: idle }, 'containerStats');
    new Sub<unknown>(
      c,
      `subscription($id: String!) { containerLogs(containerId: $id) { message } }`,
      { id: idle },
      'containerLogs',
    );
    await st.until((l) => l.length > 0, 'a sample');
    await waitFor(() => s.app.core.realtime.logs.count() === 1, { what: 'log stream open' });
    expect(s.app.core.realtime.stats.openStreams()).toBe(1);
    socket!.terminate(); // TCP gone, no close frame, no complete messages
    await waitFor(() => s.app.core.realtime.stats.openStreams() === 0, {
      what: 'stats stream closed',
      timeoutMs: 10_000,
    });
    await waitFor(() => s.app.core.realtime.logs.count() === 0, {
      what: 'log stream closed',
      timeoutMs: 10_000,
    });
  });

  it('limits subscriptions per connection: the 101st gets an error', async () => {
    const c = connect(s);
    const subs = Array.from(
      { length: 100 },
      () => new Sub<EventView>(c, EVENTS_SUB, { f: { kinds: ['test.none'] } }, 'events'),
    );
    const over = new Sub<EventView>(c, EVENTS_SUB, { f: { kinds: ['test.none'] } }, 'events');
    await waitFor(() => over.errors.length > 0, { what: 'the 101st refused' });
    expect(over.errors[0]).toMatchObject({ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: 100 } });
    expect(subs.every((x) => x.errors.length === 0)).toBe(true);
    for (const x of subs) x.stop();
  });

  it('rejects a connection_init whose authToken is not a string, and accepts a valid token', async () => {
    const ok = connect(s, { authToken: s.token });
    const page = await new Promise<unknown>((resolve, reject) =>
      ok.subscribe({ query: '{ system { version } }' }, { next: resolve, error: reject, complete: () => {} }),
    );
    expect(page).toMatchObject({ data: { system: { version: expect.any(String) } } });
    const bad = connect(s, { authToken: 42 });
    const closed = await new Promise<{ code: number }>((resolve) =>
      bad.on('closed', (e) => resolve(e as { code: number })),
    );
    expect(closed.code).toBe(4403);
  });
});

describe('keep-alive terminates dead sockets', () => {
  it('a client that stops answering pings is cut and its engine streams close', async () => {
    const s = await startTestServer({ STEVEDORE_WS_KEEPALIVE_MS: '300' });
    const id = await run('local/busybox:1', 'sleep', '300');
    try {
      // A raw graphql-transport-ws client that never answers pings (autoPong off): a vanished peer.
      const ws = new WebSocket(s.app.wsUrl, 'graphql-transport-ws', { autoPong: false });
      const messages: { type: string; payload?: unknown }[] = [];
      ws.on('message', (m) => messages.push(JSON.parse(String(m))));
      await new Promise((r) => ws.once('open', r));
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authToken: s.token } }));
      await waitFor(() => messages.some((m) => m.type === 'connection_ack'), { what: 'ack' });
      ws.send(
        JSON.stringify({ id: '1', type: 'subscribe', payload: { query: STATS_SUB, variables: { id } } }),
      );
      await waitFor(() => s.app.core.realtime.stats.openStreams() === 1, { what: 'stream open' });
      const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
      await waitFor(() => s.app.core.realtime.stats.openStreams() === 0, {
        what: 'stream closed by keep-alive',
        timeoutMs: 5000,
      });
      expect(await closed).toBe(1006); // terminated, not closed politely
    } finally {
      await s.stop();
      await docker('n1', 'rm', '-f', id);
    }
  });
});

describe('pubsub over a real redis-server', () => {
  let redis: RedisServer | undefined;
  let port = 0;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    port = redis.port;
  });

  afterAll(async () => {
    for (const x of servers.splice(0)) await x.stop();
    await redis?.stop();
  });

  it('an event published on one instance reaches a subscriber of the other', async () => {
    const env = { STEVEDORE_PUBSUB: 'redis', STEVEDORE_REDIS_URL: `redis://127.0.0.1:${port}` };
    const a = await startTestServer(env);
    servers.push(a);
    const b = await startTestServer(env);
    servers.push(b);
    expect(a.app.core.realtime.pubsub.kind).toBe('redis');

    const cb = connect(b);
    const onB = new Sub<EventView>(cb, EVENTS_SUB, { f: { kinds: ['test.redis'] } }, 'events');
    const ca = connect(a);
    const onA = new Sub<EventView>(ca, EVENTS_SUB, { f: { kinds: ['test.redis'] } }, 'events');
    // Subscriptions start asynchronously: publish until the first one lands, then one more.
    await waitFor(
      () => {
        a.app.core.bus.publish({ kind: 'test.redis', severity: 'INFO', message: 'ping', data: { n: 1 } });
        return onB.items.length > 0;
      },
      { what: 'an event from instance A on instance B', intervalMs: 200, timeoutMs: 15_000 },
    );
    a.app.core.bus.publish({ kind: 'test.redis', severity: 'ERROR', message: 'from A', data: { n: 2 } });
    const got = await onB.until((l) => l.some((e) => e.message === 'from A'), 'the marked event on B');
    const e = got.find((x) => x.message === 'from A')!;
    expect(e.severity).toBe('ERROR');
    expect(e.data).toMatchObject({ n: 2, origin: a.app.core.realtime.eventLog.instanceId });
    await onA.until((l) => l.some((x) => x.message === 'from A'), 'the same event on A');
    // B logged it with its own cursor: B's history has it too.
    const hist = await b.ok<{ events: { items: { message: string }[] } }>(
      `{ events(filter: { kinds: ["test.redis"] }, limit: 1) { items { message } } }`,
    );
    expect(hist.events.items[0]!.message).toBe('from A');
    onA.stop();
    onB.stop();
  });
});
