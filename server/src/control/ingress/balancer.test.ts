import { describe, expect, it } from 'vitest';
import { Balancer, type Pickable } from './balancer.js';
import { CircuitBreaker } from './circuit-breaker.js';

const backend = (key: string, inFlight = 0, revision = 1): Pickable => ({
  key,
  revision,
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

  it('splits requests between revisions by weight, exactly and interleaved', () => {
    const list = [backend('a1', 0, 1), backend('b1', 0, 1), backend('c2', 0, 2)];
    const b = new Balancer('ROUND_ROBIN');
    const weights = (r: number) => (r === 2 ? 20 : 80);
    const picks = Array.from({ length: 1000 }, () => b.pick(list, new Set(), weights)!);
    expect(picks.filter((p) => p.revision === 2)).toHaveLength(200);
    // Never two canary picks in a row at 20 %.
    expect(picks.some((p, i) => p.revision === 2 && picks[i + 1]?.revision === 2)).toBe(false);
    expect(new Set(picks.filter((p) => p.revision === 1).map((p) => p.key))).toEqual(new Set(['a1', 'b1']));
  });

  it('sends nothing to a revision at 0 % while another can answer, and falls back when none can', () => {
    const list = [backend('old', 0, 1), backend('new', 0, 2)];
    const b = new Balancer('ROUND_ROBIN');
    const allNew = (r: number) => (r === 2 ? 100 : 0);
    expect(Array.from({ length: 4 }, () => b.pick(list, new Set(), allNew)!.key)).toEqual([
      'new',
      'new',
      'new',
      'new',
    ]);
    list[1]!.probeDown = true;
    expect(b.pick(list, new Set(), allNew)!.key).toBe('old');
  });

  it('returns null without replicas', () => {
    expect(new Balancer().pick([])).toBeNull();
  });
});
