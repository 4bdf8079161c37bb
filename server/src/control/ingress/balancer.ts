import type { IngressAlgorithm } from '../../domain/service.js';
import type { CircuitBreaker } from './circuit-breaker.js';

/** What the balancer needs of a replica. */
export interface Pickable {
  key: string;
  inFlight: number;
  /** Out of rotation: its task is being stopped. */
  draining: boolean;
  breaker: CircuitBreaker;
}

/**
 * Round robin (each eligible replica in turn) and least connections (fewest requests in flight,
 * ties in round-robin order). Eligible: not draining, not excluded (already tried for this
 * request), breaker CLOSED or HALF_OPEN with its trial slot free. The chosen replica's breaker is
 * acquired; a replica whose breaker refuses at that moment is skipped.
 */
export class Balancer<T extends Pickable> {
  private next = 0;

  constructor(public algorithm: IngressAlgorithm = 'ROUND_ROBIN') {}

  pick(backends: readonly T[], exclude: ReadonlySet<string> = new Set()): T | null {
    const n = backends.length;
    if (n === 0) return null;
    const start = this.next % n;
    const order: T[] = [];
    for (let i = 0; i < n; i++) order.push(backends[(start + i) % n]!);
    let candidates = order.filter((b) => !b.draining && !exclude.has(b.key) && b.breaker.canAttempt());
    if (this.algorithm === 'LEAST_CONNECTIONS' && candidates.length > 1) {
      const least = Math.min(...candidates.map((b) => b.inFlight));
      candidates = candidates.filter((b) => b.inFlight === least);
    }
    for (const b of candidates) {
      if (!b.breaker.tryAcquire()) continue;
      this.next = backends.indexOf(b) + 1;
      return b;
    }
    return null;
  }
}
