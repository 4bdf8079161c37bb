import { describe, expect, it } from 'vitest';
import type { EngineDriver } from '../engine/engine.js';
import type { ContainerStatsSample } from '../engine/types.js';
import { makeNode } from '../domain/scheduler/testing.js';
import { NodeLoadSampler } from './node-load.js';

const GHZ = 1e9;

/** A driver answering one-shot stats from cumulative counters the test advances. */
function engine() {
  const counters = new Map<string, { cpuSec: number; memory: number }>();
  let systemSec = 1000; // host uptime: the counters never start at zero
  let calls = 0;
  const driver = {
    statsOnce(id: string): Promise<ContainerStatsSample> {
      calls++;
      const c = counters.get(id);
      if (!c) return Promise.reject(new Error(`no such container ${id}`));
      return Promise.resolve({
        read: new Date(1_700_000_000_000 + systemSec * 1000),
        cpuTotalUsage: c.cpuSec * GHZ,
        systemCpuUsage: systemSec * 4 * GHZ, // the host's 4 CPUs
        onlineCpus: 4,
        preCpuTotalUsage: 0, // one-shot: no precpu
        preSystemCpuUsage: 0,
        memoryUsage: c.memory + 100,
        memoryCache: 100,
        memoryLimit: 0,
        networkRx: 0,
        networkTx: 0,
        blockRead: 0,
        blockWrite: 0,
        pids: 1,
      });
    },
  } as unknown as EngineDriver;
  return {
    driver,
    counters,
    calls: () => calls,
    /** `seconds` pass; each container burns cpu seconds per second as given. */
    advance(seconds: number, busy: Record<string, number>) {
      systemSec += seconds;
      for (const [id, perSec] of Object.entries(busy)) counters.get(id)!.cpuSec += perSec * seconds;
    },
  };
}

describe('NodeLoadSampler', () => {
  const node = makeNode('n1', { cpus: 2, memoryMiB: 1024 });
  const t0 = new Date('2026-01-01T00:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it("sums the containers' CPU over the interval as a share of the node's CPUs, and their memory", async () => {
    const e = engine();
    e.counters.set('burner', { cpuSec: 0, memory: 0 });
    e.counters.set('sleeper', { cpuSec: 0, memory: 512 * 1024 * 1024 });
    const sampler = new NodeLoadSampler(5000);
    sampler.want();
    await sampler.sample(node, e.driver, ['burner', 'sleeper'], at(0));
    // First round: counters only, no figure yet.
    expect(sampler.loadOf('n1')).toBeUndefined();
    e.advance(5, { burner: 1, sleeper: 0.02 });
    await sampler.sample(node, e.driver, ['burner', 'sleeper'], at(5000));
    const load = sampler.loadOf('n1')!;
    // 1.02 CPUs busy of the node's 2.
    expect(load.cpuPercent).toBeCloseTo(51, 5);
    expect(load.memoryPercent).toBeCloseTo(50, 3);
    expect(load.measuredAt).toEqual(at(5000));
  });

  it('samples at most once per interval, and an empty node is known idle at once', async () => {
    const e = engine();
    const sampler = new NodeLoadSampler(5000);
    sampler.want();
    await sampler.sample(node, e.driver, [], at(0));
    expect(sampler.loadOf('n1')).toEqual({ cpuPercent: 0, memoryPercent: 0, measuredAt: at(0) });
    e.counters.set('c', { cpuSec: 0, memory: 0 });
    await sampler.sample(node, e.driver, ['c'], at(4999));
    expect(e.calls()).toBe(0);
    await sampler.sample(node, e.driver, ['c'], at(5000));
    expect(e.calls()).toBe(1);
  });

  it('runs one round per node at a time, and idle() waits for the rounds in flight', async () => {
    const e = engine();
    e.counters.set('c', { cpuSec: 0, memory: 0 });
    const sampler = new NodeLoadSampler(1000);
    sampler.want();
    let done = false;
    void sampler.sample(node, e.driver, ['c'], at(0)).then(() => (done = true));
    // Due by the clock, but the first round is still in flight: no second one.
    await sampler.sample(node, e.driver, ['c'], at(5000));
    expect(done).toBe(false);
    await sampler.idle();
    expect(done).toBe(true);
    expect(e.calls()).toBe(1);
    await sampler.sample(node, e.driver, ['c'], at(5000));
    expect(e.calls()).toBe(2);
  });

  it('makes no stats calls while nobody reads the load, and starts when the load is read', async () => {
    const e = engine();
    e.counters.set('c', { cpuSec: 0, memory: 0 });
    const sampler = new NodeLoadSampler(1000);
    await sampler.sample(node, e.driver, ['c'], at(0));
    await sampler.sample(node, e.driver, ['c'], at(5000));
    expect(e.calls()).toBe(0);
    expect(sampler.loadOf('n1')).toBeUndefined();
    await sampler.sample(node, e.driver, ['c'], at(6000));
    expect(e.calls()).toBe(1);
  });

  it('skips containers gone between list and stats, and counts new ones from their second reading', async () => {
    const e = engine();
    e.counters.set('a', { cpuSec: 0, memory: 0 });
    const sampler = new NodeLoadSampler(1000);
    sampler.want();
    await sampler.sample(node, e.driver, ['a', 'gone'], at(0));
    e.counters.set('b', { cpuSec: 0, memory: 0 });
    e.advance(1, { a: 0.5 });
    await sampler.sample(node, e.driver, ['a', 'b', 'gone'], at(1000));
    expect(sampler.loadOf('n1')?.cpuPercent).toBeCloseTo(25, 5);
    e.advance(1, { a: 0.5, b: 1 });
    await sampler.sample(node, e.driver, ['a', 'b'], at(2000));
    expect(sampler.loadOf('n1')?.cpuPercent).toBeCloseTo(75, 5);
  });
});
