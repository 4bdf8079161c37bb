import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { childCall, childRequest, startChild, stopChild, type Child } from './child-server.js';
import { docker, removeLabelled, uniq, waitFor } from './harness.js';
import { engineContainers, SERVICE_FIELDS, webapp, type ServiceView } from './orchestration-helpers.js';
import { storeEnv, testStore } from './store-env.js';

/**
 * Several control planes on one PostgreSQL (issue #17 items 2 and 3): every replica serves the
 * API, the one holding the leader lease runs the loops. The leader is killed with -9 in the middle
 * of a rolling update, or paused (SIGSTOP) past its lease and resumed: another replica takes the
 * lease within the lease window (a bound, not a measured assertion), the rollout completes, and
 * counting containers by label on the engine shows exactly the desired replicas, one per slot, all
 * on the new revision; the paused one, resumed, steps down and acts on no engine.
 * PostgreSQL only (STEVEDORE_TEST_STORE=pg): on SQLite one process owns the store.
 */

const LEASE_MS = 3000;
const RENEW_MS = 500;
const RESYNC_MS = 30_000;
const TOKEN = `ha-admin-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
/** How long a takeover may take here: the lease, a renewal period, and slack for a loaded machine. */
const TAKEOVER_BOUND_MS = LEASE_MS + RENEW_MS + 10_000;

interface SystemView {
  instanceId: string;
  leader: { instanceId: string; token: number; self: boolean } | null;
}

const system = async (c: Child) =>
  (await childCall<{ system: SystemView }>(c, '{ system { instanceId leader { instanceId token self } } }'))
    .system;

const getService = async (c: Child, id: string) =>
  (
    await childCall<{ service: ServiceView }>(
      c,
      `query($id: ID!) { service(id: $id) { ${SERVICE_FIELDS} } }`,
      { id },
    )
  ).service;

const alive = (c: Child) => c.proc.exitCode === null && c.proc.signalCode === null;

/** /readyz of a child: ready, leader, instanceId. */
async function readyz(c: Child): Promise<{ leader: boolean; role: string; instanceId: string }> {
  const r = await fetch(c.url.replace(/\/graphql$/, '/readyz'));
  return (await r.json()) as { leader: boolean; role: string; instanceId: string };
}

/** A counter of a child's /metrics, summed over the label sets `match` accepts. */
async function metric(
  c: Child,
  name: string,
  match: (labels: string) => boolean = () => true,
): Promise<number> {
  const r = await fetch(c.url.replace(/\/graphql$/, '/metrics'), {
    headers: { authorization: `Bearer ${c.token}` },
  });
  const text = await r.text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = new RegExp(`^${name}(\\{[^}]*\\})? ([0-9.e+-]+)$`).exec(line);
    if (m && match(m[1] ?? '')) sum += Number(m[2]);
  }
  return sum;
}

/** stevedore_engine_calls_total's operations that change something on an engine. */
const MUTATING_OPS =
  /op="(containers\.(create|start|stop|restart|kill|remove|exec|archive\.put)|exec\.start|networks\.(create|remove|connect)|volumes\.(create|remove)|images\.(pull|remove|tag|import))"/;

describe.skipIf(testStore() !== 'postgres')('replicas on one PostgreSQL: leader lease and failover', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-ha-'));
  const shared = storeEnv(path.join(root, 'shared'));
  const children: Child[] = [];
  const services: string[] = [];
  const labels: string[] = [];

  const replica = async (id: string) => {
    const dir = path.join(root, id);
    fs.mkdirSync(dir, { recursive: true });
    const c = await startChild(dir, TOKEN, {
      ...shared,
      STEVEDORE_INSTANCE_ID: id,
      STEVEDORE_LEASE_MS: String(LEASE_MS),
      STEVEDORE_LEASE_RENEW_MS: String(RENEW_MS),
      // The default resync (30 s): a follower's write must wake the leader, not wait for it.
      STEVEDORE_RESYNC_INTERVAL_MS: String(RESYNC_MS),
      // No poll of the shared event log within any test's time: another replica's events can only
      // arrive through LISTEN/NOTIFY (the third test waits for them on the leader's subscriber).
      STEVEDORE_EVENT_POLL_MS: '600000',
    });
    children.push(c);
    return c;
  };

  afterAll(async () => {
    const live = children.find((c) => alive(c));
    for (const c of children) if (alive(c)) c.proc.kill('SIGCONT');
    if (live)
      for (const id of services)
        await childCall(live, `mutation($id: ID!) { removeService(id: $id) { id } }`, { id }).catch(
          () => undefined,
        );
    for (const id of services)
      await waitFor(async () => (await engineContainers(id, { nodes: ['n1'] })).length === 0, {
        timeoutMs: 30_000,
        what: 'service containers removed',
      }).catch(() => undefined);
    for (const c of children) await stopChild(c);
    for (const l of labels) await removeLabelled('n1', `test=${l}`);
    if (!process.env.STEVEDORE_TEST_KEEP) fs.rmSync(root, { recursive: true, force: true });
  });

  /** The replica the others agree leads (bounded wait), among the live ones. */
  async function leaderAmong(list: Child[], not?: string): Promise<{ leader: Child; view: SystemView }> {
    return waitFor(
      async () => {
        for (const c of list) {
          if (!alive(c)) continue;
          const v = await system(c).catch(() => null);
          if (v?.leader?.self && v.leader.instanceId !== not) return { leader: c, view: v };
        }
        return null;
      },
      { timeoutMs: TAKEOVER_BOUND_MS, intervalMs: 100, what: `a leader other than ${not ?? 'none'}` },
    );
  }

  /** Containers of the service on n1 (all of them, any state), sampled until stopped. */
  function sampler(serviceId: string) {
    const samples: { at: number; total: number; running: number }[] = [];
    const t0 = Date.now();
    let on = true;
    const done = (async () => {
      for (let i = 0; on && i < 2000; i++) {
        const l = await engineContainers(serviceId, { nodes: ['n1'] }).catch(() => null);
        if (l)
          samples.push({
            at: Date.now() - t0,
            total: l.length,
            running: l.filter((c) => c.state === 'running').length,
          });
        await new Promise((r) => setTimeout(r, 250));
      }
    })();
    return {
      samples,
      stop: async () => {
        on = false;
        await done;
      },
    };
  }

  async function expectExactly(serviceId: string, final: ServiceView, replicas: number, revision: string) {
    const containers = await waitFor(
      async () => {
        const l = await engineContainers(serviceId, { nodes: ['n1'], strict: true });
        return l.length === replicas && l;
      },
      { timeoutMs: 30_000, what: `${replicas} containers` },
    );
    const active = final.tasks.filter((t) => t.desiredState === 'RUNNING' && t.state === 'RUNNING');
    expect(active).toHaveLength(replicas);
    expect(new Set(active.map((t) => t.slot)).size).toBe(replicas);
    expect(containers.every((c) => c.state === 'running' && c.revision === revision)).toBe(true);
    expect(new Set(containers.map((c) => c.id))).toEqual(new Set(active.map((t) => t.containerId)));
    expect(new Set(containers.map((c) => c.task))).toEqual(new Set(active.map((t) => t.id)));
  }

  it('kill -9 of the leader mid-rollout: another replica takes the lease, the rollout completes, no duplicate, no orphan', async () => {
    const a = await replica('ha-a');
    const b = await replica('ha-b');
    const c = await replica('ha-c');
    const first = await leaderAmong([a, b, c]);
    // Every replica names the same leader.
    for (const x of [a, b, c]) expect((await system(x)).leader?.instanceId).toBe(first.view.instanceId);
    expect((await readyz(first.leader)).leader).toBe(true);
    const followers = [a, b, c].filter((x) => x !== first.leader);
    for (const f of followers) expect(await readyz(f)).toMatchObject({ leader: false, role: 'follower' });

    const name = uniq('ha');
    labels.push(name);
    const replicas = 5;
    const spec = (image: string) =>
      webapp(name, image, replicas, { update: { parallelism: 1, monitorMs: 1500, failureAction: 'PAUSE' } });
    // Created through a follower: it writes the store, the leader's loops act.
    const id = (
      await childCall<{ createService: { id: string } }>(
        followers[0]!,
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
        { s: spec('local/webapp:v1') },
      )
    ).createService.id;
    services.push(id);
    // The leader saw the follower's write on a lease renewal (the event log's sequence grew by
    // others' events), well before its resync would have found it.
    await waitFor(async () => (await getService(first.leader, id)).tasks.length === replicas, {
      timeoutMs: RESYNC_MS / 2,
      intervalMs: 100,
      what: `the leader to place the ${replicas} tasks of a service created on a follower`,
    });
    await waitFor(async () => (await getService(first.leader, id)).healthyReplicas === replicas, {
      timeoutMs: 90_000,
      what: `${replicas} healthy v1 replicas`,
    });

    const counts = sampler(id);
    await childCall(
      first.leader,
      `mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`,
      {
        id,
        s: spec('local/webapp:v2'),
      },
    );
    await waitFor(
      async () => {
        const v = await getService(first.leader, id);
        return v.rollout?.state === 'UPDATING' && v.rollout.updated >= 2 && v.rollout.updated < replicas && v;
      },
      { timeoutMs: 90_000, intervalMs: 100, what: 'the rollout half way' },
    );

    const killedAt = Date.now();
    first.leader.proc.kill('SIGKILL');
    await first.leader.exited;
    const next = await leaderAmong(followers, first.view.instanceId);
    const takeoverMs = Date.now() - killedAt;
    expect(next.view.leader!.token).toBeGreaterThan(first.view.leader!.token);

    const done = await waitFor(
      async () => {
        const v = await getService(next.leader, id);
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === replicas && v;
      },
      { timeoutMs: 120_000, what: 'the rollout to complete under the new leader' },
    );
    const rolloutEndMs = Date.now() - killedAt;
    expect(done.rollout).toMatchObject({ fromRevision: 1, toRevision: 2, isRollback: false });
    await expectExactly(id, done, replicas, '2');
    await counts.stop();
    const peak = Math.max(...counts.samples.map((s) => s.running));
    console.log(
      `ha failover: lease ${LEASE_MS} ms, renew ${RENEW_MS} ms; takeover ${takeoverMs} ms after kill -9 ` +
        `(seen by polling system every 100 ms); rollout completed ${rolloutEndMs} ms after the kill; ` +
        `containers on n1 (t ms: total/running): ${counts.samples.map((s) => `${s.at}:${s.total}/${s.running}`).join(' ')}`,
    );
    // Parallelism 1: at most one replica more than desired runs at any moment, before or after the kill.
    expect(peak).toBeLessThanOrEqual(replicas + 1);
    expect(
      (await docker('n1', 'ps', '-aq', '--filter', `label=test=${name}`)).split('\n').filter(Boolean),
    ).toHaveLength(replicas);
  }, 420_000);

  it('a leader paused past its lease and resumed steps down and acts on no engine', async () => {
    const live = children.filter(alive);
    expect(live.length).toBeGreaterThanOrEqual(2);
    const old = await leaderAmong(live);
    const others = live.filter((x) => x !== old.leader);

    const name = uniq('ha-stop');
    labels.push(name);
    const replicas = 3;
    const spec = (image: string) =>
      webapp(name, image, replicas, { update: { parallelism: 1, monitorMs: 1000, failureAction: 'PAUSE' } });
    const id = (
      await childCall<{ createService: { id: string } }>(
        old.leader,
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
        { s: spec('local/webapp:v1') },
      )
    ).createService.id;
    services.push(id);
    await waitFor(async () => (await getService(old.leader, id)).healthyReplicas === replicas, {
      timeoutMs: 90_000,
      what: `${replicas} healthy v1 replicas`,
    });
    // Paused in the middle of a rollout: it has engine work in flight and a stale plan.
    await childCall(
      old.leader,
      `mutation($id: ID!, $s: ServiceSpecInput!) { updateService(id: $id, spec: $s) { id } }`,
      {
        id,
        s: spec('local/webapp:v2'),
      },
    );
    await waitFor(async () => (await getService(old.leader, id)).rollout?.state === 'UPDATING', {
      timeoutMs: 60_000,
      intervalMs: 100,
      what: 'the rollout under way',
    });
    old.leader.proc.kill('SIGSTOP');
    const next = await leaderAmong(others, old.view.instanceId);
    expect(next.view.leader!.token).toBeGreaterThan(old.view.leader!.token);
    // The new leader finishes the rollout while the old one is still paused.
    const done = await waitFor(
      async () => {
        const v = await getService(next.leader, id);
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === replicas && v;
      },
      { timeoutMs: 120_000, what: 'the rollout to complete under the new leader' },
    );
    await expectExactly(id, done, replicas, '2');
    const before = new Map(
      await Promise.all(
        (await engineContainers(id, { nodes: ['n1'] })).map(
          async (ct) =>
            [ct.id, await docker('n1', 'inspect', '--format', '{{.State.StartedAt}}', ct.id)] as const,
        ),
      ),
    );

    old.leader.proc.kill('SIGCONT');
    // Stepped down: its loops have stopped (role follower), not only stopped leading.
    await waitFor(async () => (await readyz(old.leader).catch(() => null))?.role === 'follower', {
      timeoutMs: 30_000,
      intervalMs: 100,
      what: 'the resumed replica to step down',
    });
    const view = await system(old.leader);
    expect(view.leader?.instanceId).toBe(next.view.leader!.instanceId);
    expect(view.leader?.self).toBe(false);
    const calls = await metric(old.leader, 'stevedore_engine_calls_total', (l) => MUTATING_OPS.test(l));
    const fenced = await metric(old.leader, 'stevedore_fenced_writes_total');
    // Settle: the resumed replica's timers have all fired; it must still have made no engine call.
    await new Promise((r) => setTimeout(r, 3 * RENEW_MS + 2000));
    expect(await metric(old.leader, 'stevedore_engine_calls_total', (l) => MUTATING_OPS.test(l))).toBe(calls);
    expect(await metric(old.leader, 'stevedore_leader')).toBe(0);
    // The engine holds exactly what the new leader made: same containers, none restarted.
    const after = await engineContainers(id, { nodes: ['n1'] });
    expect(new Set(after.map((ct) => ct.id))).toEqual(new Set(before.keys()));
    for (const ct of after)
      expect(await docker('n1', 'inspect', '--format', '{{.State.StartedAt}}', ct.id)).toBe(
        before.get(ct.id),
      );
    const final = await getService(next.leader, id);
    await expectExactly(id, final, replicas, '2');
    console.log(
      `ha pause: the resumed replica stepped down; fenced writes/engine calls counted there: ${fenced}; ` +
        `its mutating engine calls stayed at ${calls}`,
    );
    expect((await childRequest(old.leader, '{ system { instanceId } }')).data).toBeTruthy();
  }, 420_000);

  it('subscribers on the leader follow events while it is killed, resume on another replica from their cursor: no gap, no duplicate', async () => {
    const live = children.filter(alive);
    expect(live.length).toBeGreaterThanOrEqual(2);
    const { leader } = await leaderAmong(live);
    const other = live.find((x) => x !== leader)!;
    const page = async (c: Child, after: number) =>
      (
        await childCall<{ events: { items: { cursor: number; kind: string }[] } }>(
          c,
          'query($a: SafeInt) { events(after: $a, limit: 1000) { items { cursor kind } } }',
          { a: after },
        )
      ).events.items;
    const start = Math.max(0, ...(await page(other, 0)).map((e) => e.cursor));

    /** An events subscription on `c` after `after`, collecting cursors until disposed. */
    const follow = (c: Child, after: number) => {
      const got: { cursor: number; kind: string }[] = [];
      const ws = createClient({
        url: c.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authToken: c.token },
      });
      const ended = new Promise<void>((resolve) => {
        ws.subscribe<{ events: { cursor: number; kind: string } }>(
          {
            query: 'subscription($a: SafeInt) { events(after: $a) { cursor kind } }',
            variables: { a: after },
          },
          {
            next: (m) => m.data && got.push(m.data.events),
            error: () => resolve(),
            complete: () => resolve(),
          },
        );
      });
      return { got, ended, dispose: () => ws.dispose() };
    };

    const name = uniq('ha-ev');
    labels.push(name);
    const first = follow(leader, start);
    // Made on the other replica, acted on by the leader: both replicas' events reach the leader's subscriber.
    const id = (
      await childCall<{ createService: { id: string } }>(
        other,
        `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
        { s: webapp(name, 'local/webapp:v1', 2) },
      )
    ).createService.id;
    services.push(id);
    await waitFor(
      () =>
        first.got.some((e) => e.kind === 'service.created') &&
        first.got.some((e) => e.kind.startsWith('task.')),
      {
        timeoutMs: 60_000,
        what: "the leader's subscriber to see the follower's service.created and the leader's task events",
      },
    );
    leader.proc.kill('SIGKILL');
    await leader.exited;
    await first.ended;
    const resumeAt = first.got.length ? first.got[first.got.length - 1]!.cursor : start;

    // Reconnected to the survivor from the last cursor received; it takes the lease and acts.
    const second = follow(other, resumeAt);
    await leaderAmong([other]);
    await childCall(other, `mutation($id: ID!) { scaleService(id: $id, replicas: 3) { id } }`, { id });
    await waitFor(async () => (await getService(other, id)).healthyReplicas === 3, {
      timeoutMs: 90_000,
      what: '3 healthy replicas under the new leader',
    });
    await waitFor(() => second.got.some((e) => e.kind === 'service.scaled'), {
      timeoutMs: 30_000,
      what: 'the resumed subscriber to see the scale',
    });
    const lastSeen = second.got[second.got.length - 1]!.cursor;
    second.dispose();

    const received = [...first.got, ...second.got].map((e) => e.cursor);
    const log = (await page(other, start)).map((e) => e.cursor).filter((c) => c <= lastSeen);
    console.log(
      `ha events: ${first.got.length} events on the killed leader, ${second.got.length} after resuming on the survivor at cursor ${resumeAt}; the log holds ${log.length} in ${start + 1}..${lastSeen}`,
    );
    // Exactly the server's sequence: every cursor once, in order, none missing.
    expect(new Set(received).size).toBe(received.length);
    expect(received).toEqual([...received].sort((a, b) => a - b));
    expect(received).toEqual(log);
  }, 300_000);
});
