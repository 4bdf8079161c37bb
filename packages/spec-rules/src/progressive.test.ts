import { describe, expect, it } from 'vitest';
import { checkNoProgressive, checkProgressive, type ProgressiveInput } from './progressive.js';

const ctx = { mode: 'REPLICATED', published: true, replicas: 3 };
const fields = (input: ProgressiveInput, c = ctx) => checkProgressive(input, c).map((e) => e.field);

describe('canary and blue-green rules', () => {
  it('take a canary with increasing steps, analysis bounds and a blue-green keep time', () => {
    expect(
      checkProgressive(
        {
          canary: 3,
          canarySteps: [
            { weight: 10, durationMs: 0 },
            { weight: 50, durationMs: 60_000 },
            { weight: 100, durationMs: 86_400_000 },
          ],
          analysis: { maxErrorRateIncrease: 0, maxP95Ratio: 2, minP95IncreaseMs: null },
          blueGreenKeepMs: 0,
        },
        ctx,
      ),
    ).toEqual([]);
    expect(checkProgressive({ blueGreen: true, blueGreenKeepMs: 30_000 }, ctx)).toEqual([]);
    expect(checkProgressive(null, ctx)).toEqual([]);
    expect(checkProgressive({ canary: 0, blueGreen: false }, { ...ctx, published: false })).toEqual([]);
  });

  it('refuse canary and blue-green together, naming blueGreen', () => {
    expect(checkProgressive({ canary: 1, blueGreen: true }, ctx)).toEqual([
      {
        field: 'update.blueGreen',
        reason:
          'a rollout is either a canary or blue-green, not both: set canary to 0 or turn blue-green off',
      },
    ]);
  });

  it('refuse a canary larger than the replicas, or not a whole number', () => {
    expect(checkProgressive({ canary: 4 }, ctx)).toEqual([
      {
        field: 'update.canary',
        reason:
          "must be at most the service's replicas (3): the canary tasks start beside the stable ones and take their place (got 4)",
      },
    ]);
    expect(fields({ canary: 1.5 })).toEqual(['update.canary']);
    expect(fields({ canary: -1 })).toEqual(['update.canary']);
    expect(fields({ canary: NaN })).toEqual(['update.canary']);
  });

  it('refuse weights that do not increase, are over 100 or under 1, and negative durations', () => {
    expect(
      checkProgressive(
        {
          canary: 1,
          canarySteps: [
            { weight: 50, durationMs: 1000 },
            { weight: 50, durationMs: -1 },
            { weight: 20, durationMs: 0 },
            { weight: 101, durationMs: 0 },
            { weight: 0, durationMs: 1.5 },
          ],
        },
        ctx,
      ),
    ).toEqual([
      {
        field: 'update.canarySteps[1].weight',
        reason:
          'must be more than the step before (50 %): each step sends the canary a larger share (got 50)',
      },
      {
        field: 'update.canarySteps[1].durationMs',
        reason: 'must be a whole number of ms from 0 to one day (got -1)',
      },
      {
        field: 'update.canarySteps[2].weight',
        reason:
          'must be more than the step before (50 %): each step sends the canary a larger share (got 20)',
      },
      { field: 'update.canarySteps[3].weight', reason: 'must be a whole percentage from 1 to 100 (got 101)' },
      { field: 'update.canarySteps[4].weight', reason: 'must be a whole percentage from 1 to 100 (got 0)' },
      {
        field: 'update.canarySteps[4].durationMs',
        reason: 'must be a whole number of ms from 0 to one day (got 1.5)',
      },
    ]);
  });

  it('refuse negative analysis bounds and keep times', () => {
    expect(
      checkProgressive(
        { canary: 1, analysis: { maxP95Ratio: -2, minRequests: NaN }, blueGreenKeepMs: -5 },
        ctx,
      ),
    ).toEqual([
      { field: 'update.analysis.maxP95Ratio', reason: 'must be 0 or more (got -2)' },
      { field: 'update.analysis.minRequests', reason: 'must be 0 or more (got NaN)' },
      { field: 'update.blueGreenKeepMs', reason: 'must be a whole number of ms from 0 to one day (got -5)' },
    ]);
  });

  it('need a REPLICATED service with an ingress', () => {
    expect(fields({ canary: 1 }, { ...ctx, published: false })).toEqual(['update.canary']);
    expect(fields({ blueGreen: true }, { ...ctx, published: false })).toEqual(['update.blueGreen']);
    expect(fields({ blueGreen: true }, { ...ctx, mode: 'GLOBAL', replicas: 0 })).toEqual([
      'update.blueGreen',
    ]);
  });

  it('a rollback takes none of them', () => {
    expect(checkNoProgressive({ canary: 1, blueGreen: false, canarySteps: [] }).map((e) => e.field)).toEqual([
      'rollback.canary',
    ]);
    expect(checkNoProgressive({ canary: 0, analysis: null })).toEqual([]);
  });
});
