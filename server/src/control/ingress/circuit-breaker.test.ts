import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';

describe('CircuitBreaker', () => {
  const make = (threshold = 3, reset = 1000) => {
    let t = 0;
    const b = new CircuitBreaker({ failureThreshold: threshold, resetTimeoutMs: reset }, () => t);
    return { b, advance: (ms: number) => (t += ms) };
  };

  it('opens after the threshold of consecutive failures', () => {
    const { b } = make(3);
    b.onFailure();
    b.onSuccess(); // resets the count
    b.onFailure();
    b.onFailure();
    expect(b.state).toBe('CLOSED');
    b.onFailure();
    expect(b.state).toBe('OPEN');
    expect(b.tryAcquire()).toBe(false);
    expect(b.canAttempt()).toBe(false);
  });

  it('half-opens after the reset timeout and lets one trial through', () => {
    const { b, advance } = make(1, 1000);
    b.onFailure();
    advance(999);
    expect(b.state).toBe('OPEN');
    advance(1);
    expect(b.state).toBe('HALF_OPEN');
    expect(b.tryAcquire()).toBe(true);
    expect(b.tryAcquire()).toBe(false); // one trial at a time
    b.onSuccess();
    expect(b.state).toBe('CLOSED');
    expect(b.transitions.map((t) => t.to)).toEqual(['OPEN', 'HALF_OPEN', 'CLOSED']);
  });

  it('reopens when the trial fails, for another reset timeout', () => {
    const { b, advance } = make(2, 500);
    b.onFailure();
    b.onFailure();
    advance(500);
    expect(b.tryAcquire()).toBe(true);
    b.onFailure('ECONNREFUSED');
    expect(b.state).toBe('OPEN');
    expect(b.transitions.at(-1)!.reason).toMatch(/trial failed: ECONNREFUSED/);
    advance(499);
    expect(b.tryAcquire()).toBe(false);
    advance(1);
    expect(b.tryAcquire()).toBe(true);
  });

  it('frees the trial slot on release', () => {
    const { b, advance } = make(1, 10);
    b.onFailure();
    advance(10);
    expect(b.tryAcquire()).toBe(true);
    b.release();
    expect(b.tryAcquire()).toBe(true);
  });
});
