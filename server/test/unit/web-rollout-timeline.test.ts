import { describe, expect, it } from 'vitest';

// The rollout timeline's pieces (web/src/lib/rollout-timeline.ts), loaded by path as web-stack does.
interface Fig {
  requests: number;
  errors: number;
  errorRate: number;
  p95Ms: number | null;
}
interface Sample {
  at: string;
  kind: string;
  step: number;
  weight: number;
  phase: string | null;
  stable: Fig | null;
  canary: Fig | null;
}
interface Band {
  step: number;
  weight: number;
  phase: string | null;
  from: number;
  to: number;
}
type Columns = [number[], (number | null)[], (number | null)[]];
const lib = (await import(new URL('../../../web/src/lib/rollout-timeline.ts', import.meta.url).pathname)) as {
  timelineView: (
    s: Sample[],
    untilSec?: number,
  ) => { bands: Band[]; errorRate: Columns; p95: Columns; decisions: Sample[] };
  bandWidths: (b: Band[]) => number[];
  figuresText: (f: Fig | null) => string;
};

const T0 = Date.parse('2026-12-03T14:00:00Z') / 1000;
const at = (s: number) => new Date((T0 + s) * 1000).toISOString();
const fig = (requests: number, errors: number, p95Ms: number | null): Fig => ({
  requests,
  errors,
  errorRate: requests ? errors / requests : 0,
  p95Ms,
});
const sample = (s: number, step: number, weight: number, stable: Fig | null, canary: Fig | null): Sample => ({
  at: at(s),
  kind: 'SAMPLE',
  step,
  weight,
  phase: 'STEPPING',
  stable,
  canary,
});

describe('rollout timeline', () => {
  it('bands each step and weight over its time, the last one to now while the rollout goes on', () => {
    const v = lib.timelineView(
      [
        sample(2, 0, 10, fig(90, 0, 12), fig(10, 0, 14)),
        sample(0, 0, 10, fig(0, 0, null), fig(0, 0, null)), // out of order: sorted by time
        sample(4, 1, 50, fig(50, 0, 11), fig(50, 5, 40)),
        sample(6, 1, 50, fig(40, 0, 11), fig(60, 6, 45)),
      ],
      T0 + 10,
    );
    expect(v.bands).toEqual([
      { step: 0, weight: 10, phase: 'STEPPING', from: T0, to: T0 + 4 },
      { step: 1, weight: 50, phase: 'STEPPING', from: T0 + 4, to: T0 + 10 },
    ]);
    expect(lib.bandWidths(v.bands)).toEqual([40, 60]);
  });

  it("gives each revision's error rate in % and p95, with gaps where a revision served nothing", () => {
    const v = lib.timelineView([
      sample(0, 0, 10, fig(0, 0, null), fig(0, 0, null)),
      sample(1, 0, 10, fig(200, 2, 12.5), fig(20, 5, 300)),
    ]);
    expect(v.errorRate).toEqual([
      [T0, T0 + 1],
      [null, 1],
      [null, 25],
    ]);
    expect(v.p95).toEqual([
      [T0, T0 + 1],
      [null, 12.5],
      [null, 300],
    ]);
  });

  it('keeps decisions apart from the lines, with their figures', () => {
    const decision: Sample = {
      ...sample(3, 0, 10, fig(100, 0, 10), fig(12, 12, 5)),
      kind: 'DECISION',
      phase: 'ABORTED',
    };
    const v = lib.timelineView([sample(1, 0, 10, fig(10, 0, 10), fig(1, 1, 5)), decision]);
    expect(v.decisions).toEqual([decision]);
    expect(v.errorRate[0]).toEqual([T0 + 1]);
    expect(v.bands).toHaveLength(1);
    expect(v.bands[0]).toMatchObject({ to: T0 + 3, phase: 'ABORTED' });
    expect(lib.figuresText(decision.canary)).toBe('12 requests, 12 errors (100.0 %), p95 5.0 ms');
    expect(lib.figuresText(fig(0, 0, null))).toBe('no requests');
    expect(lib.figuresText(null)).toBe('no figures');
  });

  it('draws nothing for no samples and equal slivers for bands of no length', () => {
    expect(lib.timelineView([]).bands).toEqual([]);
    expect(lib.bandWidths([])).toEqual([]);
    const one = lib.timelineView([sample(0, 0, 10, null, null)]);
    expect(lib.bandWidths(one.bands)).toEqual([100]);
  });
});
