import type { CanaryAnalysis } from '../service.js';

/**
 * The canary analysis: over each step, the ingress's figures of the canary revision (requests,
 * 5xx answers, p95 latency) are compared with the stable revision's by judgeStep.
 */

/** A revision's figures over an interval. */
export interface Figures {
  requests: number;
  errors: number;
  /** errors / requests; 0 without requests. */
  errorRate: number;
  /** null without requests. */
  p95Ms: number | null;
}

export interface StepFigures {
  stable: Figures;
  canary: Figures;
}

export function figures(requests: number, errors: number, p95Ms: number | null): Figures {
  return {
    requests,
    errors,
    errorRate: requests > 0 ? errors / requests : 0,
    p95Ms: requests > 0 ? p95Ms : null,
  };
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
