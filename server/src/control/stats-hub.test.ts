import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import type { EngineDriver } from '../engine/engine.js';
import { EngineError } from '../engine/errors.js';
import type { ContainerStatsSample } from '../engine/types.js';
import type { ContainerStats } from '../app/stats.js';
import { StatsHub } from './stats-hub.js';

/** A driver whose stats streams the test drives by hand. */
function fakeDriver() {
  const streams: {
    id: string;
    onSample: (s: ContainerStatsSample) => void;
    onEnd: (e?: Error) => void;
    closed: boolean;
  }[] = [];
  const driver = {
    endpoint: 'fake',
    streamStats(id: string, onSample: (s: ContainerStatsSample) => void, onEnd: (e?: Error) => void) {
      const s = { id, onSample, onEnd, closed: false };
      streams.push(s);
      return { close: () => (s.closed = true) };
    },
  } as unknown as EngineDriver;
  return { driver, streams };
}

const GHZ = 1e9;
function sample(sec: number, cpuSec: number, pre?: { sec: number; cpuSec: number }): ContainerStatsSample {
  return {
    read: new Date(1_700_000_000_000 + sec * 1000),
    cpuTotalUsage: cpuSec * GHZ,
    systemCpuUsage: sec * 2 * GHZ, // 2 CPUs
    onlineCpus: 2,
    preCpuTotalUsage: pre ? pre.cpuSec * GHZ : 0,
    preSystemCpuUsage: pre ? pre.sec * 2 * GHZ : 0,
    memoryUsage: 1000,
    memoryCache: 100,
    memoryLimit: 10_000,
    networkRx: sec * 500,
    networkTx: 0,
    blockRead: 0,
    blockWrite: 0,
    pids: 1,
  };
}

const log = createLogger('silent');

describe('StatsHub', () => {
  it('opens one engine stream for 50 watchers, fans samples out, and closes it with the last', () => {
    const { driver, streams } = fakeDriver();
    const counts: number[] = [];
    const hub = new StatsHub(log, { onStreamCount: (n) => counts.push(n) });
    const target = { containerId: 'c1', nodeId: 'n1', name: 'c', driver };
    const got: ContainerStats[][] = Array.from({ length: 50 }, () => []);
    const stops = got.map((list) => hub.watch(target, (s) => list.push(s)));
    expect(streams).toHaveLength(1);
    expect(hub.openStreams()).toBe(1);
    expect(hub.watcherCount('c1')).toBe(50);

    streams[0]!.onSample(sample(10, 3)); // first of a stream: no CPU baseline, not published
    streams[0]!.onSample(sample(11, 3.5, { sec: 10, cpuSec: 3 }));
    expect(got.every((l) => l.length === 1)).toBe(true);
    const s = got[0]![0]!;
    expect(s.cpuPercent).toBeCloseTo(50, 6); // 0.5 CPU-s over 2 CPU-s × 2 CPUs × 100
    expect(s.memoryUsageBytes).toBe(900);
    expect(s.networkRxBytesPerSec).toBeCloseTo(500, 6);
    expect(hub.latest('c1')).toBe(s);

    for (const stop of stops.slice(0, 49)) stop();
    expect(hub.openStreams()).toBe(1);
    expect(streams[0]!.closed).toBe(false);
    stops[49]!();
    stops[49]!(); // idempotent
    expect(hub.openStreams()).toBe(0);
    expect(streams[0]!.closed).toBe(true);
    expect(counts).toEqual([1, 0]);
  });

  it('reopens a stream the engine ended while watched, and ends watchers when the container is gone', async () => {
    const { driver, streams } = fakeDriver();
    const hub = new StatsHub(log, { retryMinMs: 5, retryMaxMs: 10 });
    let ended: Error | undefined | 'no' = 'no';
    hub.watch(
      { containerId: 'c1', nodeId: 'n1', name: 'c', driver },
      () => {},
      (e) => (ended = e),
    );
    streams[0]!.onEnd(new EngineError('UNAVAILABLE', 'connection reset'));
    await new Promise((r) => setTimeout(r, 20));
    expect(streams).toHaveLength(2);
    expect(hub.openStreams()).toBe(1);
    streams[1]!.onEnd(new EngineError('NOT_FOUND', 'no such container', 404));
    expect(hub.openStreams()).toBe(0);
    expect(ended).toBeInstanceOf(EngineError);
  });
});
