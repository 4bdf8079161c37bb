/**
 * The y axis of the dashboard's time charts: a range with round bounds and a few round ticks, and
 * their labels in one unit with one number of decimals. uPlot's own ticks are decimal, so a bytes
 * axis read "488.3 KiB, 976.6 KiB", and a flat line of zeros gave "0.000000001"-like steps; here
 * the step is chosen in the unit's own base (1024 for bytes), and the tick count is bounded by the
 * chart's height, so labels neither overlap nor carry noise digits.
 */

export type AxisUnit = 'bytes' | 'bytesPerSecond' | 'percent' | 'ms' | 'perSecond' | 'perMinute' | 'count';

export interface YRange {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

export interface YRangeOptions {
  unit?: AxisUnit;
  /** The bottom of the axis; by default 0, or lower when the data is negative. */
  floor?: number;
  /** The top is at least this (an error-rate chart keeps 5 % in view when all is well). */
  atLeast?: number;
  /** The most ticks that fit; 2..8 (see ticksFor). */
  maxTicks?: number;
}

const BINARY = new Set<AxisUnit>(['bytes', 'bytesPerSecond']);
/** Whole-number units: a count of 0..3 has ticks 0, 1, 2, 3, never 0.5. */
const WHOLE = new Set<AxisUnit>(['bytes', 'bytesPerSecond', 'count', 'perMinute']);

/** The ticks that fit a chart of `height` px with about 28 px between labels. */
export function ticksFor(height: number): number {
  return Math.max(2, Math.min(6, Math.floor(height / 28)));
}

/** The next round step at or above `raw`: 1, 2 or 5 × 10ⁿ, in the unit's base for bytes. */
function niceStep(raw: number, unit: AxisUnit): number {
  const base = BINARY.has(unit) ? 1024 : 1;
  let scale = 1;
  if (base > 1) while (raw >= base * scale && scale < base ** 5) scale *= base;
  const r = raw / scale;
  const p = 10 ** Math.floor(Math.log10(r));
  const m = r / p;
  let step = (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p * scale;
  // 1000 KiB reads worse than 1 MiB.
  if (base > 1 && step >= 1000 * scale && step < 1024 * scale) step = 1024 * scale;
  return WHOLE.has(unit) ? Math.max(1, Math.round(step)) : step;
}

/** Drops floating-point noise (0.30000000000000004) at the step's precision. */
function clean(v: number, step: number): number {
  const d = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Number(v.toFixed(Math.min(12, d)));
}

/**
 * A range covering [dataMin, dataMax] (with a little headroom) whose bounds are multiples of a
 * round step, with at most `maxTicks` ticks. Non-finite input (no samples yet) gives a small
 * default range instead of NaN.
 */
export function yRange(
  dataMin: number | null | undefined,
  dataMax: number | null | undefined,
  opts: YRangeOptions = {},
): YRange {
  const unit = opts.unit ?? 'count';
  const maxTicks = Math.max(2, Math.min(8, Math.floor(opts.maxTicks ?? 5)));
  const finiteMin = typeof dataMin === 'number' && Number.isFinite(dataMin) ? dataMin : 0;
  const finiteMax = typeof dataMax === 'number' && Number.isFinite(dataMax) ? dataMax : finiteMin;
  const lo = opts.floor ?? Math.min(0, finiteMin);
  let hi = Math.max(opts.atLeast ?? lo, finiteMax + (finiteMax - lo) * 0.05);
  if (!(hi > lo)) hi = lo + (BINARY.has(unit) ? 1024 : 1);

  let step = niceStep((hi - lo) / (maxTicks - 1), unit);
  let min = 0;
  let max = 0;
  // Rounding the bounds outwards can add a tick; a bigger step then fixes it (bounded: a few rounds).
  for (let i = 0; i < 8; i++) {
    min = Math.floor(lo / step + 1e-9) * step;
    max = Math.ceil(hi / step - 1e-9) * step;
    if (Math.round((max - min) / step) + 1 <= maxTicks) break;
    step = niceStep(step * 1.5, unit);
  }
  const n = Math.round((max - min) / step);
  const ticks = Array.from({ length: n + 1 }, (_, i) => clean(min + i * step, step));
  return { min: clean(min, step), max: clean(max, step), step, ticks };
}

interface Prefix {
  div: number;
  suffix: string;
}

function prefixes(unit: AxisUnit): Prefix[] {
  switch (unit) {
    case 'bytes':
    case 'bytesPerSecond': {
      const rate = unit === 'bytesPerSecond' ? '/s' : '';
      return ['B', 'KiB', 'MiB', 'GiB', 'TiB'].map((s, i) => ({ div: 1024 ** i, suffix: ` ${s}${rate}` }));
    }
    case 'ms':
      return [
        { div: 1, suffix: ' ms' },
        { div: 1000, suffix: ' s' },
      ];
    case 'percent':
      return [{ div: 1, suffix: '%' }];
    case 'perSecond':
      return [
        { div: 1, suffix: '/s' },
        { div: 1000, suffix: 'k/s' },
      ];
    case 'perMinute':
      return [
        { div: 1, suffix: '/min' },
        { div: 1000, suffix: 'k/min' },
      ];
    case 'count':
      return [
        { div: 1, suffix: '' },
        { div: 1000, suffix: 'k' },
        { div: 1e6, suffix: 'M' },
      ];
  }
}

/**
 * Labels for `ticks` in one unit and one number of decimals, so every label of an axis reads
 * alike: 0 MiB, 2 MiB, 4 MiB. The unit is the largest one the step fills, so each label is an
 * exact multiple of the step (500 KiB steps read 0, 500, 1000, 1500 KiB, not 0.5, 1.0, 1.5 MiB,
 * which would be 2 % off), and the decimals are just enough to tell two ticks apart.
 */
export function tickLabels(ticks: number[], step: number, unit: AxisUnit = 'count'): string[] {
  const all = prefixes(unit);
  let p = all[0]!;
  for (const q of all) if (step >= q.div) p = q;
  const scaled = step / p.div;
  const decimals = scaled > 0 ? Math.max(0, Math.min(6, Math.ceil(-Math.log10(scaled) - 1e-9))) : 0;
  return ticks.map((t) => {
    const v = t / p.div;
    const s = v.toFixed(decimals);
    // -0 from rounding a tiny negative reads as a bug.
    return `${Number(s) === 0 ? (0).toFixed(decimals) : s}${p.suffix}`;
  });
}
