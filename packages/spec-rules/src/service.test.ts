import { describe, expect, it } from 'vitest';
import { checkReplicas, checkRolloutNumbers, checkStopTimeout, checkWholeAtLeastZero } from './service.js';

describe('service numbers', () => {
  it('replicas: whole, 0 to 1000', () => {
    expect(checkReplicas(0)).toEqual([]);
    expect(checkReplicas(1000)).toEqual([]);
    expect(checkReplicas(1001)).toEqual([
      { field: 'replicas', reason: 'must be a whole number from 0 to 1000 (got 1001)' },
    ]);
    expect(checkReplicas(1.5)[0]?.reason).toBe('must be a whole number from 0 to 1000 (got 1.5)');
  });

  it('stop timeout: whole seconds, 0 to 3600', () => {
    expect(checkStopTimeout(3600)).toEqual([]);
    expect(checkStopTimeout(-1)).toEqual([
      { field: 'stopTimeoutSec', reason: 'must be a whole number of seconds from 0 to 3600 (got -1)' },
    ]);
  });

  it('whole ≥ 0 names the field it is given', () => {
    expect(checkWholeAtLeastZero(0, 'x')).toEqual([]);
    expect(checkWholeAtLeastZero(NaN, 'a.b')).toEqual([
      { field: 'a.b', reason: 'must be a whole number ≥ 0 (got NaN)' },
    ]);
  });

  it('rollout numbers: counts ≥ 0, a failure ratio from 0 to 1', () => {
    const ok = { parallelism: 1, delayMs: 0, monitorMs: 5000, minReadyMs: 0, maxFailureRatio: 0.5 };
    expect(checkRolloutNumbers(ok, 'update')).toEqual([]);
    expect(checkRolloutNumbers({ ...ok, delayMs: -5, maxFailureRatio: NaN }, 'rollback')).toEqual([
      { field: 'rollback.delayMs', reason: 'must be a whole number ≥ 0 (got -5)' },
      { field: 'rollback.maxFailureRatio', reason: 'must be between 0 and 1 (got NaN)' },
    ]);
    expect(checkRolloutNumbers({ ...ok, minReadyMs: 1.5 }, 'update')).toEqual([
      { field: 'update.minReadyMs', reason: 'must be a whole number ≥ 0 (got 1.5)' },
    ]);
  });
});
