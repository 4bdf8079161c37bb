import type { FieldError } from './field-error.js';

/** The analysis thresholds of a canary step, by name (each 0 or more). */
export const CANARY_ANALYSIS_KEYS = [
  'maxErrorRateIncrease',
  'maxP95Ratio',
  'minP95IncreaseMs',
  'minRequests',
] as const;
export type CanaryAnalysisKey = (typeof CANARY_ANALYSIS_KEYS)[number];

/** The canary and blue-green settings of `update`, as the API takes them (all optional). */
export interface ProgressiveInput {
  canary?: number | null;
  canarySteps?: readonly { weight: number; durationMs: number }[] | null;
  analysis?: Partial<Record<CanaryAnalysisKey, number | null>> | null;
  blueGreen?: boolean | null;
  blueGreenKeepMs?: number | null;
}

/** What the progressive settings are judged against: the rest of the service's spec. */
export interface ProgressiveContext {
  /** REPLICATED or GLOBAL. */
  mode: string;
  /** Whether the service has an ingress block (the ingress splits the requests). */
  published: boolean;
  /** The service's desired task count. */
  replicas: number;
}

/** The longest step and the longest blue-green keep time: one day. */
export const MAX_PROGRESSIVE_MS = 86_400_000;

const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/**
 * The progressive settings of a service's `update` block: `canary` a whole number of tasks from 0
 * to the service's replicas; steps whose weights are whole percentages up to 100, each larger than
 * the one before, with durations from 0 ms to a day; analysis bounds of at least 0; not both canary
 * and blue-green; neither for a GLOBAL service nor for one without an ingress.
 */
export function checkProgressive(
  input: ProgressiveInput | null | undefined,
  ctx: ProgressiveContext,
  field = 'update',
): FieldError[] {
  const errors: FieldError[] = [];
  if (!input) return errors;
  const canary = input.canary ?? 0;
  if (!whole(canary, 0, 100))
    errors.push({
      field: `${field}.canary`,
      reason: `must be a whole number of tasks from 0 to 100 (got ${canary})`,
    });
  else if (canary > 0 && ctx.mode !== 'GLOBAL' && canary > ctx.replicas)
    errors.push({
      field: `${field}.canary`,
      reason: `must be at most the service's replicas (${ctx.replicas}): the canary tasks start beside the stable ones and take their place (got ${canary})`,
    });
  const blueGreen = input.blueGreen ?? false;
  if (canary > 0 && blueGreen)
    errors.push({
      field: `${field}.blueGreen`,
      reason: 'a rollout is either a canary or blue-green, not both: set canary to 0 or turn blue-green off',
    });
  const progressive = canary > 0 || blueGreen;
  const at = `${field}.${canary > 0 ? 'canary' : 'blueGreen'}`;
  if (progressive && ctx.mode === 'GLOBAL')
    errors.push({
      field: at,
      reason: 'a GLOBAL service runs one task per node: canary and blue-green need a REPLICATED service',
    });
  if (progressive && !ctx.published)
    errors.push({
      field: at,
      reason:
        'the ingress splits the requests between the revisions: give the service an ingress block to use canary or blue-green',
    });
  (input.canarySteps ?? []).forEach((st, i, steps) => {
    const f = `${field}.canarySteps[${i}]`;
    const before = steps[i - 1]?.weight;
    if (!whole(st.weight, 1, 100))
      errors.push({
        field: `${f}.weight`,
        reason: `must be a whole percentage from 1 to 100 (got ${st.weight})`,
      });
    else if (before !== undefined && st.weight <= before)
      errors.push({
        field: `${f}.weight`,
        reason: `must be more than the step before (${before} %): each step sends the canary a larger share (got ${st.weight})`,
      });
    if (!whole(st.durationMs, 0, MAX_PROGRESSIVE_MS))
      errors.push({
        field: `${f}.durationMs`,
        reason: `must be a whole number of ms from 0 to one day (got ${st.durationMs})`,
      });
  });
  for (const k of CANARY_ANALYSIS_KEYS) {
    const v = input.analysis?.[k];
    if (v === undefined || v === null) continue;
    if (!(Number.isFinite(v) && v >= 0))
      errors.push({ field: `${field}.analysis.${k}`, reason: `must be 0 or more (got ${v})` });
  }
  const keep = input.blueGreenKeepMs;
  if (keep !== undefined && keep !== null && !whole(keep, 0, MAX_PROGRESSIVE_MS))
    errors.push({
      field: `${field}.blueGreenKeepMs`,
      reason: `must be a whole number of ms from 0 to one day (got ${keep})`,
    });
  return errors;
}

/** A rollback is a plain rolling update: its config takes none of the progressive settings. */
export function checkNoProgressive(
  input: ProgressiveInput | null | undefined,
  field = 'rollback',
): FieldError[] {
  const errors: FieldError[] = [];
  for (const k of ['canary', 'canarySteps', 'analysis', 'blueGreen', 'blueGreenKeepMs'] as const) {
    const v = input?.[k];
    if (v === undefined || v === null || v === 0 || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    errors.push({
      field: `${field}.${k}`,
      reason: 'a rollback is a plain rolling update: canary and blue-green settings belong in update',
    });
  }
  return errors;
}
