import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemberCluster } from '../../src/app/federation/member.js';
import { FEDERATION_FLEET_LABEL, FEDERATION_PARENT_LABEL } from '../../src/app/federation/member.js';
import { buildServiceSpec } from '../../src/app/service-spec.js';
import { childCall, spawnServer, stopChild, type Child } from './child-server.js';
import { freePort } from './cluster-helpers.js';
import { docker, endpointOf, startTestServer, uniq, waitFor, type TestServer } from './harness.js';

/**
 * A REMOTE member cluster (issue #15, item 2b): a second control plane, in its own process on its
 * own port and data dir, driving n2; the federating control plane (in-process, n1) reaches it over
 * GraphQL with an API token created there, and RemoteMember creates, updates and removes copies
 * that the member's reconciler runs on n2. Containers are counted on n2 by the federation labels.
 */
const TEST = uniq('fedremote');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-fedremote-'));
const memberDir = path.join(root, 'member');
fs.mkdirSync(memberDir);
const ADMIN = `member-admin-${TEST}`;

let fed: TestServer;
let member: Child;
let memberPort: number;
let memberToken: string;
let remote: MemberCluster | undefined;
/**
 * This test drives RemoteMember by hand, with copies of parents that are no federated service here:
 * the federating control plane's own federation loop would remove them as copies of templates that
 * are gone. Its first pass runs at start (no REMOTE cluster yet), the next one 10 min later.
 */
const NO_FEDERATION_LOOP = { STEVEDORE_FEDERATION_INTERVAL_MS: '600000' };

/** Starts (or restarts) the member control plane on its fixed port and data dir, driving n2. */
async function startMember(): Promise<Child> {
  const proc = spawnServer(memberDir, memberPort, ADMIN, {
    STEVEDORE_LOCAL_ENGINE: endpointOf('n2'),
    STEVEDORE_LOCAL_NODE_NAME: 'n2',
    STEVEDORE_RESYNC_INTERVAL_MS: '500',
    STEVEDORE_HEARTBEAT_INTERVAL_MS: '500',
    STEVEDORE_HEARTBEAT_GRACE_MS: '2000',
    STEVEDORE_RATE_LIMIT: '0',
    STEVEDORE_RATE_LIMIT_IP: '0',
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const child: Child = {
    proc,
    url: `http://127.0.0.1:${memberPort}/graphql`,
    token: ADMIN,
    dataDir: memberDir,
    exited,
  };
  await waitFor(
    async () => {
      if (proc.exitCode !== null)
        throw new Error(`member exited with ${proc.exitCode}: see ${memberDir}/server.log`);
      const d = await childCall<{ nodes: { status: string }[] }>(child, '{ nodes { status } }').catch(
        () => null,
      );
      return d?.nodes.some((n) => n.status === 'READY');
    },
    { timeoutMs: 90_000, intervalMs: 300, what: 'member control plane on n2' },
  );
  return child;
}

/** The copies' containers on n2, by the federation labels of this fleet. */
async function copyContainers(parent: string, running = true): Promise<{ id: string; image: string }[]> {
  const out = await docker(
    'n2',
    'ps',
    ...(running ? [] : ['-a']),
    '--no-trunc',
    '--filter',
    `label=${FEDERATION_PARENT_LABEL}=${parent}`,
    '--filter',
    `label=${FEDERATION_FLEET_LABEL}=${fed.app.core.store.installationId}`,
    '--format',
    '{{.ID}}|{{.Image}}',
  );
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [id, image] = l.split('|') as [string, string];
      return { id, image };
    });
}

function work(parent: string, image: string, replicas: number) {
  const { spec, errors } = buildServiceSpec({
    name: `${TEST}-web`,
    image,
    replicas,
    labels: [{ key: 'test', value: TEST }],
    stopTimeoutSec: 1,
  });
  expect(errors).toEqual([]);
  return { federatedServiceId: parent, spec };
}

beforeAll(async () => {
  memberPort = await freePort();
  member = await startMember();
  const t = await childCall<{ createApiToken: { token: string } }>(
    member,
    `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`,
    { i: { name: `federation-${TEST}`, role: 'ADMIN', environments: ['default'] } },
  );
  memberToken = t.createApiToken.token;
  fed = await startTestServer(NO_FEDERATION_LOOP);
}, 180_000);

afterAll(async () => {
  await remote?.close().catch(() => undefined);
  // What a failed run left: services on the member (through its API), then containers on n2 by our label.
  if (member && member.proc.exitCode === null && member.proc.signalCode === null) {
    const d = await childCall<{
      services: { id: string; spec: { labels: { key: string; value: string }[] } }[];
    }>(member, '{ services { id spec { labels { key value } } } }').catch(() => ({ services: [] }));
    for (const s of d.services.filter((x) => x.spec.labels.some((l) => l.key === 'test' && l.value === TEST)))
      await childCall(member, `mutation($id: ID!) { removeService(id: $id) { id } }`, { id: s.id }).catch(
        () => undefined,
      );
    await waitFor(async () => (await docker('n2', 'ps', '-aq', '--filter', `label=test=${TEST}`)) === '', {
      timeoutMs: 30_000,
      what: 'member copies gone from n2',
    }).catch(() => undefined);
  }
  await stopChild(member);
  await fed?.stop();
  const left = (await docker('n2', 'ps', '-aq', '--filter', `label=test=${TEST}`))
    .split('\n')
    .filter(Boolean);
  if (left.length) await docker('n2', 'rm', '-f', ...left);
  fs.rmSync(root, { recursive: true, force: true });
}, 120_000);

describe('a REMOTE member cluster: another control plane over its GraphQL API', () => {
  let clusterId: string;

  it('createCluster with remote makes a REMOTE cluster; the token is never readable; addNode is refused', async () => {
    const d = await fed.ok<{
      createCluster: { id: string; kind: string; remote: { url: string; hasToken: boolean } };
    }>(
      `mutation($i: CreateClusterInput!) { createCluster(input: $i) { id kind remote { url hasToken hasCa } } }`,
      { i: { name: `${TEST}-eu`, region: 'eu', remote: { url: member.url, token: memberToken } } },
    );
    clusterId = d.createCluster.id;
    expect(d.createCluster.kind).toBe('REMOTE');
    expect(d.createCluster.remote).toEqual({ url: member.url, hasToken: true, hasCa: false });
    // Nowhere in what the API returns about it, nor in the store's row as text.
    const all = JSON.stringify(
      await fed.ok(`{ clusters { id name kind remote { url hasToken hasCa } health { status reason } } }`),
    );
    expect(all).toContain(member.url);
    expect(all).not.toContain(memberToken);
    const row = JSON.stringify(
      fed.app.core.store.db.prepare('SELECT * FROM clusters WHERE id = ?').get(clusterId) as object,
    );
    expect(row).not.toContain(memberToken);
    expect(row).toContain('"kind":"REMOTE"');

    const add = await fed.gql(
      `mutation { addNode(input: { name: "${TEST}-n3", endpoint: "${endpointOf('n3')}", clusterId: "${clusterId}" }) { id } }`,
    );
    expect(add.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(add.errors?.[0]?.extensions?.field).toBe('clusterId');
    expect(
      (await fed.ok<{ nodes: { name: string }[] }>('{ nodes { name } }')).nodes.map((n) => n.name),
    ).not.toContain(`${TEST}-n3`);

    const bad = await fed.gql(`mutation($i: CreateClusterInput!) { createCluster(input: $i) { id } }`, {
      i: { name: `${TEST}-bad`, remote: { url: 'ftp://x', token: 'a' } },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('remote.url');
    const local = await fed.gql(
      `mutation { updateCluster(id: "default", input: { remote: { token: "x" } }) { id } }`,
    );
    expect(local.errors?.[0]?.extensions?.field).toBe('remote');
  });

  it('apply creates a copy the member runs on n2, apply again changes nothing, an update changes it, remove deletes it', async () => {
    // The member heartbeat pings it: Cluster.health and latencyP50Ms in the API report the member.
    const seen = await waitFor(
      async () => {
        const d = await fed.ok<{
          cluster: {
            health: { status: string; reason: string };
            latencyP50Ms: number | null;
            resources: { totalCpus: number; totalMemoryBytes: number };
          };
        }>(
          `query($id: ID!) { cluster(id: $id) { health { status reason } latencyP50Ms resources { totalCpus totalMemoryBytes } } }`,
          {
            id: clusterId,
          },
        );
        return d.cluster.health.status === 'HEALTHY' && d.cluster.latencyP50Ms != null ? d.cluster : null;
      },
      { timeoutMs: 30_000, what: 'Cluster.health HEALTHY with a latency, from the member heartbeat' },
    );
    expect(seen.health.reason).toMatch(/^1 node ready in 1 cluster$/);
    expect(seen.latencyP50Ms).toBeGreaterThan(0);
    // Its room is the member's n2, as the member reports it (this control plane has no node there).
    const n2 = await childCall<{ nodes: { capacity: { cpus: number } }[] }>(
      member,
      '{ nodes { capacity { cpus } } }',
    );
    expect(seen.resources.totalCpus).toBe(n2.nodes[0]!.capacity.cpus);
    expect(seen.resources.totalMemoryBytes).toBeGreaterThan(0);
    const cluster = fed.app.core.clusters.require(clusterId);
    remote = fed.app.core.remoteMembers(cluster);
    const health = await waitFor(
      async () => {
        const h = await (remote as unknown as { ping(): Promise<{ status: string }> }).ping();
        return h.status === 'HEALTHY' ? h : null;
      },
      { timeoutMs: 30_000, what: 'member HEALTHY' },
    );
    expect(health.status).toBe('HEALTHY');
    expect(remote.capacity().cpuTotal).toBeGreaterThan(0);
    expect(remote.latencyP50Ms()).not.toBeNull();

    const parent = `fs-${TEST}`;
    const heard: { image: string; running: number }[] = [];
    const unsubscribe = remote.onStatus((s) => heard.push({ image: s.image, running: s.running }));

    const first = await remote.apply(work(parent, 'local/webapp:v1', 2));
    expect(first.desired).toBe(2);
    await waitFor(async () => (await copyContainers(parent)).length === 2, {
      timeoutMs: 90_000,
      what: '2 copies running on n2',
    });
    expect((await copyContainers(parent)).every((c) => c.image === 'local/webapp:v1')).toBe(true);

    // Idempotent: the same work again finds the copy by its labels and makes no new revision.
    const again = await remote.apply(work(parent, 'local/webapp:v1', 2));
    expect(again.memberServiceId).toBe(first.memberServiceId);
    const revs = await childCall<{ service: { revision: number } }>(
      member,
      `query($id: ID!) { service(id: $id) { revision } }`,
      { id: first.memberServiceId },
    );
    expect(revs.service.revision).toBe(1);
    expect((await remote.statuses()).map((s) => s.federatedServiceId)).toEqual([parent]);

    const updated = await remote.apply(work(parent, 'local/webapp:v2', 1));
    expect(updated.memberServiceId).toBe(first.memberServiceId);
    await waitFor(
      async () => {
        const cs = await copyContainers(parent);
        return cs.length === 1 && cs[0]!.image === 'local/webapp:v2';
      },
      { timeoutMs: 90_000, what: 'the copy updated to one v2 replica on n2' },
    );
    // The member's status stream reported the copy running (graphql-ws, serviceStatus).
    await waitFor(() => heard.some((h) => h.image === 'local/webapp:v2' && h.running >= 1), {
      timeoutMs: 30_000,
      what: 'a v2 status over graphql-ws',
    });
    unsubscribe();

    await remote.remove(parent);
    await remote.remove(parent); // idempotent
    await waitFor(async () => (await copyContainers(parent, false)).length === 0, {
      timeoutMs: 60_000,
      what: 'copies gone from n2',
    });
    expect(await remote.statuses()).toEqual([]);
  }, 300_000);

  it('kill -9 of the member: UNREACHABLE with the reason; restarted: HEALTHY again', async () => {
    const r = remote as unknown as { ping(): Promise<{ status: string; reason: string }> };
    // clusterStatus (item 8) pushes the change the member heartbeat sees (a cluster.health event).
    const ws = createClient({
      url: fed.app.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authToken: fed.token },
    });
    const pushed: { status: string; reason: string }[] = [];
    const unsubscribe = ws.subscribe<{ clusterStatus: { health: { status: string; reason: string } } }>(
      {
        query: `subscription($id: ID) { clusterStatus(clusterId: $id) { health { status reason } } }`,
        variables: { id: clusterId },
      },
      {
        next: (m) => m.data && pushed.push(m.data.clusterStatus.health),
        error: () => {},
        complete: () => {},
      },
    );
    await waitFor(() => pushed[0]?.status === 'HEALTHY', {
      timeoutMs: 10_000,
      what: 'clusterStatus HEALTHY now',
    });
    member.proc.kill('SIGKILL');
    await member.exited;
    // First the push from the heartbeat: the ping below goes through the same shared member, and a
    // ping of the test's that saw the change first would leave the heartbeat no change to announce.
    await waitFor(() => pushed.some((h) => h.status === 'UNREACHABLE' && h.reason === 'connection refused'), {
      timeoutMs: 30_000,
      what: 'clusterStatus pushed UNREACHABLE: connection refused',
    });
    const down = await waitFor(
      async () => {
        const h = await r.ping();
        return h.status === 'UNREACHABLE' ? h : null;
      },
      { timeoutMs: 30_000, what: 'member UNREACHABLE' },
    );
    expect(down.reason).toBe('connection refused');
    // The API says so too, from the member heartbeat, with the reason.
    await waitFor(
      async () => {
        const d = await fed.ok<{ cluster: { health: { status: string; reason: string } } }>(
          `query($id: ID!) { cluster(id: $id) { health { status reason } } }`,
          { id: clusterId },
        );
        return d.cluster.health.status === 'UNREACHABLE' && d.cluster.health.reason === 'connection refused';
      },
      { timeoutMs: 30_000, what: 'Cluster.health UNREACHABLE: connection refused' },
    );
    unsubscribe();
    await ws.dispose();
    // Calls fail with a clear error, not a hang or an internal one.
    await expect(remote!.statuses()).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
    await expect(remote!.statuses()).rejects.toThrow(/unreachable: connection refused/);

    member = await startMember();
    const up = await waitFor(
      async () => {
        const h = await r.ping();
        return h.status === 'HEALTHY' ? h : null;
      },
      { timeoutMs: 60_000, what: 'member HEALTHY again' },
    );
    expect(up.status).toBe('HEALTHY');
  }, 180_000);

  it('a bad token is UNAUTHENTICATED; rotating it with updateCluster makes the member reachable again', async () => {
    await fed.ok(
      `mutation($id: ID!) { updateCluster(id: $id, input: { remote: { token: "not-a-token" } }) { id } }`,
      {
        id: clusterId,
      },
    );
    const r = remote as unknown as { ping(): Promise<{ status: string; reason: string }> };
    await expect(remote!.statuses()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const h = await r.ping();
    expect(h.status).toBe('UNREACHABLE');
    expect(h.reason).toContain('UNAUTHENTICATED');
    const rotated = await fed.ok<{ updateCluster: { remote: { hasToken: boolean } } }>(
      `mutation($id: ID!, $t: String!) { updateCluster(id: $id, input: { remote: { token: $t } }) { remote { hasToken } } }`,
      { id: clusterId, t: memberToken },
    );
    expect(rotated.updateCluster.remote.hasToken).toBe(true);
    expect((await r.ping()).status).toBe('HEALTHY');
  }, 60_000);
  it('a federating control plane that restarts adopts its copy on the member by the labels, never a second one', async () => {
    const parent = `fs2-${TEST}`;
    const first = await remote!.apply(work(parent, 'local/webapp:v1', 1));
    await waitFor(async () => (await copyContainers(parent)).length === 1, {
      timeoutMs: 90_000,
      what: 'the copy running on n2',
    });
    // Restart on the same data dir: nothing of the copy is in memory, only the installation id.
    await remote!.close();
    remote = undefined;
    const dir = fed.dataDir;
    await fed.stop();
    fed = await startTestServer(NO_FEDERATION_LOOP, dir);
    remote = fed.app.core.remoteMembers(fed.app.core.clusters.require(clusterId));
    const found = await remote.statuses();
    expect(found.map((s) => [s.federatedServiceId, s.memberServiceId])).toEqual([
      [parent, first.memberServiceId],
    ]);
    const adopted = await remote.apply(work(parent, 'local/webapp:v1', 1));
    expect(adopted.memberServiceId).toBe(first.memberServiceId);
    const d = await childCall<{ services: { id: string; revision: number }[] }>(
      member,
      '{ services { id revision } }',
    );
    expect(d.services.filter((x) => x.id === first.memberServiceId).map((x) => x.revision)).toEqual([1]);
    expect(d.services).toHaveLength(1);
    expect(await copyContainers(parent, false)).toHaveLength(1);
    await remote.remove(parent);
    await waitFor(async () => (await copyContainers(parent, false)).length === 0, {
      timeoutMs: 60_000,
      what: 'copy gone from n2',
    });
  }, 240_000);
  it('removeCluster removes an empty REMOTE cluster; the member stops being pinged', async () => {
    const gone = await fed.ok<{ removeCluster: { id: string; kind: string } }>(
      `mutation($id: ID!) { removeCluster(id: $id) { id kind } }`,
      { id: clusterId },
    );
    expect(gone.removeCluster).toEqual({ id: clusterId, kind: 'REMOTE' });
    const m = remote as unknown as { isClosed: boolean };
    await waitFor(() => m.isClosed, { timeoutMs: 30_000, what: "the removed cluster's member closed" });
    expect(fed.app.core.store.clusters.sealedToken(clusterId)).toBeNull();
    remote = undefined;
  }, 60_000);
});
