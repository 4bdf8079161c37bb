import { describe, expect, it } from 'vitest';
import { TokenBuckets } from './rate-limit.js';

describe('token buckets', () => {
  it('allow a burst, then the rate, and say when to retry', () => {
    const b = new TokenBuckets({ rate: 2, burst: 3 });
    const t = 1_000_000;
    expect([b.take('a', t), b.take('a', t), b.take('a', t)]).toEqual([0, 0, 0]);
    expect(b.take('a', t)).toBe(1);
    expect(b.take('b', t)).toBe(0); // another key has its own bucket
    expect(b.take('a', t + 500)).toBe(0); // half a second: one token back
    expect(b.take('a', t + 500)).toBeGreaterThan(0);
  });

  it('forgets idle buckets when full', () => {
    const b = new TokenBuckets({ rate: 10, burst: 10 }, 3);
    for (const k of ['a', 'b', 'c']) b.take(k, 0);
    b.take('d', 10_000);
    expect(b.size).toBe(1);
  });
});
