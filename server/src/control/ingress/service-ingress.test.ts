import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CATCH_ALL } from '../../domain/ingress-routes.js';
import { PortListener } from './listener.js';
import { ServiceIngress, type UpstreamEndpoint } from './service-ingress.js';

/** Loopback upstreams only: each answers its own name, optionally after a delay. */
async function upstream(
  name: string,
  delayMs = 0,
): Promise<{ port: number; close: () => Promise<void>; hits: number }> {
  const state = { hits: 0 };
  const server = http.createServer((_req, res) => {
    state.hits++;
    setTimeout(() => res.end(name), delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
    get hits() {
      return state.hits;
    },
  };
}

const ep = (taskId: string, port: number): UpstreamEndpoint => ({
  taskId,
  revision: 1,
  nodeId: 'n',
  nodeName: 'n1',
  host: '127.0.0.1',
  port,
});

async function get(port: number): Promise<{ status: number; body: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/`);
  return { status: res.status, body: await res.text() };
}

describe('ServiceIngress (loopback)', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0)) await c();
  });

  const make = async (threshold = 2) => {
    const ing = new ServiceIngress({
      serviceId: 's',
      serviceName: 'web',
      algorithm: 'ROUND_ROBIN',
      breaker: { failureThreshold: threshold, resetTimeoutMs: 200 },
      upstreamTimeoutMs: 500,
      retries: 2,
      maxBufferedBody: 1024,
    });
    const listener = new PortListener('127.0.0.1', 0, false);
    listener.setRoutes([{ route: CATCH_ALL, target: ing }]);
    await listener.listen();
    cleanup.push(
      () => ing.close(),
      () => listener.close(),
    );
    return Object.assign(ing, { port: listener.port });
  };

  it('spreads requests over the replicas', async () => {
    const a = await upstream('a');
    const b = await upstream('b');
    cleanup.push(a.close, b.close);
    const ing = await make();
    ing.setEndpoints([ep('ta', a.port), ep('tb', b.port)]);
    const bodies = [];
    for (let i = 0; i < 6; i++) bodies.push((await get(ing.port)).body);
    expect(bodies.sort()).toEqual(['a', 'a', 'a', 'b', 'b', 'b']);
    expect(ing.stats.snapshot().requests).toBe(6);
  });

  it('retries a refused replica elsewhere and opens its breaker, then half-opens', async () => {
    const a = await upstream('a');
    const dead = await upstream('dead');
    await dead.close();
    cleanup.push(a.close);
    const ing = await make(2);
    ing.setEndpoints([ep('ta', a.port), ep('tdead', dead.port)]);
    for (let i = 0; i < 6; i++) expect(await get(ing.port)).toEqual({ status: 200, body: 'a' });
    const deadBackend = ing.list().find((b) => b.taskId === 'tdead')!;
    expect(deadBackend.breaker.state).toBe('OPEN');
    expect(deadBackend.failures).toBe(2);
    await new Promise((r) => setTimeout(r, 250));
    expect(deadBackend.breaker.state).toBe('HALF_OPEN');
    expect(ing.stats.retries).toBe(2);
  });

  it('keeps recent figures per replica: the one that answered counts the request, its 5xx and its latency', async () => {
    const a = await upstream('a');
    const slow = await upstream('slow', 60);
    const bad = http.createServer((_req, res) => {
      res.statusCode = 500;
      res.end('bad');
    });
    await new Promise<void>((r) => bad.listen(0, '127.0.0.1', r));
    cleanup.push(a.close, slow.close, () => new Promise((r) => bad.close(() => r())));
    const ing = await make(1000);
    ing.setEndpoints([
      ep('ta', a.port),
      ep('tslow', slow.port),
      ep('tbad', (bad.address() as AddressInfo).port),
    ]);
    for (let i = 0; i < 9; i++) await get(ing.port);
    const recent = (task: string) =>
      ing
        .list()
        .find((b) => b.taskId === task)!
        .stats.window(10_000);
    expect([recent('ta').requests, recent('tslow').requests, recent('tbad').requests]).toEqual([3, 3, 3]);
    expect([recent('ta').errors, recent('tslow').errors, recent('tbad').errors]).toEqual([0, 0, 3]);
    expect(recent('tslow').latencyMs.p50).toBeGreaterThanOrEqual(60);
  });

  it('answers 503 without replicas', async () => {
    const ing = await make();
    expect((await get(ing.port)).status).toBe(503);
  });

  it('drain takes a replica out of rotation and waits for its requests', async () => {
    const slow = await upstream('slow', 300);
    const fast = await upstream('fast');
    cleanup.push(slow.close, fast.close);
    const ing = await make();
    ing.setEndpoints([ep('tslow', slow.port), ep('tfast', fast.port)]);
    const inflight = get(ing.port); // goes to slow (first in turn)
    await new Promise((r) => setTimeout(r, 50));
    const t0 = Date.now();
    const left = await ing.drain('tslow', 2000);
    expect(left).toBe(0);
    expect(Date.now() - t0).toBeGreaterThan(150);
    expect((await inflight).body).toBe('slow');
    for (let i = 0; i < 3; i++) expect((await get(ing.port)).body).toBe('fast');
  });
});
