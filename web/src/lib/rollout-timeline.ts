/**
 * A canary or blue-green rollout's timeline as the service page draws it: the steps as bands with
 * their weights, each revision's error rate and p95 as uPlot columns (x in seconds), and the
 * decisions. Pure, so server/test/unit/web-rollout-timeline.test.ts checks it.
 */

export interface FiguresLike {
  requests: number;
  errors: number;
  errorRate: number;
  p95Ms: number | null;
}

export interface SampleLike {
  at: string;
  /** SAMPLE or DECISION */
  kind: string;
  step: number;
  weight: number;
  phase: string | null;
  stable: FiguresLike | null;
  canary: FiguresLike | null;
}

export interface Band {
  step: number;
  weight: number;
  phase: string | null;
  /** Seconds since the epoch. */
  from: number;
  to: number;
}

export type Columns = [number[], (number | null)[], (number | null)[]];

export interface TimelineView<S extends SampleLike> {
  bands: Band[];
  /** Error rate in % of each revision's requests: [x, stable, canary]; null where it served none. */
  errorRate: Columns;
  /** p95 in ms: [x, stable, canary]; null where it served none. */
  p95: Columns;
  decisions: S[];
}

const sec = (iso: string) => Date.parse(iso) / 1000;
const rate = (f: FiguresLike | null) => (f && f.requests > 0 ? Math.round(f.errorRate * 1000) / 10 : null);
const p95 = (f: FiguresLike | null) => (f && f.requests > 0 ? f.p95Ms : null);

/**
 * Samples (oldest first, as Rollout.timeline gives them) into bands, columns and decisions. A band
 * starts where the step or the weight changes and ends where the next starts (the last one at the
 * newest point, or `untilSec` when the rollout is still going).
 */
export function timelineView<S extends SampleLike>(samples: S[], untilSec?: number): TimelineView<S> {
  const points = [...samples].sort((a, b) => sec(a.at) - sec(b.at));
  const bands: Band[] = [];
  const errorRate: Columns = [[], [], []];
  const lat: Columns = [[], [], []];
  const decisions: S[] = [];
  for (const s of points) {
    const t = sec(s.at);
    const last = bands[bands.length - 1];
    if (!last || last.step !== s.step || last.weight !== s.weight) {
      if (last) last.to = t;
      bands.push({ step: s.step, weight: s.weight, phase: s.phase, from: t, to: t });
    } else {
      last.to = t;
      last.phase = s.phase ?? last.phase;
    }
    if (s.kind === 'DECISION') decisions.push(s);
    else {
      errorRate[0].push(t);
      errorRate[1].push(rate(s.stable));
      errorRate[2].push(rate(s.canary));
      lat[0].push(t);
      lat[1].push(p95(s.stable));
      lat[2].push(p95(s.canary));
    }
  }
  const tail = bands[bands.length - 1];
  if (tail && untilSec !== undefined && untilSec > tail.to) tail.to = untilSec;
  return { bands, errorRate, p95: lat, decisions };
}

/** Each band's share of the time shown, in % (a zero-length band still gets a sliver). */
export function bandWidths(bands: Band[]): number[] {
  if (!bands.length) return [];
  const span = bands[bands.length - 1]!.to - bands[0]!.from;
  if (span <= 0) return bands.map(() => 100 / bands.length);
  return bands.map((b) => Math.max(0.5, ((b.to - b.from) / span) * 100));
}

/** One revision's figures in words, for the decision and the legend. */
export function figuresText(f: FiguresLike | null): string {
  if (!f) return 'no figures';
  if (f.requests === 0) return 'no requests';
  const p = f.p95Ms === null ? '' : `, p95 ${f.p95Ms.toFixed(1)} ms`;
  return `${f.requests} requests, ${f.errors} errors (${(f.errorRate * 100).toFixed(1)} %)${p}`;
}
