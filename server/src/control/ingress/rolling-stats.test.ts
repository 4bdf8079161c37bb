import { describe, expect, it } from 'vitest';
import { RollingStats } from './rolling-stats.js';

describe('RollingStats', () => {
  it('counts rates over the window and percentiles of latency', () => {
    let t = 10_000;
    const s = new RollingStats(() => t);
    for (let i = 1; i <= 100; i++) s.record(i, i % 10 === 0);
    t += 1000;
    for (let i = 0; i < 100; i++) s.record(1, false);
    t += 999; // 2.999 s after the first second started
    const snap = s.snapshot(3000);
    expect(snap.requests).toBe(200);
    expect(snap.errors).toBe(10);
    expect(snap.requestRate).toBeCloseTo(200 / 2.999, 1);
    expect(snap.latencyMs.p99).toBe(98); // 200 samples: 101 of 1 ms, then 2..100
    expect(snap.latencyMs.max).toBe(100);
  });

  it('forgets seconds outside the window', () => {
    let t = 0;
    const s = new RollingStats(() => t);
    s.record(1, true);
    t += 10_000;
    expect(s.rates(5000)).toEqual({ requestRate: 0, errorRate: 0 });
  });
});
