import type { FieldError } from '@stevedore/spec-rules';
import {
  DEFAULT_CANARY_ANALYSIS,
  type CanaryAnalysis,
  type CanaryStep,
  type UpdateConfig,
} from '../domain/service.js';

/** The canary and blue-green settings of `update` as the API takes them (all optional). */
export interface ProgressiveInput {
  canary?: number | null;
  canarySteps?: { weight: number; durationMs: number }[] | null;
  analysis?: Partial<CanaryAnalysis> | null;
  blueGreen?: boolean | null;
  blueGreenKeepMs?: number | null;
}

/** A rollback is a plain rolling update: its config takes none of the progressive settings. */
export function noProgressive(input: ProgressiveInput | null | undefined, errors: FieldError[]): void {
  for (const k of ['canary', 'canarySteps', 'analysis', 'blueGreen', 'blueGreenKeepMs'] as const) {
    const v = input?.[k];
    if (v === undefined || v === null || v === 0 || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    errors.push({
      field: `rollback.${k}`,
      reason: 'a rollback is a plain rolling update: canary and blue-green settings belong in update',
    });
  }
}

type ProgressiveSettings = Pick<
  UpdateConfig,
  'canary' | 'canarySteps' | 'analysis' | 'blueGreen' | 'blueGreenKeepMs'
>;

const whole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/**
 * The progressive settings of a service's `update` block, checked: `canary` a whole number of
 * tasks (0..100), steps with whole weights 1..100 that never go down and durations of at least
 * 0 ms, analysis bounds of at least 0, not both canary and blue-green, neither for a GLOBAL
 * service nor for one without an ingress (the split is the ingress's). Absent settings stay
 * absent (a plain rolling update).
 */
export function progressiveSettings(
  input: ProgressiveInput | null | undefined,
  mode: string,
  published: boolean,
  errors: FieldError[],
): ProgressiveSettings {
  const out: ProgressiveSettings = {};
  if (!input) return out;
  const canary = input.canary ?? 0;
  if (!whole(canary, 0, 100))
    errors.push({
      field: 'update.canary',
      reason: `must be a whole number of tasks from 0 to 100, not ${canary}`,
    });
  const blueGreen = input.blueGreen ?? false;
  if (canary > 0 && blueGreen)
    errors.push({
      field: 'update.blueGreen',
      reason: 'a rollout is either a canary or blue-green, not both',
    });
  if ((canary > 0 || blueGreen) && mode === 'GLOBAL')
    errors.push({
      field: canary > 0 ? 'update.canary' : 'update.blueGreen',
      reason: 'a GLOBAL service runs one task per node: canary and blue-green need a REPLICATED service',
    });
  if ((canary > 0 || blueGreen) && !published)
    errors.push({
      field: canary > 0 ? 'update.canary' : 'update.blueGreen',
      reason:
        'the ingress splits the requests between the revisions: give the service an ingress block to use canary or blue-green',
    });
  if (canary > 0) out.canary = canary;
  if (blueGreen) out.blueGreen = true;
  if (input.canarySteps?.length) {
    const steps: CanaryStep[] = [];
    input.canarySteps.forEach((st, i) => {
      const field = `update.canarySteps[${i}]`;
      if (!whole(st.weight, 1, 100))
        errors.push({
          field: `${field}.weight`,
          reason: `must be a whole percentage from 1 to 100, not ${st.weight}`,
        });
      else if (i > 0 && st.weight < input.canarySteps![i - 1]!.weight)
        errors.push({
          field: `${field}.weight`,
          reason: 'a step never sends the canary less than the step before',
        });
      if (!whole(st.durationMs, 0, 86_400_000))
        errors.push({
          field: `${field}.durationMs`,
          reason: `must be a whole number of ms from 0 to one day, not ${st.durationMs}`,
        });
      steps.push({ weight: st.weight, durationMs: st.durationMs });
    });
    out.canarySteps = steps;
  }
  if (input.analysis) {
    const a: CanaryAnalysis = { ...DEFAULT_CANARY_ANALYSIS };
    for (const k of Object.keys(DEFAULT_CANARY_ANALYSIS) as (keyof CanaryAnalysis)[]) {
      const v = input.analysis[k];
      if (v === undefined || v === null) continue;
      if (!(Number.isFinite(v) && v >= 0))
        errors.push({ field: `update.analysis.${k}`, reason: `must be 0 or more, not ${v}` });
      else a[k] = v;
    }
    out.analysis = a;
  }
  if (input.blueGreenKeepMs !== undefined && input.blueGreenKeepMs !== null) {
    if (!whole(input.blueGreenKeepMs, 0, 86_400_000))
      errors.push({
        field: 'update.blueGreenKeepMs',
        reason: `must be a whole number of ms from 0 to one day, not ${input.blueGreenKeepMs}`,
      });
    out.blueGreenKeepMs = input.blueGreenKeepMs;
  }
  return out;
}
