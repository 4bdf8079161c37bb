import type { IngressAlgorithm } from '../../domain/service.js';
import type { CircuitBreaker } from './circuit-breaker.js';

/** A revision's share of new requests (any non-negative number, e.g. a percent). */
export type RevisionWeights = (revision: number) => number;

/** What the balancer needs of a replica. */
export interface Pickable {
  key: string;
  /** The service revision the replica runs (traffic is split by revision when weights are set). */
  revision: number;
  inFlight: number;
  /** Out of rotation: its task is being stopped. */
  draining: boolean;
  /** Out of rotation: the active health probe failed `unhealthyThreshold` times in a row. */
  probeDown?: boolean;
  breaker: CircuitBreaker;
}

/**
 * Two steps per request.
 *
 * 1. The revision, when `weights` are given (a share per revision, any non-negative number,
 *    e.g. a percent): smooth weighted round robin (nginx's) over the revisions that have an
 *    eligible replica and a positive share, so 1,000 requests at `{1: 80, 2: 20}` give revision 2
 *    exactly 200 of them, evenly spaced. Revisions with a share of 0 get no new requests
 *    while a weighted revision has an eligible replica; when none has, every eligible replica is
 *    a candidate (an answer from the old revision beats a 503). No weights: every replica alike.
 * 2. The replica within those candidates: round robin (each in turn) or least connections
 *    (fewest requests in flight, ties in round-robin order).
 *
 * Eligible: not draining, not down by the active probe, not excluded (already tried for this
 * request), breaker CLOSED or HALF_OPEN with its trial slot free. The chosen replica's breaker is
 * acquired; a replica whose breaker refuses at that moment is skipped.
 */
export class Balancer<T extends Pickable> {
  private next = 0;
  /** Smooth weighted round robin state per revision. */
  private readonly current = new Map<number, number>();

  constructor(public algorithm: IngressAlgorithm = 'ROUND_ROBIN') {}

  pick(
    backends: readonly T[],
    exclude: ReadonlySet<string> = new Set(),
    weights: RevisionWeights | null = null,
  ): T | null {
    const n = backends.length;
    if (n === 0) return null;
    const start = this.next % n;
    const order: T[] = [];
    for (let i = 0; i < n; i++) order.push(backends[(start + i) % n]!);
    let candidates = order.filter(
      (b) => !b.draining && !b.probeDown && !exclude.has(b.key) && b.breaker.canAttempt(),
    );
    if (weights && candidates.length) {
      const revision = this.pickRevision(new Set(candidates.map((b) => b.revision)), weights);
      if (revision !== null) candidates = candidates.filter((b) => b.revision === revision);
    }
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

  /** Smooth weighted round robin among `present` revisions with a positive weight; null: none has one. */
  private pickRevision(present: ReadonlySet<number>, weights: RevisionWeights): number | null {
    let total = 0;
    let best: number | null = null;
    for (const r of present) {
      const w = weights(r);
      if (!(w > 0)) continue;
      total += w;
      const c = (this.current.get(r) ?? 0) + w;
      this.current.set(r, c);
      if (best === null || c > this.current.get(best)!) best = r;
    }
    if (best !== null) this.current.set(best, this.current.get(best)! - total);
    for (const r of this.current.keys()) if (!(weights(r) > 0)) this.current.delete(r);
    return best;
  }
}
