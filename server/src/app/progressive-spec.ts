import {
  checkNoProgressive,
  checkProgressive,
  CANARY_ANALYSIS_KEYS,
  type FieldError,
  type ProgressiveInput,
} from '@stevedore/spec-rules';
import { DEFAULT_CANARY_ANALYSIS, type CanaryAnalysis, type UpdateConfig } from '../domain/service.js';

export type { ProgressiveInput };

/** A rollback is a plain rolling update: its config takes none of the progressive settings. */
export function noProgressive(input: ProgressiveInput | null | undefined, errors: FieldError[]): void {
  errors.push(...checkNoProgressive(input, 'rollback'));
}

type ProgressiveSettings = Pick<
  UpdateConfig,
  'canary' | 'canarySteps' | 'analysis' | 'blueGreen' | 'blueGreenKeepMs'
>;

/**
 * The progressive settings of a service's `update` block, checked by @stevedore/spec-rules'
 * checkProgressive (the dashboard's form runs the same rules). Absent settings stay absent (a plain
 * rolling update); analysis bounds not given take DEFAULT_CANARY_ANALYSIS.
 */
export function progressiveSettings(
  input: ProgressiveInput | null | undefined,
  ctx: { mode: string; published: boolean; replicas: number },
  errors: FieldError[],
): ProgressiveSettings {
  const out: ProgressiveSettings = {};
  if (!input) return out;
  errors.push(...checkProgressive(input, ctx, 'update'));
  if ((input.canary ?? 0) > 0) out.canary = input.canary!;
  if (input.blueGreen) out.blueGreen = true;
  if (input.canarySteps?.length)
    out.canarySteps = input.canarySteps.map((st) => ({ weight: st.weight, durationMs: st.durationMs }));
  if (input.analysis) {
    const a: CanaryAnalysis = { ...DEFAULT_CANARY_ANALYSIS };
    for (const k of CANARY_ANALYSIS_KEYS) {
      const v = input.analysis[k];
      if (v !== undefined && v !== null) a[k] = v;
    }
    out.analysis = a;
  }
  if (input.blueGreenKeepMs !== undefined && input.blueGreenKeepMs !== null)
    out.blueGreenKeepMs = input.blueGreenKeepMs;
  return out;
}
