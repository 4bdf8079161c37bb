import { BreakerState, type BreakerTransition } from '../../app/ingress.js';

/**
 * The seed's circuit breaker (CLOSED → OPEN after `failureThreshold` consecutive failures; after
 * `resetTimeoutMs` one trial request goes through in HALF_OPEN: success closes, failure reopens),
 * made clock-injectable and non-throwing for the ingress: `tryAcquire()` says whether a request
 * may go to the replica now and reserves the single trial slot in HALF_OPEN.
 */

export interface BreakerOptions {
  failureThreshold: number;
  resetTimeoutMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = { failureThreshold: 5, resetTimeoutMs: 60_000 };

export class CircuitBreaker {
  private current: BreakerState = 'CLOSED';
  private failureCount = 0;
  private nextAttempt = 0;
  private trialInFlight = false;
  readonly transitions: BreakerTransition[] = [];

  constructor(
    public opts: BreakerOptions = DEFAULT_BREAKER,
    private readonly now: () => number = Date.now,
    private readonly onTransition?: (t: BreakerTransition) => void,
  ) {}

  /** The state as a caller would find it: an OPEN breaker whose reset timeout passed is HALF_OPEN. */
  get state(): BreakerState {
    if (this.current === 'OPEN' && this.now() >= this.nextAttempt) return 'HALF_OPEN';
    return this.current;
  }

  get consecutiveFailures(): number {
    return this.failureCount;
  }

  /** When an OPEN breaker lets a trial through. */
  get retryAt(): Date | null {
    return this.current === 'OPEN' ? new Date(this.nextAttempt) : null;
  }

  /** Whether a request could go now, without reserving anything (for picking). */
  canAttempt(): boolean {
    const s = this.state;
    if (s === 'CLOSED') return true;
    if (s === 'HALF_OPEN') return !this.trialInFlight;
    return false;
  }

  /** Reserves the right to send one request; in HALF_OPEN only one trial at a time. */
  tryAcquire(): boolean {
    if (this.current === 'CLOSED') return true;
    if (this.current === 'OPEN') {
      if (this.now() < this.nextAttempt) return false;
      this.move('HALF_OPEN', 'reset timeout passed: one trial request');
    }
    if (this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  onSuccess(): void {
    this.failureCount = 0;
    this.trialInFlight = false;
    if (this.current !== 'CLOSED') this.move('CLOSED', 'trial request succeeded');
  }

  onFailure(reason = 'request failed'): void {
    this.failureCount++;
    const wasTrial = this.current === 'HALF_OPEN';
    this.trialInFlight = false;
    if (wasTrial || (this.current === 'CLOSED' && this.failureCount >= this.opts.failureThreshold)) {
      this.nextAttempt = this.now() + this.opts.resetTimeoutMs;
      this.move(
        'OPEN',
        wasTrial ? `trial failed: ${reason}` : `${this.failureCount} consecutive failures: ${reason}`,
      );
    }
  }

  /** A request that was acquired but never sent (e.g. the client went away): frees the trial slot. */
  release(): void {
    this.trialInFlight = false;
  }

  private move(to: BreakerState, reason: string): void {
    const t = { from: this.current, to, at: new Date(this.now()), reason };
    this.current = to;
    this.transitions.push(t);
    if (this.transitions.length > 20) this.transitions.shift();
    this.onTransition?.(t);
  }
}
