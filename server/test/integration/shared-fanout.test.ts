import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, uniq, type GqlResult, type TestServer } from './harness.js';

/**
 * The shared fan-out path (api/realtime/shared-subscribe.ts executes one event once per operation,
 * shared-next.ts serialises it once and writes the same bytes to every subscriber of that
 * operation): each subscriber still gets exactly the fields it selected, under its own id, and
 * nothing its permissions do not let through. Real server with STEVEDORE_AUTH=on; events are
 * published on the bus, so no engine work is involved.
 */

const ADMIN_TOKEN = `admin-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}-token`;

interface Ev {
  events: Record<string, unknown>;
}

describe('shared fan-out of subscription results', () => {
  let s: TestServer;
  let stagingCluster: string;
  let viewerToken: string;
  const clients: Client[] = [];
  const staging = uniq('fan');

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_AUTH: 'on',
      STEVEDORE_ADMIN_TOKEN: ADMIN_TOKEN,
      STEVEDORE_ADMIN_PASSWORD: 'admin-password-1',
      STEVEDORE_RATE_LIMIT: '0',
      STEVEDORE_RATE_LIMIT_IP: '0',
      // Small, so the slow reader below overflows its queue with little data.
      STEVEDORE_SUBSCRIPTION_QUEUE: '20',
    });
    const env = await s.ok<{ createEnvironment: { clusterIds: string[] } }>(
      `mutation($i: CreateEnvironmentInput!) { createEnvironment(input: $i) { id clusterIds } }`,
      { i: { name: staging } },
    );
    stagingCluster = env.createEnvironment.clusterIds[0]!;
    // A VIEWER of the staging environment only, with an API token of its own.
    const username = uniq('viewer');
    const password = `${username}-password`;
    await s.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
      i: { username, password, roles: [{ environment: staging, role: 'VIEWER' }] },
    });
    const res = await fetch(s.app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { expiresAt } }',
        variables: { u: username, p: password },
      }),
    });
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('stevedore_session='))!
      .split(';')[0]!;
    const made = (await (
      await fetch(s.app.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, 'x-stevedore-csrf': '1' },
        body: JSON.stringify({
          query: `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`,
          variables: {
            i: { name: `${username}-t`, role: 'VIEWER', environments: [staging], expiresInDays: 1 },
          },
        }),
      })
    ).json()) as GqlResult<{ createApiToken: { token: string } }>;
    if (made.errors?.length) throw new Error(JSON.stringify(made.errors));
    viewerToken = made.data!.createApiToken.token;
  });

  afterAll(async () => {
    for (const c of clients.splice(0)) await c.dispose();
    await s?.stop();
  });

  /** Subscribes on a connection of its own; resolves with what arrived once `until` has arrived. */
  function subscribe(token: string, query: string, untilMessage: string) {
    const c = createClient({
      url: s.app.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      connectionParams: { authToken: token },
      onNonLazyError: () => {},
    });
    clients.push(c);
    const got: Record<string, unknown>[] = [];
    const errors: unknown[] = [];
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    const done = new Promise<Record<string, unknown>[]>((resolve, reject) => {
      c.subscribe<Ev>(
        { query },
        {
          next: (r) => {
            if (r.errors?.length) errors.push(r.errors);
            const e = r.data?.events;
            if (!e) return;
            if (e.message === 'fan.ready' || (e as { kind?: string }).kind === 'fan.ready') {
              started();
              return;
            }
            got.push(e);
            if (e.message === untilMessage) resolve(got);
          },
          error: reject,
          complete: () => reject(new Error(`completed before ${untilMessage}`)),
        },
      );
    });
    return { got, errors, ready, done };
  }

  it('gives each subscriber its own selection, and a VIEWER of one environment none of the others', async () => {
    const filter = `filter: { kinds: ["fan.*"] }`;
    const narrow = `subscription { events(${filter}) { kind message } }`;
    const wide = `subscription { events(${filter}) { kind message clusterId severity data } }`;
    // a1 and a2: the same operation and credential, so one shared result per event; b: another
    // selection; v: a1's very document under the staging VIEWER's credential.
    const a1 = subscribe(ADMIN_TOKEN, narrow, 'last');
    const a2 = subscribe(ADMIN_TOKEN, narrow, 'last');
    const b = subscribe(ADMIN_TOKEN, wide, 'last');
    const v = subscribe(viewerToken, narrow, 'last');
    // Subscriptions start asynchronously: ready markers (visible to all) until each has one.
    const all = [a1, a2, b, v];
    let readyCount = 0;
    for (const x of all) void x.ready.then(() => readyCount++);
    for (let i = 0; i < 100 && readyCount < all.length; i++) {
      s.app.core.bus.publish({
        kind: 'fan.ready',
        severity: 'INFO',
        message: 'fan.ready',
        clusterId: stagingCluster,
      });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(readyCount).toBe(all.length);

    const publish = (message: string, clusterId: string, data: Record<string, unknown>) =>
      s.app.core.bus.publish({ kind: 'fan.tick', severity: 'INFO', message, clusterId, data });
    publish('default-1', 'default', { n: 1 });
    publish('staging-1', stagingCluster, { n: 2 });
    publish('default-2', 'default', { n: 3 });
    publish('last', stagingCluster, { n: 4 });
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('events did not arrive within 20 s')), 20_000),
    );
    const [ga1, ga2, gb, gv] = await Promise.race([Promise.all(all.map((x) => x.done)), timeout]);

    const narrowOf = (message: string) => ({ kind: 'fan.tick', message });
    expect(ga1).toEqual(['default-1', 'staging-1', 'default-2', 'last'].map(narrowOf));
    expect(ga2).toEqual(ga1);
    expect(gb).toEqual(
      [
        ['default-1', 'default', 1],
        ['staging-1', stagingCluster, 2],
        ['default-2', 'default', 3],
        ['last', stagingCluster, 4],
      ].map(([message, clusterId, n]) => ({
        kind: 'fan.tick',
        message,
        clusterId,
        severity: 'INFO',
        data: { n },
      })),
    );
    // The VIEWER of staging: the same document as a1, but only staging's events.
    expect(gv).toEqual(['staging-1', 'last'].map(narrowOf));
    for (const x of all) expect(x.errors).toEqual([]);
  });

  it('a client that stops reading holds its subscription back: a gap marker for what did not fit, nothing lost unsaid', async () => {
    const ws = new WebSocket(s.app.wsUrl, 'graphql-transport-ws');
    const frames: { type: string; id?: string; payload?: { data?: { events: Record<string, unknown> } } }[] =
      [];
    const waiters: (() => void)[] = [];
    ws.on('message', (d) => {
      frames.push(JSON.parse(String(d)) as (typeof frames)[number]);
      for (const w of waiters.splice(0)) w();
    });
    const until = async (what: string, ok: () => boolean, ms = 15_000) => {
      const end = Date.now() + ms;
      while (!ok()) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
        await new Promise<void>((r) => {
          waiters.push(r);
          setTimeout(r, 200);
        });
      }
    };
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { authToken: ADMIN_TOKEN } }));
    await until('ack', () => frames.some((f) => f.type === 'connection_ack'));
    ws.send(
      JSON.stringify({
        id: 'slow',
        type: 'subscribe',
        payload: {
          query:
            'subscription { events(filter: { kinds: ["slow.*"] }) { cursor kind message gap { count } } }',
        },
      }),
    );
    const events = () =>
      frames.flatMap((f) => (f.type === 'next' && f.payload?.data ? [f.payload.data.events] : []));
    for (let i = 0; i < 100 && !events().length; i++) {
      s.app.core.bus.publish({ kind: 'slow.ready', severity: 'INFO', message: 'ready' });
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(events().length).toBeGreaterThan(0);
    frames.length = 0;

    // Stop reading: the kernel buffers fill, then the server's write buffer, then the queue.
    const tcp = (ws as unknown as { _socket: import('node:net').Socket })._socket;
    tcp.pause();
    const N = 2000;
    const big = 'x'.repeat(8 * 1024);
    // Ten at a time (the queue holds 20): a reader that keeps up would never overflow it.
    for (let i = 0; i < N; i += 10) {
      for (let j = i; j < i + 10; j++)
        s.app.core.bus.publish({ kind: 'slow.tick', severity: 'INFO', message: big });
      await new Promise((r) => setTimeout(r, 1));
    }
    tcp.resume();
    // A marker event until one arrives as itself (one published while the queue is still full
    // is counted in a gap like the ticks).
    let lasts = 0;
    for (let i = 0; i < 30 && !events().some((e) => e.kind === 'slow.last'); i++) {
      s.app.core.bus.publish({ kind: 'slow.last', severity: 'INFO', message: 'last' });
      lasts++;
      await until('an event', () => events().some((e) => e.kind === 'slow.last'), 1000).catch(
        () => undefined,
      );
    }
    ws.close();

    const got = events();
    const ticks = got.filter((e) => e.kind === 'slow.tick');
    const gaps = got.filter((e) => e.kind === 'stream.gap');
    // Held back: far fewer than N written, the rest announced as gaps, the counts adding up.
    expect(gaps.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThan(N);
    const missed = gaps.reduce((n, e) => n + (e.gap as { count: number }).count, 0);
    const lastsGot = got.filter((e) => e.kind === 'slow.last').length;
    expect(lastsGot).toBeGreaterThan(0);
    expect(ticks.length + lastsGot + missed).toBe(N + lasts);
    const cursors = ticks.map((e) => Number(e.cursor));
    expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);
  });
});
