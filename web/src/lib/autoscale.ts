import type { AutoscaleStatusQuery } from '@/gql/graphql';
import type { LiveEvent } from './events';

/*
 * The autoscaling panel's picture, from three sources: the loop's recent evaluations
 * (autoscaleStatus.decisions, in the control plane's memory, the last 50), the
 * autoscaler.decision events (kept in the event log: every scale, and each change of reason
 * while holding) and what the page saw itself while open (one sample per status answer).
 */

export type Status = AutoscaleStatusQuery['autoscaleStatus'];
export type Decision = Status['decisions'][number];

/** One point in time: replicas wanted (target) and running (current), and the metric against its target. */
export interface Point {
  t: number;
  target: number;
  current: number | null;
  value: number | null;
  goal: number | null;
}

/** A decision shown on the chart, with its reason. */
export interface Marker {
  t: number;
  action: string;
  current: number;
  desired: number;
  metric: string | null;
  value: number | null;
  target: number | null;
  reason: string;
  applied: boolean;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** An autoscaler.decision event as a marker (null when its data is not one). */
export function markerOfEvent(e: LiveEvent): Marker | null {
  if (e.kind !== 'autoscaler.decision' || !e.data || typeof e.data !== 'object') return null;
  const d = e.data as Record<string, unknown>;
  const current = num(d.current);
  const desired = num(d.desired);
  if (current === null || desired === null || typeof d.action !== 'string') return null;
  return {
    t: new Date(e.time).getTime(),
    action: d.action,
    current,
    desired,
    metric: typeof d.metric === 'string' ? d.metric : null,
    value: num(d.value),
    target: num(d.target),
    reason: typeof d.reason === 'string' ? d.reason : e.message,
    applied: d.applied === true,
  };
}

export const markerOfDecision = (d: Decision): Marker => ({
  t: new Date(d.at).getTime(),
  action: d.action,
  current: d.current,
  desired: d.desired,
  metric: d.metric,
  value: d.value,
  target: d.target,
  reason: d.reason,
  applied: d.applied,
});

/** The same decision seen as an event and in the status: same move, within 2 s. */
const same = (a: Marker, b: Marker) =>
  a.action === b.action &&
  a.current === b.current &&
  a.desired === b.desired &&
  a.reason === b.reason &&
  Math.abs(a.t - b.t) < 2000;

/**
 * The markers: every scale, and every hold whose reason differs from the hold before it (as
 * the loop announces them), newest last, at most `max`.
 */
export function markers(events: Marker[], decisions: Decision[], max = 60): Marker[] {
  const all: Marker[] = [];
  for (const m of [...events, ...decisions.map(markerOfDecision)].sort((a, b) => a.t - b.t))
    if (!all.some((x) => same(x, m))) all.push(m);
  const shown: Marker[] = [];
  let lastHold: string | null = null;
  for (const m of all) {
    if (m.action === 'HOLD') {
      const key = m.reason.replace(/[\d.]+/g, '#');
      if (key === lastHold) continue;
      lastHold = key;
    } else lastHold = null;
    shown.push(m);
  }
  return shown.slice(-max);
}

/** The value a metric name reads in the status' metrics. */
export function metricNow(status: Status, metric: string | null): number | null {
  if (metric === 'memory') return status.metrics.memoryPercent;
  if (metric === 'requestRate') return status.metrics.requestRate;
  return status.metrics.cpuPercent;
}

/** The metric the panel charts: the first target of the spec (CPU, then memory, then request rate). */
export function chartedMetric(spec: Status['spec']): { metric: string; target: number | null; unit: string } {
  if (!spec || spec.targetCpuPercent != null)
    return { metric: 'cpu', target: spec?.targetCpuPercent ?? null, unit: '%' };
  if (spec.targetMemoryPercent != null)
    return { metric: 'memory', target: spec.targetMemoryPercent, unit: '%' };
  return { metric: 'requestRate', target: spec.targetRequestRate ?? null, unit: 'req/s' };
}

/**
 * The series over time: each evaluation the status holds (current before, desired after), the
 * page's own samples, oldest first, the last `max`.
 */
export function points(decisions: Decision[], samples: Point[], metric: string, max = 300): Point[] {
  const out: Point[] = decisions.map((d) => ({
    t: new Date(d.at).getTime(),
    target: d.desired,
    current: d.current,
    value: d.metric === metric || d.metric === null ? d.value : null,
    goal: d.metric === metric ? d.target : null,
  }));
  const seen = new Set(out.map((p) => p.t));
  for (const s of samples) if (!seen.has(s.t)) out.push(s);
  return out.sort((a, b) => a.t - b.t).slice(-max);
}

export interface PolicyForm {
  min: string;
  max: string;
  targetCpuPercent: string;
  targetMemoryPercent: string;
  targetRequestRate: string;
  tolerance: string;
  scaleUpStabilizationMs: string;
  scaleDownStabilizationMs: string;
  cooldownMs: string;
}

export type PolicyField = keyof PolicyForm;

const str = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function formOfSpec(spec: Status['spec'], replicas: number): PolicyForm {
  return {
    min: str(spec?.min ?? Math.max(1, replicas)),
    max: str(spec?.max ?? Math.max(1, replicas) * 2),
    targetCpuPercent: str(spec ? spec.targetCpuPercent : 70),
    targetMemoryPercent: str(spec?.targetMemoryPercent),
    targetRequestRate: str(spec?.targetRequestRate),
    tolerance: str(spec?.tolerance),
    scaleUpStabilizationMs: str(spec?.scaleUpStabilizationMs),
    scaleDownStabilizationMs: str(spec?.scaleDownStabilizationMs),
    cooldownMs: str(spec?.cooldownMs),
  };
}

const INTS: PolicyField[] = [
  'min',
  'max',
  'scaleUpStabilizationMs',
  'scaleDownStabilizationMs',
  'cooldownMs',
];

/**
 * The form as an AutoscaleInput: blank fields are left out (the server's defaults), anything
 * that is not a number is an error on its field. The server checks the rest (min ≤ max, at
 * least one target...) and its refusals land on the same fields.
 */
export function inputOfForm(f: PolicyForm): {
  input: Record<string, number>;
  errors: Partial<Record<PolicyField, string>>;
} {
  const input: Record<string, number> = {};
  const errors: Partial<Record<PolicyField, string>> = {};
  for (const k of Object.keys(f) as PolicyField[]) {
    const raw = f[k].trim();
    if (!raw) continue;
    const n = Number(raw);
    if (!Number.isFinite(n)) errors[k] = `"${raw}" is not a number`;
    else if (INTS.includes(k) && !Number.isInteger(n)) errors[k] = 'must be a whole number';
    else input[k] = n;
  }
  return { input, errors };
}

/** A server field ("autoscale.min", "input.min", "min") as the form's field, if it is one. */
export function policyField(field: string, form: PolicyForm): PolicyField | null {
  const k = field.replace(/^(spec\.|patch\.)?(autoscale|input)\./, '');
  return k in form ? (k as PolicyField) : null;
}
