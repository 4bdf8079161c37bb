import { describe, expect, it } from 'vitest';
import type { Service } from '../domain/service.js';
import { ReconcileLine, type ReconcileSignals } from './ports.js';

describe('ReconcileLine: the use cases reach the reconcile loop through it', () => {
  const service = { id: 's1', spec: { mode: 'GLOBAL' } } as unknown as Service;

  it('before the loop is connected, a wake is dropped and no node is eligible', () => {
    const line = new ReconcileLine();
    expect(() => line.wake()).not.toThrow();
    expect(line.eligibleCount(service)).toBe(0);
  });

  it('once connected, wakes and eligibility questions reach the loop', () => {
    const asked: string[] = [];
    const loop: ReconcileSignals = {
      wake: () => asked.push('wake'),
      eligibleCount: (s) => (asked.push(`eligible ${s.id}`), 3),
    };
    const line = new ReconcileLine();
    line.connect(loop);
    line.wake();
    expect(line.eligibleCount(service)).toBe(3);
    expect(asked).toEqual(['wake', 'eligible s1']);
  });
});
