import { describe, expect, it } from 'vitest';
import { largestRemainder, replicasThatFit } from './division.js';
import { affinityFilter, antiAffinityFilter } from './filter-affinity.js';
import { capacityFilter } from './filter-capacity.js';
import { healthFilter } from './filter-health.js';
import { nextStep, type MemberState } from './move.js';
import { memberSpec } from './overrides.js';
import { decide } from './pipeline.js';
import { latencyScorer } from './score-latency.js';
import { loadScorer } from './score-load.js';
import { regionScorer } from './score-region.js';
import { resourcesScorer } from './score-resources.js';
import { rebalance } from './rebalance.js';
import { spread } from './spread.js';
import type { ClusterCandidate, ClusterPlacement, PlacementContext } from './types.js';
import {
  DEFAULT_RESTART_POLICY,
  DEFAULT_ROLLBACK_CONFIG,
  DEFAULT_UPDATE_CONFIG,
  type ServiceSpec,
} from '../service.js';

const now = new Date('2026-01-01T00:00:00Z');
const GiB = 2 ** 30;

function cand(name: string, region: string, extra: Partial<ClusterCandidate> = {}): ClusterCandidate {
  return {
    id: `id-${name}`,
    name,
    region,
    zone: `${region}a`,
    labels: {},
    health: { status: 'HEALTHY', reason: '1 of 1 nodes ready', since: new Date(now.getTime() - 60_000) },
    cpuTotal: 2e9,
    memoryTotal: 4 * GiB,
    cpuFree: 2e9,
    memoryFree: 4 * GiB,
    cpuUtilisation: null,
    memoryUtilisation: null,
    latencyP50Ms: 1,
    ...extra,
  };
}

function placement(p: Partial<ClusterPlacement> = {}): ClusterPlacement {
  return {
    affinity: null,
    antiAffinity: null,
    spread: null,
    replicaScheduling: 'DIVIDED_STATIC',
    weights: [],
    regionPreference: [],
    overrides: [],
    ...p,
  };
}

function ctx(
  p: Partial<ClusterPlacement> = {},
  replicas = 8,
  extra: Partial<PlacementContext> = {},
): PlacementContext {
  return {
    placement: placement(p),
    replicas,
    reservation: { nanoCpus: 0, memoryBytes: 0 },
    now,
    graceMs: 10_000,
    ...extra,
  };
}

const three = () => [cand('eu-1', 'eu'), cand('us-1', 'us'), cand('ap-1', 'ap')];

describe('largest remainder division', () => {
  it('divides 8 by 2:1:1 into 4/2/2 and always sums to the total', () => {
    expect(largestRemainder(8, [2, 1, 1])).toEqual([4, 2, 2]);
    expect(largestRemainder(5, [1, 1, 1])).toEqual([2, 2, 1]);
    expect(largestRemainder(7, [50, 30, 20])).toEqual([4, 2, 1]);
    for (let total = 0; total < 30; total++)
      expect(largestRemainder(total, [3, 7, 1, 0]).reduce((a, b) => a + b, 0)).toBe(total);
  });
  it('gives nothing to a weight of 0, and shares equally when every weight is 0', () => {
    expect(largestRemainder(4, [1, 0])).toEqual([4, 0]);
    expect(largestRemainder(4, [0, 0])).toEqual([2, 2]);
  });
  it('counts how many replicas fit by the tighter reservation', () => {
    expect(replicasThatFit({ cpu: 1e9, memory: 4 * GiB }, { nanoCpus: 0.25e9, memoryBytes: 2 * GiB })).toBe(
      2,
    );
    expect(replicasThatFit({ cpu: 1e9, memory: 4 * GiB }, { nanoCpus: 0.25e9, memoryBytes: 0 })).toBe(4);
  });
});

describe('cluster filters', () => {
  it('health: UNREACHABLE past the grace period is excluded with how long', () => {
    const down = cand('ap-1', 'ap', {
      health: {
        status: 'UNREACHABLE',
        reason: 'no node ready: n4 down',
        since: new Date(now.getTime() - 12_000),
      },
    });
    expect(healthFilter.check(down, ctx())).toBe(false);
    expect(healthFilter.explain(down, ctx())).toBe('UNREACHABLE for 12 s (no node ready: n4 down)');
    const blip = { ...down, health: { ...down.health, since: new Date(now.getTime() - 3_000) } };
    expect(healthFilter.check(blip, ctx())).toBe(true);
    expect(
      healthFilter.check(cand('x', 'eu', { health: { status: 'DEGRADED', reason: '', since: now } }), ctx()),
    ).toBe(true);
  });
  it('affinity by names, labels and region; anti-affinity excludes what matches', () => {
    const eu = cand('eu-1', 'eu', { labels: { tier: 'gold' } });
    const us = cand('us-1', 'us');
    const byRegion = ctx({ affinity: { names: [], labels: {}, regions: ['eu'] } });
    expect(affinityFilter.check(eu, byRegion)).toBe(true);
    expect(affinityFilter.check(us, byRegion)).toBe(false);
    expect(affinityFilter.explain(us, byRegion)).toBe('outside the affinity (regions eu)');
    const byLabel = ctx({ affinity: { names: [], labels: { tier: 'gold' }, regions: [] } });
    expect(affinityFilter.check(us, byLabel)).toBe(false);
    expect(affinityFilter.check(eu, ctx({ affinity: { names: ['eu-1'], labels: {}, regions: [] } }))).toBe(
      true,
    );
    const anti = ctx({ antiAffinity: { names: ['eu-1'], labels: {}, regions: [] } });
    expect(antiAffinityFilter.check(eu, anti)).toBe(false);
    expect(antiAffinityFilter.check(us, anti)).toBe(true);
    expect(antiAffinityFilter.explain(eu, anti)).toBe('matches the anti-affinity (names eu-1)');
  });
  it('capacity: room for one replica reservation', () => {
    const small = cand('eu-1', 'eu', { cpuFree: 0.1e9 });
    const c = ctx({}, 2, { reservation: { nanoCpus: 0.5e9, memoryBytes: 0 } });
    expect(capacityFilter.check(small, c)).toBe(false);
    expect(capacityFilter.explain(small, c)).toBe('no room: 0.10 CPUs free of 0.50 reserved per replica');
    expect(capacityFilter.check(cand('us-1', 'us'), c)).toBe(true);
  });
});

describe('cluster scorers', () => {
  it('resources by the free share, latency relative to the closest, region by preference order, load by live use', () => {
    expect(resourcesScorer.score(cand('a', 'eu', { cpuFree: 1e9, memoryFree: 2 * GiB }), [], ctx())).toBe(50);
    const all = [cand('a', 'eu', { latencyP50Ms: 2 }), cand('b', 'us', { latencyP50Ms: 8 })];
    expect(latencyScorer.score(all[0]!, all, ctx())).toBe(100);
    expect(latencyScorer.score(all[1]!, all, ctx())).toBe(25);
    expect(latencyScorer.score(cand('c', 'ap', { latencyP50Ms: null }), all, ctx())).toBe(50);
    const pref = ctx({ regionPreference: ['us', 'eu'] });
    expect(regionScorer.score(cand('a', 'us'), [], pref)).toBe(100);
    expect(regionScorer.score(cand('a', 'eu'), [], pref)).toBe(50);
    expect(regionScorer.score(cand('a', 'ap'), [], pref)).toBe(0);
    expect(
      loadScorer.score(cand('a', 'eu', { cpuUtilisation: 0.8, memoryUtilisation: 0.2 }), [], ctx()),
    ).toBe(50);
    expect([resourcesScorer, latencyScorer, regionScorer, loadScorer].map((s) => s.weight)).toEqual([
      40, 30, 20, 10,
    ]);
  });
  it('spread over region keeps the best cluster of each region', () => {
    const items = [
      { candidate: cand('eu-1', 'eu'), score: 80 },
      { candidate: cand('eu-2', 'eu'), score: 90 },
      { candidate: cand('us-1', 'us'), score: 10 },
    ];
    const r = spread(items, 'REGION');
    expect(r.kept.map((k) => k.candidate.name)).toEqual(['eu-2', 'us-1']);
    expect(r.dropped[0]!.reason).toBe('spread over region: eu-2 scores higher in eu');
  });
});

describe('the cluster-level pipeline', () => {
  it('DIVIDED_STATIC 2:1:1 of 8 lands 4/2/2 and explains each share', () => {
    const d = decide(
      three(),
      ctx({
        weights: [
          { cluster: 'eu-1', weight: 2 },
          { cluster: 'us-1', weight: 1 },
          { cluster: 'ap-1', weight: 1 },
        ],
      }),
    );
    expect(Object.fromEntries(d.division.map((s) => [s.cluster, s.replicas]))).toEqual({
      'eu-1': 4,
      'us-1': 2,
      'ap-1': 2,
    });
    expect(d.division.find((s) => s.cluster === 'eu-1')!.reason).toMatch(/^weight 2, score \d+, 100 % free$/);
  });
  it('DUPLICATED runs the full count in every cluster; an unreachable one past grace is excluded and the rest re-divided', () => {
    expect(
      decide(three(), ctx({ replicaScheduling: 'DUPLICATED' }, 3)).division.map((s) => s.replicas),
    ).toEqual([3, 3, 3]);
    const cs = three();
    cs[2] = {
      ...cs[2]!,
      health: {
        status: 'UNREACHABLE',
        reason: 'no node ready: n4 down',
        since: new Date(now.getTime() - 12_000),
      },
      cpuFree: 0,
      memoryFree: 0,
      cpuTotal: 0,
      memoryTotal: 0,
    };
    const d = decide(
      cs,
      ctx(
        {
          weights: [
            { cluster: 'eu-1', weight: 2 },
            { cluster: 'us-1', weight: 1 },
            { cluster: 'ap-1', weight: 1 },
          ],
        },
        6,
      ),
    );
    expect(Object.fromEntries(d.division.map((s) => [s.cluster, s.replicas]))).toEqual({
      'eu-1': 4,
      'us-1': 2,
    });
    expect(d.summary).toContain('ap-1: excluded, UNREACHABLE for 12 s');
  });
  it('DIVIDED_CAPACITY gives fewer replicas to the cluster with less room', () => {
    const cs = [cand('eu-1', 'eu', { cpuFree: 0.5e9 }), cand('us-1', 'us', { cpuFree: 1.5e9 })];
    const d = decide(
      cs,
      ctx({ replicaScheduling: 'DIVIDED_CAPACITY' }, 4, { reservation: { nanoCpus: 0.1e9, memoryBytes: 0 } }),
    );
    expect(Object.fromEntries(d.division.map((s) => [s.cluster, s.replicas]))).toEqual({
      'eu-1': 1,
      'us-1': 3,
    });
    expect(d.division.find((s) => s.cluster === 'eu-1')!.reason).toContain('room for 5');
  });
  it('a region preference tips the order; a replicas override replaces the share', () => {
    const d = decide(
      three(),
      ctx(
        {
          replicaScheduling: 'DUPLICATED',
          regionPreference: ['ap'],
          overrides: [{ cluster: 'us-1', image: null, env: {}, replicas: 1, resources: null }],
        },
        2,
      ),
    );
    expect(d.division[0]!.cluster).toBe('ap-1');
    expect(d.division.find((s) => s.cluster === 'us-1')).toMatchObject({ replicas: 1 });
    expect(d.division.find((s) => s.cluster === 'us-1')!.reason).toContain('override: 1 replicas');
  });
});

describe('the member copy spec', () => {
  it('applies the override: image, env merged, resources, and carries the labels', () => {
    const t: ServiceSpec = {
      name: 'web',
      image: 'local/webapp:v1',
      command: null,
      env: { A: '1', B: '2' },
      labels: { app: 'web' },
      ports: [],
      mounts: [],
      networks: [],
      limits: { nanoCpus: 0, memoryBytes: 0 },
      reservations: { nanoCpus: 0, memoryBytes: 0 },
      healthCheck: null,
      restartPolicy: DEFAULT_RESTART_POLICY,
      mode: 'REPLICATED',
      replicas: 6,
      priority: 0,
      preemption: false,
      placement: {
        constraints: [],
        spread: [],
        maxReplicasPerNode: 0,
        nodeAffinity: [],
        serviceAffinity: [],
        clusters: placement(),
      },
      update: DEFAULT_UPDATE_CONFIG,
      rollback: DEFAULT_ROLLBACK_CONFIG,
      stopTimeoutSec: 1,
    };
    const m = memberSpec(
      t,
      { id: 'x', name: 'us-1' },
      2,
      {
        cluster: 'us-1',
        image: 'local/webapp:v2',
        env: { B: '3' },
        replicas: null,
        resources: {
          nanoCpusLimit: 0.5e9,
          nanoCpusReservation: null,
          memoryLimitBytes: null,
          memoryReservationBytes: null,
        },
      },
      { f: 'p' },
    );
    expect(m).toMatchObject({
      name: 'web-us-1',
      image: 'local/webapp:v2',
      env: { A: '1', B: '3' },
      labels: { app: 'web', f: 'p' },
      replicas: 2,
      limits: { nanoCpus: 0.5e9 },
    });
    expect(m.placement.clusters).toBeUndefined();
  });
});

describe('moving replicas between clusters', () => {
  const st = (
    clusterId: string,
    applied: number,
    running = applied,
    healthy = running,
    reachable = true,
  ): MemberState => ({ clusterId, applied, running, healthy, reachable });
  it('failover: an unreachable cluster goes to 0 and the others take its share at once', () => {
    const r = nextStep(
      new Map([
        ['eu', 4],
        ['us', 2],
        ['ap', 0],
      ]),
      [st('eu', 3), st('us', 1), st('ap', 2, 0, 0, false)],
      1,
    );
    expect(Object.fromEntries(r.next)).toEqual({ eu: 4, us: 2, ap: 0 });
  });
  it('a return is start-first, one step at a time, and never more than total + step run', () => {
    const target = new Map([
      ['eu', 3],
      ['us', 2],
      ['ap', 1],
    ]);
    let members = [st('eu', 4), st('us', 2), st('ap', 0, 1, 0)];
    // A leftover still runs in ap: nothing grows until it is gone.
    expect(nextStep(target, members, 1).actions).toEqual([]);
    members = [st('eu', 4), st('us', 2), st('ap', 0, 0, 0)];
    let r = nextStep(target, members, 1);
    expect(Object.fromEntries(r.next)).toEqual({ eu: 4, us: 2, ap: 1 });
    // Not healthy yet: eu keeps its 4.
    members = [st('eu', 4), st('us', 2), st('ap', 1, 1, 0)];
    r = nextStep(target, members, 1);
    expect(Object.fromEntries(r.next)).toEqual({ eu: 4, us: 2, ap: 1 });
    members = [st('eu', 4), st('us', 2), st('ap', 1, 1, 1)];
    r = nextStep(target, members, 1);
    expect(Object.fromEntries(r.next)).toEqual({ eu: 3, us: 2, ap: 1 });
    expect(r.moving).toBe(false);
  });
  it('scales down at once when nothing waits for replicas', () => {
    const r = nextStep(new Map([['eu', 1]]), [st('eu', 3, 3, 0)], 1);
    expect(r.next.get('eu')).toBe(1);
  });
});

describe('rebalancing between clusters', () => {
  const share = (name: string, replicas: number) => ({
    clusterId: `id-${name}`,
    cluster: name,
    replicas,
    score: 50,
    reason: 'room for 9',
  });
  const hot = (name: string, u: number | null) => cand(name, 'x', { cpuUtilisation: u });
  const opts = { highWater: 0.8, lowWater: 0.3, step: 1, mayMove: true };

  it('moves one replica from a cluster over 80 % to one under 30 %, with the reason', () => {
    const cs = new Map([
      ['id-eu-1', hot('eu-1', 0.92)],
      ['id-us-1', hot('us-1', 0.05)],
    ]);
    const r = rebalance([share('eu-1', 3), share('us-1', 3)], cs, new Map(), opts);
    expect(r.division.map((d) => d.replicas)).toEqual([2, 4]);
    expect(r.move).toEqual({
      from: 'eu-1',
      to: 'us-1',
      replicas: 1,
      reason: 'eu-1 at 92 % is over the high-water mark 80 %; us-1 at 5 % is under the low-water mark 30 %',
    });
    // Rate-limited: no new move, the offsets stay while eu-1 is warm.
    const held = rebalance([share('eu-1', 3), share('us-1', 3)], cs, r.offsets, { ...opts, mayMove: false });
    expect(held.division.map((d) => d.replicas)).toEqual([2, 4]);
    expect(held.move).toBeNull();
    // Cooled under the low-water mark: the replicas return.
    const cool = new Map([
      ['id-eu-1', hot('eu-1', 0.1)],
      ['id-us-1', hot('us-1', 0.05)],
    ]);
    const back = rebalance([share('eu-1', 3), share('us-1', 3)], cool, r.offsets, opts);
    expect(back.division.map((d) => d.replicas)).toEqual([3, 3]);
  });

  it('does nothing between the marks or without a measurement', () => {
    const cs = new Map([
      ['id-eu-1', hot('eu-1', 0.7)],
      ['id-us-1', hot('us-1', null)],
    ]);
    const r = rebalance([share('eu-1', 3), share('us-1', 3)], cs, new Map(), opts);
    expect(r.move).toBeNull();
    expect(r.division.map((d) => d.replicas)).toEqual([3, 3]);
  });
});
