/**
 * Horizontal autoscaling maths, pure and clock-free (the caller passes `now`), with Kubernetes'
 * HPA semantics:
 *
 * - per metric: desired = ceil(current × value / target), unless value / target is within the
 *   tolerance band around 1 (then: current);
 * - several metrics: the largest proposal wins;
 * - the proposal is clamped to [min, max];
 * - stabilization: the recommendation history is kept; a scale-up goes at most to the *lowest*
 *   recommendation seen in the scale-up window, a scale-down at most to the *highest* one seen in
 *   the scale-down window (so a short spike or dip does not move the replica count);
 * - cooldown: no new scale action sooner than cooldownMs after the last one (a min/max violation
 *   is corrected regardless).
 */
export interface AutoscaleSpec {
  min: number;
  max: number;
  /** Average CPU per replica, as a percent of its CPU limit (or reservation, or one CPU). */
  targetCpuPercent: number | null;
  /** Average memory per replica, as a percent of its memory limit (or reservation, or the engine's limit). */
  targetMemoryPercent: number | null;
  /** Requests per second per replica, as the ingress counts them. */
  targetRequestRate: number | null;
  /** No change while value/target is within 1 ± tolerance. */
  tolerance: number;
  scaleUpStabilizationMs: number;
  scaleDownStabilizationMs: number;
  cooldownMs: number;
}

export const AUTOSCALE_DEFAULTS = {
  tolerance: 0.1,
  scaleUpStabilizationMs: 300_000,
  scaleDownStabilizationMs: 600_000,
  cooldownMs: 30_000,
} as const;

export type MetricName = 'cpu' | 'memory' | 'requestRate';

/** Measured averages per replica; null or absent = not measured this round. */
export type MetricValues = Partial<Record<MetricName, number | null>>;

export interface Recommendation {
  at: number;
  replicas: number;
}

export interface MetricProposal {
  metric: MetricName;
  value: number;
  target: number;
  ratio: number;
  replicas: number;
}

export type AutoscaleAction = 'SCALE_UP' | 'SCALE_DOWN' | 'HOLD';

export interface AutoscaleDecision {
  action: AutoscaleAction;
  current: number;
  desired: number;
  /** The proposal before stabilization (clamped to min/max); null without metrics. */
  recommended: number | null;
  /** The metric that drove the recommendation (the largest proposal). */
  metric: MetricName | null;
  value: number | null;
  target: number | null;
  proposals: MetricProposal[];
  reason: string;
  /** The history to keep for the next round (pruned, with this round's recommendation). */
  history: Recommendation[];
}

export const targetOf = (spec: AutoscaleSpec, m: MetricName): number | null =>
  m === 'cpu' ? spec.targetCpuPercent : m === 'memory' ? spec.targetMemoryPercent : spec.targetRequestRate;

const METRICS: readonly MetricName[] = ['cpu', 'memory', 'requestRate'];

export const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** One metric's proposal: ceil(current × value / target), or current within the tolerance band. */
export function proposeForMetric(current: number, value: number, target: number, tolerance: number): number {
  if (target <= 0) return current;
  const ratio = value / target;
  if (Math.abs(ratio - 1) <= tolerance) return current;
  // Floating noise (0.5 / 0.25 × 3 = 6.000000001) must not add a replica.
  return Math.max(0, Math.ceil(current * ratio - 1e-9));
}

/**
 * Kubernetes' stabilizeRecommendationWithBehaviors: the result moves from `current` towards
 * `desired` only as far as every recommendation in the relevant window agrees.
 */
export function stabilize(
  current: number,
  desired: number,
  history: readonly Recommendation[],
  now: number,
  upWindowMs: number,
  downWindowMs: number,
): number {
  let up = desired;
  let down = desired;
  for (const r of history) {
    if (r.at > now - upWindowMs) up = Math.min(up, r.replicas);
    if (r.at > now - downWindowMs) down = Math.max(down, r.replicas);
  }
  let rec = current;
  if (rec < up) rec = up;
  if (rec > down) rec = down;
  return rec;
}

const fmt = (m: MetricName, v: number) =>
  m === 'requestRate' ? `${round(v)} req/s per replica` : `${round(v)}%`;
const round = (v: number) => Math.round(v * 10) / 10;
const secs = (ms: number) => `${round(ms / 1000)}s`;

export interface DecideInput {
  spec: AutoscaleSpec;
  current: number;
  metrics: MetricValues;
  history: readonly Recommendation[];
  now: number;
  /** When the autoscaler last changed the replica count (ms), if ever. */
  lastScaleAt: number | null;
}

export function decide(input: DecideInput): AutoscaleDecision {
  const { spec, current, metrics, now } = input;
  const keepFor = Math.max(spec.scaleUpStabilizationMs, spec.scaleDownStabilizationMs);
  const history = input.history.filter((r) => r.at > now - keepFor);

  const proposals: MetricProposal[] = [];
  for (const m of METRICS) {
    const target = targetOf(spec, m);
    const value = metrics[m];
    if (target == null || value == null || !Number.isFinite(value)) continue;
    proposals.push({
      metric: m,
      value,
      target,
      ratio: value / target,
      replicas: proposeForMetric(current, value, target, spec.tolerance),
    });
  }
  const base = { current, proposals };

  if (proposals.length === 0) {
    const bounded = clamp(current, spec.min, spec.max);
    if (bounded !== current)
      return {
        ...base,
        action: bounded > current ? 'SCALE_UP' : 'SCALE_DOWN',
        desired: bounded,
        recommended: null,
        metric: null,
        value: null,
        target: null,
        reason: `${current} replicas is outside ${spec.min}..${spec.max}: scaling to ${bounded}`,
        history,
      };
    return {
      ...base,
      action: 'HOLD',
      desired: current,
      recommended: null,
      metric: null,
      value: null,
      target: null,
      reason: 'no metrics yet',
      history,
    };
  }

  const top = proposals.reduce((a, b) => (b.replicas > a.replicas ? b : a));
  const recommended = clamp(top.replicas, spec.min, spec.max);
  const stabilized = stabilize(
    current,
    recommended,
    history,
    now,
    spec.scaleUpStabilizationMs,
    spec.scaleDownStabilizationMs,
  );
  const desired = clamp(stabilized, spec.min, spec.max);
  const nextHistory = [...history, { at: now, replicas: recommended }];
  const what = `${top.metric} ${fmt(top.metric, top.value)} vs target ${fmt(top.metric, top.target)}`;
  const out = {
    ...base,
    recommended,
    metric: top.metric,
    value: top.value,
    target: top.target,
    history: nextHistory,
  };

  const outOfBounds = current < spec.min || current > spec.max;
  if (
    desired !== current &&
    !outOfBounds &&
    input.lastScaleAt !== null &&
    now - input.lastScaleAt < spec.cooldownMs
  )
    return {
      ...out,
      action: 'HOLD',
      desired: current,
      reason: `${what}: would scale ${current} → ${desired}, cooling down (${secs(spec.cooldownMs - (now - input.lastScaleAt))} left)`,
    };

  let reason: string;
  if (desired === current) {
    if (recommended === current) reason = `${what}: within tolerance or at bounds, ${current} replicas`;
    else if (recommended > current)
      reason = `${what}: recommends ${recommended}, held at ${current} by the scale-up stabilization window (${secs(spec.scaleUpStabilizationMs)})`;
    else
      reason = `${what}: recommends ${recommended}, held at ${current} by the scale-down stabilization window (${secs(spec.scaleDownStabilizationMs)})`;
  } else {
    reason = `${what}: ${current} → ${desired} replicas`;
    if (desired !== recommended) reason += ` (recommends ${recommended}, stabilized)`;
    if (top.replicas !== recommended) reason += ` (clamped to ${spec.min}..${spec.max})`;
  }
  return {
    ...out,
    action: desired > current ? 'SCALE_UP' : desired < current ? 'SCALE_DOWN' : 'HOLD',
    desired,
    reason,
  };
}

export interface AutoscaleInput {
  min?: number | null;
  max?: number | null;
  targetCpuPercent?: number | null;
  targetMemoryPercent?: number | null;
  targetRequestRate?: number | null;
  tolerance?: number | null;
  scaleUpStabilizationMs?: number | null;
  scaleDownStabilizationMs?: number | null;
  cooldownMs?: number | null;
}

/** Validates an autoscale block; errors name `${field}.<key>`. */
export function checkAutoscale(
  input: AutoscaleInput,
  field = 'autoscale',
  maxReplicas = 1000,
): { value: AutoscaleSpec; errors: { field: string; reason: string }[] } {
  const errors: { field: string; reason: string }[] = [];
  const min = input.min ?? 1;
  const max = input.max ?? Math.max(min, 10);
  const int = (k: string, v: number, lo: number, hi: number) => {
    if (!Number.isInteger(v) || v < lo || v > hi)
      errors.push({
        field: `${field}.${k}`,
        reason: `must be a whole number from ${lo} to ${hi} (got ${v})`,
      });
  };
  int('min', min, 1, maxReplicas);
  int('max', max, 1, maxReplicas);
  if (Number.isInteger(min) && Number.isInteger(max) && min > max)
    errors.push({ field: `${field}.min`, reason: `min (${min}) must not be above max (${max})` });
  const pos = (k: string, v: number | null | undefined, hi: number) => {
    if (v == null) return null;
    if (!(typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= hi))
      errors.push({
        field: `${field}.${k}`,
        reason: `must be a number above 0 and at most ${hi} (got ${v})`,
      });
    return v;
  };
  const targetCpuPercent = pos('targetCpuPercent', input.targetCpuPercent, 100_000);
  const targetMemoryPercent = pos('targetMemoryPercent', input.targetMemoryPercent, 100);
  const targetRequestRate = pos('targetRequestRate', input.targetRequestRate, 1_000_000);
  if (targetCpuPercent == null && targetMemoryPercent == null && targetRequestRate == null)
    errors.push({
      field: `${field}.targetCpuPercent`,
      reason: 'give at least one target: targetCpuPercent, targetMemoryPercent or targetRequestRate',
    });
  const tolerance = input.tolerance ?? AUTOSCALE_DEFAULTS.tolerance;
  if (!(tolerance >= 0 && tolerance < 1))
    errors.push({ field: `${field}.tolerance`, reason: `must be from 0 to below 1 (got ${tolerance})` });
  const ms = (k: 'scaleUpStabilizationMs' | 'scaleDownStabilizationMs' | 'cooldownMs') => {
    const v = input[k] ?? AUTOSCALE_DEFAULTS[k];
    int(k, v, 0, 3_600_000);
    return v;
  };
  return {
    value: {
      min,
      max,
      targetCpuPercent,
      targetMemoryPercent,
      targetRequestRate,
      tolerance,
      scaleUpStabilizationMs: ms('scaleUpStabilizationMs'),
      scaleDownStabilizationMs: ms('scaleDownStabilizationMs'),
      cooldownMs: ms('cooldownMs'),
    },
    errors,
  };
}
