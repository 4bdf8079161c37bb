import { describe, expect, it } from 'vitest';
import {
  checkAutoscale,
  decide,
  proposeForMetric,
  stabilize,
  type AutoscaleSpec,
  type Recommendation,
} from './autoscaler.js';

const spec = (over: Partial<AutoscaleSpec> = {}): AutoscaleSpec => ({
  min: 1,
  max: 10,
  targetCpuPercent: 50,
  targetMemoryPercent: null,
  targetRequestRate: null,
  tolerance: 0.1,
  scaleUpStabilizationMs: 0,
  scaleDownStabilizationMs: 0,
  cooldownMs: 0,
  ...over,
});

describe('proposeForMetric', () => {
  it('is ceil(current × value / target)', () => {
    expect(proposeForMetric(2, 100, 50, 0.1)).toBe(4);
    expect(proposeForMetric(3, 60, 50, 0.1)).toBe(4); // 3.6 → 4
    expect(proposeForMetric(4, 10, 50, 0.1)).toBe(1); // 0.8 → 1
    expect(proposeForMetric(3, 0, 50, 0.1)).toBe(0);
  });
  it('keeps the count inside the tolerance band', () => {
    expect(proposeForMetric(3, 54, 50, 0.1)).toBe(3);
    expect(proposeForMetric(3, 46, 50, 0.1)).toBe(3);
    expect(proposeForMetric(3, 56, 50, 0.1)).toBe(4);
  });
  it('does not add a replica for floating-point noise', () => {
    expect(proposeForMetric(3, 0.5, 0.25, 0)).toBe(6);
  });
});

describe('stabilize (Kubernetes semantics)', () => {
  const h = (...pairs: [number, number][]): Recommendation[] =>
    pairs.map(([at, replicas]) => ({ at, replicas }));
  it('scales up only to the lowest recommendation in the up window', () => {
    expect(stabilize(2, 6, h([900, 3], [950, 5]), 1000, 200, 0)).toBe(3);
    // the low one left the window
    expect(stabilize(2, 6, h([700, 3], [950, 5]), 1000, 200, 0)).toBe(5);
  });
  it('scales down only to the highest recommendation in the down window', () => {
    expect(stabilize(6, 2, h([900, 5], [950, 3]), 1000, 0, 200)).toBe(5);
    expect(stabilize(6, 2, h([700, 5], [950, 3]), 1000, 0, 200)).toBe(3);
  });
  it('never moves against the desired direction', () => {
    expect(stabilize(4, 4, h([990, 9], [995, 1]), 1000, 100, 100)).toBe(4);
  });
});

describe('decide', () => {
  it('scales up on CPU above target and says why', () => {
    const d = decide({
      spec: spec(),
      current: 2,
      metrics: { cpu: 100 },
      history: [],
      now: 1000,
      lastScaleAt: null,
    });
    expect(d).toMatchObject({
      action: 'SCALE_UP',
      current: 2,
      desired: 4,
      metric: 'cpu',
      value: 100,
      target: 50,
    });
    expect(d.reason).toMatch(/cpu 100% vs target 50%: 2 → 4/);
    expect(d.history).toEqual([{ at: 1000, replicas: 4 }]);
  });

  it('takes the largest proposal over several metrics', () => {
    const d = decide({
      spec: spec({ targetRequestRate: 10 }),
      current: 2,
      metrics: { cpu: 60, requestRate: 30 },
      history: [],
      now: 0,
      lastScaleAt: null,
    });
    expect(d.metric).toBe('requestRate');
    expect(d.desired).toBe(6);
  });

  it('clamps to min and max', () => {
    expect(
      decide({
        spec: spec({ max: 3 }),
        current: 2,
        metrics: { cpu: 500 },
        history: [],
        now: 0,
        lastScaleAt: null,
      }).desired,
    ).toBe(3);
    expect(
      decide({
        spec: spec({ min: 2 }),
        current: 3,
        metrics: { cpu: 1 },
        history: [],
        now: 0,
        lastScaleAt: null,
      }).desired,
    ).toBe(2);
  });

  it('corrects a count outside min..max without metrics', () => {
    const d = decide({
      spec: spec({ min: 2 }),
      current: 1,
      metrics: {},
      history: [],
      now: 0,
      lastScaleAt: null,
    });
    expect(d).toMatchObject({ action: 'SCALE_UP', desired: 2 });
    expect(
      decide({ spec: spec(), current: 2, metrics: {}, history: [], now: 0, lastScaleAt: null }).reason,
    ).toBe('no metrics yet');
  });

  it('holds a scale-up until the up window agrees, then scales', () => {
    const s = spec({ scaleUpStabilizationMs: 2000 });
    let history: Recommendation[] = [];
    const round = (now: number, cpu: number, current: number) => {
      const d = decide({ spec: s, current, metrics: { cpu }, history, now, lastScaleAt: null });
      history = d.history;
      return d;
    };
    expect(round(0, 50, 2).desired).toBe(2); // at target
    history = [{ at: 0, replicas: 2 }];
    const held = round(1000, 150, 2);
    expect(held).toMatchObject({ action: 'HOLD', desired: 2, recommended: 6 });
    expect(held.reason).toMatch(/scale-up stabilization/);
    expect(round(2500, 150, 2)).toMatchObject({ action: 'SCALE_UP', desired: 6 });
  });

  it('holds a scale-down for the down window (a dip does not scale in)', () => {
    const s = spec({ scaleDownStabilizationMs: 3000 });
    let history: Recommendation[] = [{ at: 0, replicas: 4 }];
    const d1 = decide({ spec: s, current: 4, metrics: { cpu: 5 }, history, now: 1000, lastScaleAt: null });
    expect(d1).toMatchObject({ action: 'HOLD', desired: 4, recommended: 1 });
    history = d1.history;
    const d2 = decide({ spec: s, current: 4, metrics: { cpu: 5 }, history, now: 3500, lastScaleAt: null });
    expect(d2).toMatchObject({ action: 'SCALE_DOWN', desired: 1 });
  });

  it('respects the cooldown after a scale action', () => {
    const d = decide({
      spec: spec({ cooldownMs: 10_000 }),
      current: 2,
      metrics: { cpu: 200 },
      history: [],
      now: 5000,
      lastScaleAt: 0,
    });
    expect(d).toMatchObject({ action: 'HOLD', desired: 2 });
    expect(d.reason).toMatch(/cooling down \(5s left\)/);
  });

  it('prunes history older than the longest window', () => {
    const d = decide({
      spec: spec({ scaleUpStabilizationMs: 100, scaleDownStabilizationMs: 200 }),
      current: 2,
      metrics: { cpu: 50 },
      history: [
        { at: 0, replicas: 9 },
        { at: 900, replicas: 3 },
      ],
      now: 1000,
      lastScaleAt: null,
    });
    expect(d.history).toEqual([
      { at: 900, replicas: 3 },
      { at: 1000, replicas: 2 },
    ]);
    expect(d.desired).toBe(2);
  });
});

describe('checkAutoscale', () => {
  it('refuses min above max naming the field', () => {
    const r = checkAutoscale({ min: 5, max: 2, targetCpuPercent: 50 });
    expect(r.errors).toContainEqual({ field: 'autoscale.min', reason: 'min (5) must not be above max (2)' });
  });
  it('needs a target', () => {
    expect(checkAutoscale({ min: 1, max: 2 }).errors[0]!.field).toBe('autoscale.targetCpuPercent');
  });
  it('fills the documented defaults', () => {
    expect(checkAutoscale({ targetCpuPercent: 70 }).value).toEqual({
      min: 1,
      max: 10,
      targetCpuPercent: 70,
      targetMemoryPercent: null,
      targetRequestRate: null,
      tolerance: 0.1,
      scaleUpStabilizationMs: 300_000,
      scaleDownStabilizationMs: 600_000,
      cooldownMs: 30_000,
    });
  });
});
