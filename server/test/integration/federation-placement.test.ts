import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { docker, uniq, waitFor, type TestServer } from './harness.js';
import { sleeper } from './cluster-helpers.js';
import { teardownCluster } from './orchestration-helpers.js';
import {
  federation,
  MEMBERS,
  removeFederated,
  startFleet,
  waitForRunning,
  type FederationView,
} from './federation-helpers.js';

/**
 * Federated placement (issue #15, item 3) on real engines: three member clusters in three regions
 * (eu-1 = n2, us-1 = n3, ap-1 = n4). A federated service is a template; its copies NAME-CLUSTER
 * run in the chosen clusters, and the containers are counted on each engine.
 */
describe('federated placement over three clusters', () => {
  let s: TestServer;
  // One tag per test: a test that fails leaves nothing the next one counts.
  let tag = uniq('fed');
  const made: { id: string; tag: string }[] = [];

  async function createFederated(
    name: string,
    extra: Record<string, unknown>,
    clusterId?: string,
  ): Promise<string> {
    const id = (
      await s.ok<{ createService: { id: string } }>(
        `mutation($s: ServiceSpecInput!, $c: ID) { createService(spec: $s, clusterId: $c) { id } }`,
        { s: sleeper(name, tag, extra), c: clusterId ?? null },
      )
    ).createService.id;
    made.push({ id, tag });
    return id;
  }

  /** An ordinary service in ap-1 holding 80 % of its CPUs. */
  async function createFederatedFree(cpus: number): Promise<string> {
    const id = (
      await s.ok<{ createService: { id: string } }>(
        `mutation($s: ServiceSpecInput!, $c: ID) { createService(spec: $s, clusterId: $c) { id } }`,
        {
          s: sleeper(uniq('hog'), tag, { resources: { cpuLimit: cpus * 0.8, cpuReservation: cpus * 0.8 } }),
          c: 'ap-1',
        },
      )
    ).createService.id;
    made.push({ id, tag });
    return id;
  }

  async function settled(id: string, what: string): Promise<FederationView> {
    return waitFor(
      async () => {
        const v = await federation(s, id);
        const f = v.federation;
        const done = !!f?.decidedAt && !f.moving && f.members.every((m) => m.running === m.desired);
        return done ? v : null;
      },
      { timeoutMs: 120_000, what },
    );
  }

  async function remove(id: string): Promise<void> {
    await removeFederated(s, [id], tag);
    made.splice(
      made.findIndex((m) => m.id === id),
      1,
    );
  }

  beforeAll(async () => {
    s = await startFleet();
  }, 120_000);

  beforeEach(() => {
    tag = uniq('fed');
  });

  afterAll(async () => {
    if (s) for (const m of [...made]) await removeFederated(s, [m.id], m.tag);
    await teardownCluster(s);
  }, 120_000);

  it('DIVIDED by static weights 2:1:1 lands 4/2/2 of 8, each share explained', async () => {
    const id = await createFederated(uniq('div'), {
      replicas: 8,
      placement: {
        clusters: {
          affinity: { regions: ['eu', 'us', 'ap'] },
          replicaScheduling: 'DIVIDED_STATIC',
          weights: [
            { cluster: 'eu-1', weight: 2 },
            { cluster: 'us-1', weight: 1 },
            { cluster: 'ap-1', weight: 1 },
          ],
        },
      },
    });
    const running = await waitForRunning(tag, { 'eu-1': 4, 'us-1': 2, 'ap-1': 2 });
    console.log('DIVIDED_STATIC 2:1:1 of 8, running per cluster:', running);
    const v = await settled(id, 'division settled');
    const f = v.federation!;
    expect(Object.fromEntries(f.division.map((d) => [d.cluster, d.replicas]))).toEqual({
      'eu-1': 4,
      'us-1': 2,
      'ap-1': 2,
    });
    expect(f.division.find((d) => d.cluster === 'eu-1')!.reason).toMatch(/^weight 2, score \d+, \d+ % free$/);
    expect(f.summary).toMatch(/eu-1: 4 replicas \(weight 2/);
    // The default cluster (n1) is outside the affinity: excluded, with why.
    expect(f.excluded).toEqual([{ cluster: 'default', reason: 'outside the affinity (regions eu, us, ap)' }]);
    // The template itself runs nothing; its copies are ordinary services named NAME-CLUSTER.
    const copies = (
      await s.ok<{ services: { name: string; clusterId: string }[] }>('{ services { name clusterId } }')
    ).services.filter((x) => x.name.startsWith(v.name));
    expect(copies.map((c) => c.name).sort()).toEqual([
      v.name,
      `${v.name}-ap-1`,
      `${v.name}-eu-1`,
      `${v.name}-us-1`,
    ]);
    expect((await docker('n1', 'ps', '-q', '--filter', `label=test=${tag}`)).trim()).toBe('');
    await remove(id);
  }, 240_000);

  it('DIVIDED by capacity gives fewer replicas to the cluster with less room', async () => {
    // ap-1's engine gets most of its CPUs reserved by an ordinary service of that cluster.
    const cpus = (
      await s.ok<{ cluster: { resources: { totalCpus: number } } }>(
        '{ cluster(id: "ap-1") { resources { totalCpus } } }',
      )
    ).cluster.resources.totalCpus;
    // The engine counts a container's CPU limit as allocated (reservations are the scheduler's).
    const hog = await createFederatedFree(cpus);
    await waitForRunning(tag, { 'ap-1': 1 });
    const id = await createFederated(uniq('cap'), {
      replicas: 6,
      resources: { cpuReservation: cpus * 0.05 },
      placement: {
        clusters: { affinity: { regions: ['eu', 'us', 'ap'] }, replicaScheduling: 'DIVIDED_CAPACITY' },
      },
    });
    // The heartbeat sees the hog's allocation within a beat or two; the division follows it.
    await waitFor(
      async () => {
        const d = (await federation(s, id)).federation?.division ?? [];
        const r = (c: string) => d.find((x) => x.cluster === c)?.replicas ?? -1;
        return r('ap-1') >= 0 && r('ap-1') < r('eu-1') && r('ap-1') < r('us-1');
      },
      { timeoutMs: 60_000, what: 'ap-1 given fewer replicas than eu-1 and us-1' },
    ).catch(async (err: Error) => {
      throw new Error(`${err.message}: ${(await federation(s, id)).federation?.summary}`);
    });
    const v = await settled(id, 'capacity division settled');
    const share = Object.fromEntries(v.federation!.division.map((d) => [d.cluster, d.replicas]));
    console.log('DIVIDED_CAPACITY of 6 with ap-1 80 % reserved:', share, v.federation!.summary);
    expect(share['eu-1']! + share['us-1']! + share['ap-1']!).toBe(6);
    expect(share['ap-1']).toBeLessThan(share['eu-1']!);
    expect(share['ap-1']).toBeLessThan(share['us-1']!);
    expect(v.federation!.division.find((d) => d.cluster === 'ap-1')!.reason).toMatch(
      /^room for \d+, \d+ % free$/,
    );
    await waitForRunning(tag, { 'eu-1': share['eu-1'], 'us-1': share['us-1'], 'ap-1': share['ap-1']! + 1 });
    await remove(id);
    await remove(hog);
  }, 240_000);

  it('affinity to region eu keeps the service out of the others; a region preference tips the score', async () => {
    const eu = await createFederated(uniq('eu'), {
      replicas: 2,
      placement: { clusters: { affinity: { regions: ['eu'] } } },
    });
    const v = await settled(eu, 'eu-only settled');
    expect(v.federation!.division.map((d) => [d.cluster, d.replicas])).toEqual([['eu-1', 2]]);
    expect(v.federation!.excluded.map((e) => e.cluster).sort()).toEqual(['ap-1', 'default', 'us-1']);
    await waitForRunning(tag, { 'eu-1': 2 });
    await remove(eu);

    // Anti-affinity keeps us-1 out; of eu-1 and ap-1, the preferred region ranks first.
    const pref = await createFederated(uniq('pref'), {
      replicas: 1,
      placement: {
        clusters: {
          affinity: { regions: ['eu', 'us', 'ap'] },
          antiAffinity: { names: ['us-1'] },
          regionPreference: ['ap'],
        },
      },
    });
    const p = (await settled(pref, 'preference settled')).federation!;
    console.log('region preference ap:', p.summary);
    expect(p.division.map((d) => d.cluster)).toEqual(['ap-1', 'eu-1']);
    expect(p.division[0]!.score).toBeGreaterThan(p.division[1]!.score);
    expect(p.excluded).toContainEqual({ cluster: 'us-1', reason: 'matches the anti-affinity (names us-1)' });
    await waitForRunning(tag, { 'eu-1': 1, 'ap-1': 1 });
    await remove(pref);
  }, 240_000);

  it('overrides: the same service runs image v1 in one cluster and v2 with other env in another', async () => {
    const id = await createFederated(uniq('ovr'), {
      image: 'local/webapp:v1',
      command: null,
      replicas: 1,
      env: [{ key: 'COLOUR', value: 'blue' }],
      placement: {
        clusters: {
          affinity: { names: ['eu-1', 'us-1'] },
          overrides: [
            { cluster: 'us-1', image: 'local/webapp:v2', env: [{ key: 'COLOUR', value: 'green' }] },
          ],
        },
      },
    });
    await waitForRunning(tag, { 'eu-1': 1, 'us-1': 1 });
    const seen: Record<string, { image: string; env: string[] }> = {};
    for (const c of ['eu-1', 'us-1'] as const) {
      const node = MEMBERS[c];
      const cid = (
        await docker(node, 'ps', '-q', '--filter', `label=test=${tag}`, '--filter', 'status=running')
      ).trim();
      const [info] = JSON.parse(await docker(node, 'inspect', cid)) as {
        Config: { Image: string; Env: string[] };
      }[];
      seen[c] = { image: info!.Config.Image, env: info!.Config.Env.filter((e) => e.startsWith('COLOUR=')) };
    }
    expect(seen).toEqual({
      'eu-1': { image: 'local/webapp:v1', env: ['COLOUR=blue'] },
      'us-1': { image: 'local/webapp:v2', env: ['COLOUR=green'] },
    });
    await remove(id);
  }, 240_000);

  it('bad federated placements get BAD_USER_INPUT naming the field, and nothing is created', async () => {
    const count = async () =>
      (await s.ok<{ services: { id: string }[] }>('{ services { id } }')).services.length;
    const before = await count();
    const cases: [Record<string, unknown>, number, string, RegExp][] = [
      [
        {
          replicaScheduling: 'DIVIDED_STATIC',
          weights: [
            { cluster: 'eu-1', weight: 0 },
            { cluster: 'us-1', weight: 0 },
          ],
        },
        4,
        'placement.clusters.weights',
        /sum to 0/,
      ],
      [
        { affinity: { names: ['mars-1'] } },
        2,
        'placement.clusters.affinity.names[0]',
        /"mars-1" does not exist/,
      ],
      [
        { affinity: { regions: ['eu', 'us', 'ap'] }, replicaScheduling: 'DIVIDED_CAPACITY' },
        2,
        'placement.clusters.replicaScheduling',
        /over 3 clusters .* needs at least as many replicas \(got 2\)/,
      ],
      [
        { affinity: { regions: ['eu'] }, overrides: [{ cluster: 'us-1', image: 'local/webapp:v2' }] },
        1,
        'placement.clusters.overrides[0].cluster',
        /outside the placement's affinity/,
      ],
    ];
    for (const [clusters, replicas, field, reason] of cases) {
      const r = await s.gql(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
        s: sleeper(uniq('bad'), tag, { replicas, placement: { clusters } }),
      });
      const e = r.errors?.[0];
      expect(e?.extensions?.code, JSON.stringify(r.errors)).toBe('BAD_USER_INPUT');
      expect(e?.extensions?.field).toBe(field);
      expect(e?.message).toMatch(reason);
    }
    expect(await count()).toBe(before);
  }, 60_000);
});
