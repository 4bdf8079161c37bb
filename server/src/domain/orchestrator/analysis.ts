import type { CanaryAnalysis, RevisionCounters } from '../service.js';

/**
 * The canary analysis: the ingress counts requests, 5xx answers and a latency histogram per
 * revision (cumulative counters); a step's figures are the difference between the counters now
 * and at the step's start, and judgeStep compares the canary's with the stable revision's.
 */

/** Upper bounds of the latency histogram's buckets, ms (the last one is open). */
export const LATENCY_BOUNDS_MS = [
  1,
  2.5,
  5,
  10,
  25,
  50,
  100,
  250,
  500,
  1000,
  2500,
  5000,
  10_000,
  Number.POSITIVE_INFINITY,
];

export const emptyCounters = (): RevisionCounters => ({
  requests: 0,
  errors: 0,
  buckets: LATENCY_BOUNDS_MS.map(() => 0),
});

export function bucketOf(latencyMs: number): number {
  const i = LATENCY_BOUNDS_MS.findIndex((b) => latencyMs <= b);
  return i < 0 ? LATENCY_BOUNDS_MS.length - 1 : i;
}

/** One request into a revision's counters (mutates them: the ingress's hot path). */
export function count(c: RevisionCounters, latencyMs: number, error: boolean): void {
  c.requests++;
  if (error) c.errors++;
  c.buckets[bucketOf(latencyMs)]!++;
}

/** A revision's figures over an interval. */
export interface Figures {
  requests: number;
  errors: number;
  /** errors / requests; 0 without requests. */
  errorRate: number;
  /** Interpolated in the histogram's bucket; null without requests. */
  p95Ms: number | null;
}

export interface StepFigures {
  stable: Figures;
  canary: Figures;
}

/** The counters `after` minus `before`; a counter that went down (the ingress restarted) counts from 0. */
export function figuresBetween(before: RevisionCounters | null, after: RevisionCounters): Figures {
  const reset = !before || after.requests < before.requests;
  const base = reset ? emptyCounters() : before;
  const requests = after.requests - base.requests;
  const errors = after.errors - base.errors;
  const buckets = after.buckets.map((n, i) => n - (base.buckets[i] ?? 0));
  return {
    requests,
    errors,
    errorRate: requests > 0 ? errors / requests : 0,
    p95Ms: quantile(buckets, 0.95),
  };
}

/** The q-quantile of a histogram over LATENCY_BOUNDS_MS, interpolated linearly within its bucket. */
export function quantile(buckets: readonly number[], q: number): number | null {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = q * total;
  let seen = 0;
  for (let i = 0; i < buckets.length; i++) {
    const n = buckets[i]!;
    if (n > 0 && seen + n >= rank) {
      const lower = i === 0 ? 0 : LATENCY_BOUNDS_MS[i - 1]!;
      const upper = LATENCY_BOUNDS_MS[i]!;
      if (!Number.isFinite(upper)) return lower;
      return lower + ((upper - lower) * (rank - seen)) / n;
    }
    seen += n;
  }
  return LATENCY_BOUNDS_MS[LATENCY_BOUNDS_MS.length - 2]!;
}

export interface Verdict {
  verdict: 'pass' | 'fail' | 'wait';
  reason: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const ms = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} ms`);

/** The figures in words, as events and the audit log carry them. */
export function describeFigures(f: StepFigures): string {
  return (
    `canary ${f.canary.requests} requests, ${pct(f.canary.errorRate)} errors, p95 ${ms(f.canary.p95Ms)}; ` +
    `stable ${f.stable.requests} requests, ${pct(f.stable.errorRate)} errors, p95 ${ms(f.stable.p95Ms)}`
  );
}

/**
 * A step's verdict. `fail` as soon as the canary has served `minRequests` in the step and its
 * error rate exceeds the stable one's by more than maxErrorRateIncrease, or its p95 is more than
 * maxP95Ratio times the stable one's and minP95IncreaseMs above it (a failing canary is stopped
 * early, not at the step's end). `pass` once the step is over with at least minRequests served
 * and no failure. `wait` otherwise: a step without enough canary requests lasts until it has them.
 */
export function judgeStep(a: CanaryAnalysis, f: StepFigures, stepOver: boolean): Verdict {
  const { canary, stable } = f;
  if (canary.requests < a.minRequests)
    return {
      verdict: 'wait',
      reason: `the canary has served ${canary.requests} of the ${a.minRequests} requests needed to judge`,
    };
  const increase = canary.errorRate - stable.errorRate;
  if (increase > a.maxErrorRateIncrease)
    return {
      verdict: 'fail',
      reason: `canary error rate ${pct(canary.errorRate)} is ${pct(increase)} above the stable ${pct(stable.errorRate)} (at most ${pct(a.maxErrorRateIncrease)} allowed)`,
    };
  if (
    canary.p95Ms !== null &&
    stable.p95Ms !== null &&
    canary.p95Ms > stable.p95Ms * a.maxP95Ratio &&
    canary.p95Ms - stable.p95Ms > a.minP95IncreaseMs
  )
    return {
      verdict: 'fail',
      reason: `canary p95 ${ms(canary.p95Ms)} is over ${a.maxP95Ratio} × the stable ${ms(stable.p95Ms)}`,
    };
  if (!stepOver) return { verdict: 'wait', reason: 'the step is not over' };
  return { verdict: 'pass', reason: 'error rate and p95 latency within bounds' };
}
