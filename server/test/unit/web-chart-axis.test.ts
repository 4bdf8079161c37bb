import { describe, expect, it } from 'vitest';

// The time charts' y axis (web/src/lib/chart-axis.ts), loaded by path as web-stack does.
type Unit = 'bytes' | 'bytesPerSecond' | 'percent' | 'ms' | 'perSecond' | 'perMinute' | 'count';
interface YRange {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}
const lib = (await import(new URL('../../../web/src/lib/chart-axis.ts', import.meta.url).pathname)) as {
  yRange: (
    min: number | null | undefined,
    max: number | null | undefined,
    opts?: { unit?: Unit; floor?: number; atLeast?: number; maxTicks?: number },
  ) => YRange;
  tickLabels: (ticks: number[], step: number, unit?: Unit) => string[];
  ticksFor: (height: number) => number;
};

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/** Each property every axis must have, whatever the data. */
function wellFormed(r: YRange, lo: number, hi: number, maxTicks: number) {
  expect(Number.isFinite(r.min) && Number.isFinite(r.max) && r.step > 0).toBe(true);
  expect(r.min).toBeLessThanOrEqual(lo);
  expect(r.max).toBeGreaterThanOrEqual(hi);
  expect(r.ticks.length).toBeGreaterThanOrEqual(2);
  expect(r.ticks.length).toBeLessThanOrEqual(maxTicks);
  expect(r.ticks[0]).toBe(r.min);
  expect(r.ticks[r.ticks.length - 1]).toBe(r.max);
  for (let i = 1; i < r.ticks.length; i++) expect(r.ticks[i]! - r.ticks[i - 1]!).toBeCloseTo(r.step, 9);
}

describe('yRange', () => {
  it('rounds a percent axis to round bounds with few ticks', () => {
    const r = lib.yRange(0.4, 37.2, { unit: 'percent', maxTicks: 5 });
    wellFormed(r, 0.4, 37.2, 5);
    expect(r).toMatchObject({ min: 0, max: 40, step: 10 });
    expect(lib.tickLabels(r.ticks, r.step, 'percent')).toEqual(['0%', '10%', '20%', '30%', '40%']);
  });

  it('steps bytes in binary units, so labels are whole KiB/MiB, not 976.6 KiB', () => {
    const r = lib.yRange(10 * MiB, 1.7 * GiB, { unit: 'bytes', maxTicks: 5 });
    wellFormed(r, 0, 1.7 * GiB, 5);
    expect(r.step % MiB).toBe(0);
    const labels = lib.tickLabels(r.ticks, r.step, 'bytes');
    expect(labels).toEqual(['0 MiB', '500 MiB', '1000 MiB', '1500 MiB', '2000 MiB']);

    const g = lib.yRange(0, 3.2 * GiB, { unit: 'bytes', maxTicks: 5 });
    expect(lib.tickLabels(g.ticks, g.step, 'bytes')).toEqual(['0 GiB', '1 GiB', '2 GiB', '3 GiB', '4 GiB']);
  });

  it('never shows 1000 KiB where 1 MiB is meant', () => {
    const r = lib.yRange(0, 1.8 * MiB, { unit: 'bytesPerSecond', maxTicks: 3 });
    wellFormed(r, 0, 1.8 * MiB, 3);
    expect(lib.tickLabels(r.ticks, r.step, 'bytesPerSecond')).toEqual(['0 MiB/s', '1 MiB/s', '2 MiB/s']);
  });

  it('gives whole-number ticks to counts and bytes however small the data', () => {
    const c = lib.yRange(0, 2, { unit: 'count', maxTicks: 6 });
    wellFormed(c, 0, 2, 6);
    expect(c.ticks.every((t) => Number.isInteger(t))).toBe(true);
    expect(lib.tickLabels(c.ticks, c.step, 'count')).toEqual(['0', '1', '2', '3']);
    const b = lib.yRange(0, 3, { unit: 'bytes', maxTicks: 6 });
    expect(b.step).toBeGreaterThanOrEqual(1);
    expect(new Set(lib.tickLabels(b.ticks, b.step, 'bytes')).size).toBe(b.ticks.length);
  });

  it('keeps a flat line of zeros, or no samples at all, on a small sane axis', () => {
    for (const [lo, hi] of [
      [0, 0],
      [null, null],
      [undefined, undefined],
      [Number.NaN, Number.POSITIVE_INFINITY],
    ] as const) {
      const r = lib.yRange(lo, hi, { unit: 'percent', maxTicks: 4 });
      wellFormed(r, 0, 0, 4);
      expect(r.max).toBeLessThanOrEqual(1);
      const labels = lib.tickLabels(r.ticks, r.step, 'percent');
      expect(labels.every((l) => l.length <= 6)).toBe(true);
    }
    const zeroBytes = lib.yRange(0, 0, { unit: 'bytes', maxTicks: 3 });
    expect(lib.tickLabels(zeroBytes.ticks, zeroBytes.step, 'bytes')).toEqual(['0 KiB', '1 KiB']);
  });

  it('keeps `atLeast` in view and honours a floor', () => {
    const r = lib.yRange(0, 0.3, { unit: 'percent', atLeast: 5, maxTicks: 4 });
    wellFormed(r, 0, 5, 4);
    expect(r.max).toBe(6);
    const f = lib.yRange(50, 80, { unit: 'percent', floor: 40, maxTicks: 5 });
    wellFormed(f, 40, 80, 5);
    expect(f.min).toBe(40);
  });

  it('covers negative data symmetrically and prints no -0', () => {
    const r = lib.yRange(-3.4, 7.9, { unit: 'count', maxTicks: 6 });
    wellFormed(r, -3.4, 7.9, 6);
    expect(r.min).toBeLessThan(0);
    const labels = lib.tickLabels(r.ticks, r.step, 'count');
    expect(labels).not.toContain('-0');
    expect(labels).toContain('0');
  });

  it('prints no floating-point noise for fractional steps', () => {
    const r = lib.yRange(0, 0.7, { unit: 'percent', maxTicks: 5 });
    wellFormed(r, 0, 0.7, 5);
    const labels = lib.tickLabels(r.ticks, r.step, 'percent');
    expect(labels).toEqual(['0.0%', '0.2%', '0.4%', '0.6%', '0.8%']);
    expect(r.ticks).toContain(0.6);
  });

  it('switches ms to s and rates to k/s only on whole steps', () => {
    const ms = lib.yRange(0, 4200, { unit: 'ms', maxTicks: 4 });
    expect(lib.tickLabels(ms.ticks, ms.step, 'ms')).toEqual(['0 s', '2 s', '4 s', '6 s']);
    const fast = lib.yRange(0, 180, { unit: 'ms', maxTicks: 5 });
    expect(lib.tickLabels(fast.ticks, fast.step, 'ms')).toEqual([
      '0 ms',
      '50 ms',
      '100 ms',
      '150 ms',
      '200 ms',
    ]);
    const rps = lib.yRange(0, 12_500, { unit: 'perSecond', maxTicks: 4 });
    expect(lib.tickLabels(rps.ticks, rps.step, 'perSecond')).toEqual(['0k/s', '5k/s', '10k/s', '15k/s']);
  });

  it('holds its properties over many ranges and heights', () => {
    const units: Unit[] = ['bytes', 'bytesPerSecond', 'percent', 'ms', 'perSecond', 'perMinute', 'count'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const unit = units[i % units.length]!;
      const scale = 10 ** Math.floor(rnd() * 12 - 3);
      const a = rnd() * scale;
      const b = a + rnd() * scale;
      const maxTicks = lib.ticksFor(60 + Math.floor(rnd() * 200));
      const r = lib.yRange(a, b, { unit, maxTicks });
      wellFormed(r, Math.min(0, a), b, maxTicks);
      const labels = lib.tickLabels(r.ticks, r.step, unit);
      // Distinct labels: two ticks never read the same, so they never look like overlapping text.
      expect(new Set(labels).size).toBe(labels.length);
      expect(labels.every((l) => l.length <= 14 && !/e[+-]/.test(l) && !/\d{7}\.\d/.test(l))).toBe(true);
    }
  });

  it('fits the tick count to the chart height', () => {
    expect(lib.ticksFor(110)).toBe(3);
    expect(lib.ticksFor(170)).toBe(6);
    expect(lib.ticksFor(20)).toBe(2);
    expect(lib.ticksFor(1000)).toBe(6);
  });
});
