import { describe, expect, it } from 'vitest';
import { contextFor, makeTask, nodeInfo, placedTask } from '../testing.js';
import type { NodeInfo, ScorePlugin, TaskRequest } from '../types.js';
import { balancedResourcesScorer } from './balanced-resources.js';
import { leastAllocatedScorer } from './least-allocated.js';
import { LOAD_STEP_PERCENT, liveLoad, loadScorer } from './load.js';
import { nodeAffinityScorer } from './node-affinity.js';
import { serviceAffinityScorer } from './service-affinity.js';
import { serviceSpreadScorer } from './service-spread.js';

function score(scorer: ScorePlugin, task: TaskRequest, info: NodeInfo): number {
  return scorer.score(task, info, contextFor([info]));
}

describe('least-allocated scorer', () => {
  const scorer = leastAllocatedScorer();
  it('scores the free share of CPU and memory after placing the task', () => {
    const task = makeTask('t', { cpus: 1, memoryMiB: 1024 });
    expect(score(scorer, task, nodeInfo('a', { cpus: 4, memoryMiB: 4096 }))).toBe(75);
    const half = nodeInfo('b', {
      cpus: 4,
      memoryMiB: 4096,
      tasks: [placedTask('x', { cpus: 1, memoryMiB: 3072 })],
    });
    // cpu 2/4 used → 0.5 free; memory 4096/4096 → 0 free.
    expect(score(scorer, task, half)).toBe(25);
  });
  it('has weight 1 by default and takes a configured weight', () => {
    expect(scorer.weight).toBe(1);
    expect(leastAllocatedScorer({ weight: 5 }).weight).toBe(5);
  });
});

describe('balanced-resources scorer', () => {
  const scorer = balancedResourcesScorer();
  it('prefers equal CPU and memory fractions', () => {
    const task = makeTask('t', { cpus: 1, memoryMiB: 1024 });
    expect(score(scorer, task, nodeInfo('a', { cpus: 4, memoryMiB: 4096 }))).toBe(100);
    // cpu 1/4 = .25, memory 1024/2048 = .5 → 75
    expect(score(scorer, task, nodeInfo('b', { cpus: 4, memoryMiB: 2048 }))).toBe(75);
  });
  it('is disabled without reservations', () => {
    expect(scorer.enabled(makeTask('t'))).toBe(false);
  });
});

describe('service-spread scorer', () => {
  const scorer = serviceSpreadScorer();
  it('gives 100 / (1 + tasks of the service on the node)', () => {
    const task = makeTask('t', { service: 'web' });
    expect(score(scorer, task, nodeInfo('a', { tasks: [placedTask('o', { service: 'db' })] }))).toBe(100);
    const two = nodeInfo('b', {
      tasks: [placedTask('w1', { service: 'web' }), placedTask('w2', { service: 'web' })],
    });
    expect(score(scorer, task, two)).toBeCloseTo(33.333, 2);
  });
});

describe('node-affinity scorer', () => {
  const scorer = nodeAffinityScorer();
  const task = makeTask('t', {
    placement: {
      nodeAffinity: [
        { expression: 'node.labels.disk == ssd', weight: 60 },
        { expression: 'node.labels.zone == eu', weight: 40 },
        { expression: 'node.labels.spot exists', weight: -50 },
      ],
    },
  });
  it('sums weights of matching terms on a ±100 scale around 50', () => {
    expect(score(scorer, task, nodeInfo('a', { labels: { disk: 'ssd', zone: 'eu' } }))).toBe(100);
    expect(score(scorer, task, nodeInfo('b', { labels: { disk: 'ssd' } }))).toBe(80);
    expect(score(scorer, task, nodeInfo('c'))).toBe(50);
    expect(score(scorer, task, nodeInfo('d', { labels: { spot: 'yes' } }))).toBe(25);
  });
  it('is enabled only with terms', () => {
    expect(scorer.enabled(makeTask('t'))).toBe(false);
    expect(scorer.enabled(task)).toBe(true);
  });
});

describe('service-affinity scorer', () => {
  const scorer = serviceAffinityScorer();
  it('attracts to nodes running the named service (by name or id)', () => {
    const task = makeTask('t', {
      service: 'api',
      placement: { serviceAffinity: [{ service: 'cache', weight: 100 }] },
    });
    const withCache = nodeInfo('a', {
      tasks: [placedTask('c1', { service: 'cache-id', serviceName: 'cache' })],
    });
    expect(score(scorer, task, withCache)).toBe(87.5);
    expect(score(scorer, task, nodeInfo('b'))).toBe(50);
  });
  it('repels with negative weights, more tasks repelling more', () => {
    const task = makeTask('t', {
      service: 'api',
      placement: { serviceAffinity: [{ service: 'api', weight: -100 }] },
    });
    const one = nodeInfo('a', { tasks: [placedTask('a1', { service: 'api' })] });
    const two = nodeInfo('b', {
      tasks: [placedTask('a1', { service: 'api' }), placedTask('a2', { service: 'api' })],
    });
    expect(score(scorer, task, nodeInfo('c'))).toBe(50);
    expect(score(scorer, task, one)).toBe(12.5);
    expect(score(scorer, task, two)).toBe(6.25);
  });
});

describe('load scorer', () => {
  const scorer = loadScorer();
  it('prefers lower live load and is neutral without stats', () => {
    const task = makeTask('t');
    // The busier of CPU and memory counts.
    expect(score(scorer, task, nodeInfo('a', { cpuLoadPercent: 20, memoryLoadPercent: 40 }))).toBe(50);
    expect(score(scorer, task, nodeInfo('b', { cpuLoadPercent: 90, memoryLoadPercent: 5 }))).toBe(0);
    expect(score(scorer, task, nodeInfo('b', { cpuLoadPercent: 30 }))).toBe(75);
    expect(score(scorer, task, nodeInfo('c'))).toBe(50);
    expect(score(scorer, task, nodeInfo('d', { memoryLoadPercent: 150 }))).toBe(0);
  });

  it(`scores in steps of ${LOAD_STEP_PERCENT}%, so jitter between equal idle nodes is no preference`, () => {
    const task = makeTask('t');
    const idle = [0, 0.4, 4.9, 12.4].map((cpu) =>
      score(scorer, task, nodeInfo('a', { cpuLoadPercent: cpu })),
    );
    expect(new Set(idle)).toEqual(new Set([100]));
    // One of two CPUs kept busy by a burner is clearly worse, and more so the busier.
    expect(score(scorer, task, nodeInfo('b', { cpuLoadPercent: 48.7, memoryLoadPercent: 1 }))).toBe(50);
    expect(score(scorer, task, nodeInfo('c', { cpuLoadPercent: 20 }))).toBe(75);
    expect(score(scorer, task, nodeInfo('d', { cpuLoadPercent: 97 }))).toBe(0);
  });

  it('describes the load it saw, for the placement reason', () => {
    const task = makeTask('t');
    expect(scorer.describe?.(task, nodeInfo('a', { cpuLoadPercent: 2.4, memoryLoadPercent: 0.6 }))).toBe(
      'cpu load 2%, memory load 1%',
    );
    expect(scorer.describe?.(task, nodeInfo('b'))).toBeUndefined();
  });
});

describe('liveLoad', () => {
  const measuredAt = new Date('2026-01-01T00:00:00Z');
  const sample = { cpuPercent: 42, memoryPercent: 7, measuredAt };
  const at = (ms: number) => new Date(measuredAt.getTime() + ms);

  it('gives the load fields while the sample is fresh', () => {
    expect(liveLoad(sample, at(0), 15_000)).toEqual({ cpuLoadPercent: 42, memoryLoadPercent: 7 });
    expect(liveLoad(sample, at(15_000), 15_000)).toEqual({ cpuLoadPercent: 42, memoryLoadPercent: 7 });
  });

  it('treats stale, future-dated and missing samples as unknown (neutral score)', () => {
    expect(liveLoad(sample, at(15_001), 15_000)).toEqual({});
    expect(liveLoad(sample, at(-60_000), 15_000)).toEqual({});
    expect(liveLoad(undefined, at(0), 15_000)).toEqual({});
    const stale = nodeInfo('a', liveLoad(sample, at(60_000), 15_000));
    expect(score(loadScorer(), makeTask('t'), stale)).toBe(50);
  });
});
