import type { RateLimit } from '../../config.js';
import type { RateBucketRepository } from '../../store/rate-bucket.repo.js';

/** Takes one token of a caller's bucket: 0 when allowed, else the seconds until one is there. */
export interface RateBuckets {
  readonly limit: RateLimit;
  take(key: string): number;
}

/**
 * The buckets of replicas sharing one PostgreSQL: kept in the database, so a caller's limit is
 * the same whichever replica it reaches. `scope` keeps one limit's keys apart from another's.
 */
export class SharedTokenBuckets implements RateBuckets {
  constructor(
    readonly limit: RateLimit,
    private readonly repo: RateBucketRepository,
    private readonly scope: string,
  ) {}

  take(key: string): number {
    return this.repo.take(`${this.scope}:${key}`, this.limit.rate, this.limit.burst);
  }
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Token buckets by key (a credential's hash, a client address): `rate` tokens a second up to
 * `burst`; a request takes one. Idle buckets (full again) are forgotten when the map grows, so
 * memory stays bounded by the number of recently active callers.
 */
export class TokenBuckets implements RateBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limit: RateLimit,
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes one token: 0 when allowed, else the seconds until one is there (Retry-After). */
  take(key: string, now = Date.now()): number {
    const { rate, burst } = this.limit;
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.prune(now);
      b = { tokens: burst, at: now };
      this.buckets.set(key, b);
    } else {
      b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rate);
      b.at = now;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate));
  }

  get size(): number {
    return this.buckets.size;
  }

  private prune(now: number): void {
    const fullAfterMs = (this.limit.burst / this.limit.rate) * 1000;
    for (const [k, b] of this.buckets) if (now - b.at >= fullAfterMs) this.buckets.delete(k);
    // Still full of active callers: drop the oldest half rather than grow without bound.
    if (this.buckets.size >= this.maxKeys) {
      let n = Math.floor(this.buckets.size / 2);
      for (const k of this.buckets.keys()) {
        if (n-- <= 0) break;
        this.buckets.delete(k);
      }
    }
  }
}
