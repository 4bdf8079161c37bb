import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childCall, spawnServer, stopChild, type Child } from './child-server.js';
import { freePort, sleeper } from './cluster-helpers.js';
import { docker, endpointOf, uniq, waitFor } from './harness.js';

/**
 * Issue #15: "A member that is a second control plane: a federated service is created there. It
 * goes on running when the federating control plane is killed with -9, and it is adopted again,
 * not duplicated, when that control plane restarts." Both control planes are child processes:
 * the member drives n2, the federating one (local engine n1, which the placement never names)
 * reaches it over GraphQL as a REMOTE cluster. Containers are counted on n2 by the test label.
 */
const TAG = uniq('fedkill');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-fedkill-'));
const memberDir = path.join(root, 'member');
const fedDir = path.join(root, 'fed');
fs.mkdirSync(memberDir);
fs.mkdirSync(fedDir);
const MEMBER_ADMIN = `member-admin-${TAG}`;
const FED_ADMIN = `fed-admin-${TAG}`;
const CLUSTER = `${TAG}-eu`;

const FAST = {
  STEVEDORE_RESYNC_INTERVAL_MS: '500',
  STEVEDORE_HEARTBEAT_INTERVAL_MS: '500',
  STEVEDORE_HEARTBEAT_GRACE_MS: '2000',
  STEVEDORE_RATE_LIMIT: '0',
  STEVEDORE_RATE_LIMIT_IP: '0',
};

/** Starts (or restarts) a child control plane on its fixed port and data dir; waits for a READY node. */
async function start(dir: string, port: number, token: string, env: Record<string, string>): Promise<Child> {
  const proc = spawnServer(dir, port, token, { ...FAST, ...env });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const child: Child = { proc, url: `http://127.0.0.1:${port}/graphql`, token, dataDir: dir, exited };
  await waitFor(
    async () => {
      if (proc.exitCode !== null) throw new Error(`exited with ${proc.exitCode}: see ${dir}/server.log`);
      const d = await childCall<{ nodes: { status: string }[] }>(child, '{ nodes { status } }').catch(
        () => null,
      );
      return d?.nodes.some((n) => n.status === 'READY');
    },
    { timeoutMs: 90_000, intervalMs: 300, what: `control plane on :${port}` },
  );
  return child;
}

let member: Child | undefined;
let fed: Child | undefined;
let memberPort: number;
let fedPort: number;
const startMember = () =>
  start(memberDir, memberPort, MEMBER_ADMIN, {
    STEVEDORE_LOCAL_ENGINE: endpointOf('n2'),
    STEVEDORE_LOCAL_NODE_NAME: 'n2',
  });
const startFed = () => start(fedDir, fedPort, FED_ADMIN, { STEVEDORE_FEDERATION_INTERVAL_MS: '300' });

/** Running containers of this test on n2, by id. */
async function onN2(): Promise<string[]> {
  const out = await docker('n2', 'ps', '-q', '--no-trunc', '--filter', `label=test=${TAG}`);
  return out.split('\n').filter(Boolean).sort();
}

interface MemberService {
  id: string;
  revision: number;
  spec: { labels: { key: string; value: string }[] };
}
async function memberServices(): Promise<MemberService[]> {
  const d = await childCall<{ services: MemberService[] }>(
    member!,
    '{ services { id revision spec { labels { key value } } } }',
  );
  return d.services.filter((s) => s.spec.labels.some((l) => l.key === 'test' && l.value === TAG));
}

interface Member {
  cluster: string;
  serviceId: string | null;
  running: number;
}
async function members(id: string): Promise<Member[]> {
  const d = await childCall<{ service: { federation: { members: Member[] } | null } }>(
    fed!,
    `query($id: ID!) { service(id: $id) { federation { members { cluster serviceId running } } } }`,
    { id },
  );
  return d.service.federation?.members ?? [];
}

beforeAll(async () => {
  memberPort = await freePort();
  fedPort = await freePort();
  [member, fed] = await Promise.all([startMember(), startFed()]);
  const t = await childCall<{ createApiToken: { token: string } }>(
    member,
    `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }`,
    { i: { name: `federation-${TAG}`, role: 'ADMIN', environments: ['default'] } },
  );
  await childCall(fed, `mutation($i: CreateClusterInput!) { createCluster(input: $i) { id } }`, {
    i: { name: CLUSTER, region: 'eu', remote: { url: member.url, token: t.createApiToken.token } },
  });
  await waitFor(
    async () => {
      const d = await childCall<{ cluster: { health: { status: string } } }>(
        fed!,
        `query($id: ID!) { cluster(id: $id) { health { status } } }`,
        { id: CLUSTER },
      );
      return d.cluster.health.status === 'HEALTHY';
    },
    { timeoutMs: 60_000, what: 'the REMOTE cluster HEALTHY' },
  );
}, 240_000);

afterAll(async () => {
  // The federated service through the federating control plane, then what is left on the member.
  if (fed && fed.proc.exitCode === null && fed.proc.signalCode === null)
    await childCall(fed, `mutation($id: ID!) { removeService(id: $id) { id } }`, { id: `${TAG}-web` }).catch(
      () => undefined,
    );
  if (member && member.proc.exitCode === null && member.proc.signalCode === null) {
    await waitFor(async () => (await memberServices()).length === 0, {
      timeoutMs: 30_000,
      what: 'the copy removed from the member',
    }).catch(async () => {
      for (const s of await memberServices().catch(() => []))
        await childCall(member!, `mutation($id: ID!) { removeService(id: $id) { id } }`, { id: s.id }).catch(
          () => undefined,
        );
    });
    await waitFor(async () => (await docker('n2', 'ps', '-aq', '--filter', `label=test=${TAG}`)) === '', {
      timeoutMs: 30_000,
      what: 'copies gone from n2',
    }).catch(() => undefined);
  }
  await stopChild(fed);
  await stopChild(member);
  const left = (await docker('n2', 'ps', '-aq', '--filter', `label=test=${TAG}`)).split('\n').filter(Boolean);
  if (left.length) await docker('n2', 'rm', '-f', ...left);
  fs.rmSync(root, { recursive: true, force: true });
}, 120_000);

describe('a REMOTE member keeps its copy through a kill -9 of the federating control plane', () => {
  it('runs on through the kill, and the restarted control plane adopts the same copy, never a second', async () => {
    const created = await childCall<{ createService: { id: string } }>(
      fed!,
      `mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`,
      {
        s: sleeper(`${TAG}-web`, TAG, {
          replicas: 2,
          placement: { clusters: { affinity: { names: [CLUSTER] } } },
        }),
      },
    );
    const id = created.createService.id;
    const before = await waitFor(
      async () => {
        const ids = await onN2();
        return ids.length === 2 ? ids : null;
      },
      { timeoutMs: 120_000, what: '2 replicas of the copy running on n2' },
    );
    const copies = await memberServices();
    expect(copies).toHaveLength(1);
    const copy = copies[0]!;
    await waitFor(async () => (await members(id)).some((m) => m.serviceId === copy.id && m.running === 2), {
      timeoutMs: 30_000,
      what: 'the federating control plane sees the copy running 2',
    });

    fed!.proc.kill('SIGKILL');
    await fed!.exited;
    // The member runs on by itself: several of its resync passes later, the same containers.
    const beforeMs = Date.now();
    await waitFor(async () => Date.now() - beforeMs > 4000 && (await onN2()).length > 0, {
      timeoutMs: 30_000,
      intervalMs: 500,
      what: 'a few member passes without the federating control plane',
    });
    expect(await onN2()).toEqual(before);
    expect((await memberServices()).map((s) => s.id)).toEqual([copy.id]);

    fed = await startFed();
    // Adopted: its federation view names the same copy, running, after a few federation passes.
    await waitFor(async () => (await members(id)).some((m) => m.serviceId === copy.id && m.running === 2), {
      timeoutMs: 60_000,
      what: 'the restarted control plane reports the same copy running 2',
    });
    const passMs = Date.now();
    await waitFor(() => Date.now() - passMs > 3000, { timeoutMs: 10_000, what: 'a few federation passes' });
    const after = await memberServices();
    expect(after.map((s) => s.id)).toEqual([copy.id]);
    expect(after[0]!.revision).toBe(copy.revision);
    expect(await onN2()).toEqual(before);
    expect((await members(id)).filter((m) => m.cluster === CLUSTER).map((m) => m.serviceId)).toEqual([
      copy.id,
    ]);
  }, 400_000);
});
