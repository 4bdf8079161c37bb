import { describe, expect, it } from 'vitest';
import { Balancer, type Pickable } from './balancer.js';
import { CircuitBreaker } from './circuit-breaker.js';

const backend = (key: string, inFlight = 0): Pickable => ({
  key,
  inFlight,
  draining: false,
  breaker: new CircuitBreaker({ failureThreshold: 1, resetTimeoutMs: 60_000 }),
});

describe('Balancer', () => {
  it('round robin visits every replica in turn', () => {
    const list = [backend('a'), backend('b'), backend('c')];
    const b = new Balancer('ROUND_ROBIN');
    expect(Array.from({ length: 6 }, () => b.pick(list)!.key)).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
  });

  it('skips draining, excluded and open replicas', () => {
    const list = [backend('a'), backend('b'), backend('c')];
    list[0]!.draining = true;
    list[2]!.breaker.onFailure();
    const b = new Balancer('ROUND_ROBIN');
    expect([b.pick(list)!.key, b.pick(list)!.key]).toEqual(['b', 'b']);
    expect(b.pick(list, new Set(['b']))).toBeNull();
  });

  it('least connections prefers the idlest replica', () => {
    const list = [backend('a', 3), backend('b', 1), backend('c', 1)];
    const b = new Balancer('LEAST_CONNECTIONS');
    const first = b.pick(list)!;
    expect(['b', 'c']).toContain(first.key);
    first.inFlight++;
    expect(b.pick(list)!.key).toBe(first.key === 'b' ? 'c' : 'b');
  });

  it('returns null without replicas', () => {
    expect(new Balancer().pick([])).toBeNull();
  });
});
