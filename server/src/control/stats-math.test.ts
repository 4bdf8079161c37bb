import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toStatsSample, type RawStats } from '../engine/docker-engine.js';
import type { ContainerStatsSample } from '../engine/types.js';
import { computeStats, cpuPercent, memoryUsage } from './stats-math.js';

/**
 * Recorded from engine n1 (20.10, cgroup v1, 2 CPUs): two consecutive stream samples of a
 * busybox container spinning one CPU, then the zero sample a stopped container's stream sends.
 */
const raw = fs
  .readFileSync(new URL('./fixtures/docker-stats-busy.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as RawStats);
const [first, second, stopped] = raw.map(toStatsSample) as [
  ContainerStatsSample,
  ContainerStatsSample,
  ContainerStatsSample,
];
const ids = { containerId: 'c1', nodeId: 'n1', name: 'busy' };

describe('stats maths (as the docker CLI)', () => {
  it('computes CPU percent from the sample and its precpu, times online CPUs', () => {
    // (3010811315 - 2022443196) / (1481540000000 - 1479580000000) × 2 × 100
    const expected = ((3010811315 - 2022443196) / (1481540000000 - 1479580000000)) * 2 * 100;
    expect(cpuPercent(second)).toBeCloseTo(expected, 10);
    expect(cpuPercent(second)).toBeCloseTo(100.85, 2);
  });

  it('has no CPU figure for the first sample of a stream (precpu is zero) unless a previous sample is known', () => {
    expect(first.preSystemCpuUsage).toBe(0);
    expect(cpuPercent(first)).toBeNull();
    expect(computeStats(first, undefined, ids)).toBeNull();
    // With our own previous sample standing in for precpu, the same delta formula applies.
    const next = { ...second, preCpuTotalUsage: 0, preSystemCpuUsage: 0 };
    expect(cpuPercent(next, first)).toBeCloseTo(cpuPercent(second)!, 10);
  });

  it('returns 0 when either delta is not positive', () => {
    expect(cpuPercent({ ...second, cpuTotalUsage: second.preCpuTotalUsage })).toBe(0);
    expect(cpuPercent({ ...second, systemCpuUsage: second.preSystemCpuUsage })).toBe(0);
  });

  it('subtracts the inactive file cache from memory (cgroup v1 total_inactive_file, v2 inactive_file)', () => {
    expect(memoryUsage(second)).toBe(2871296); // total_inactive_file is 0 in the recording
    const v2 = toStatsSample({
      ...raw[1]!,
      memory_stats: { usage: 10_000_000, limit: 20_000_000, stats: { inactive_file: 4_000_000 } },
    });
    expect(memoryUsage(v2)).toBe(6_000_000);
    expect(memoryUsage({ ...v2, memoryCache: 20_000_000 })).toBe(10_000_000); // cache ≥ usage: usage
  });

  it('builds ContainerStats with limit, percent, network rates from consecutive samples, block I/O and pids', () => {
    const s = computeStats(second, first, ids)!;
    expect(s.timestamp.toISOString()).toBe('2026-11-26T06:39:13.136Z');
    expect(s.onlineCpus).toBe(2);
    expect(s.memoryLimitBytes).toBe(25276514304);
    expect(s.memoryPercent).toBeCloseTo((2871296 / 25276514304) * 100, 10);
    expect(s.networkRxBytes).toBe(736);
    const dt = (second.read.getTime() - first.read.getTime()) / 1000;
    expect(s.networkRxBytesPerSec).toBeCloseTo((736 - 646) / dt, 6);
    expect(s.networkTxBytesPerSec).toBe(0);
    expect(s.blockReadBytes).toBe(0);
    expect(s.pids).toBe(2);
  });

  it('gives no stats for the zero samples of a stopped container, and no rate across a counter reset', () => {
    expect(stopped.read.getTime()).toBeLessThan(0);
    expect(computeStats(stopped, second, ids)).toBeNull();
    const reset = computeStats({ ...second, networkRx: 10 }, first, ids)!;
    expect(reset.networkRxBytesPerSec).toBe(0);
  });
});
