import type { StatsSnapshot } from '../../app/ingress.js';
/**
 * Request counters for one service's ingress: totals since start, a per-second ring for rates
 * over the last minute, and the latencies of the last `latencyWindow` requests for percentiles.
 */
interface Bucket {
  second: number;
  requests: number;
  errors: number;
}

export class RollingStats {
  requests = 0;
  errors = 0;
  retries = 0;
  private readonly buckets: Bucket[];
  private readonly latencies: Float64Array;
  private latencyCount = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly seconds = 120,
    latencyWindow = 4096,
  ) {
    this.buckets = Array.from({ length: seconds }, () => ({ second: -1, requests: 0, errors: 0 }));
    this.latencies = new Float64Array(latencyWindow);
  }

  record(latencyMs: number, error: boolean): void {
    this.requests++;
    if (error) this.errors++;
    const sec = Math.floor(this.now() / 1000);
    const b = this.buckets[sec % this.seconds]!;
    if (b.second !== sec) {
      b.second = sec;
      b.requests = 0;
      b.errors = 0;
    }
    b.requests++;
    if (error) b.errors++;
    this.latencies[this.latencyCount++ % this.latencies.length] = latencyMs;
  }

  /** Requests and errors per second over the last `windowMs` (whole seconds, the current one partial). */
  rates(windowMs = 60_000): { requestRate: number; errorRate: number } {
    const nowMs = this.now();
    const nowSec = Math.floor(nowMs / 1000);
    const span = Math.max(1, Math.min(this.seconds - 1, Math.ceil(windowMs / 1000)));
    let requests = 0;
    let errors = 0;
    for (const b of this.buckets)
      if (b.second > nowSec - span && b.second <= nowSec) {
        requests += b.requests;
        errors += b.errors;
      }
    // The current second is partial: divide by the time actually covered.
    const covered = span - 1 + (nowMs % 1000) / 1000;
    const secs = Math.max(covered, 1);
    return { requestRate: requests / secs, errorRate: errors / secs };
  }

  snapshot(windowMs = 60_000): StatsSnapshot {
    const n = Math.min(this.latencyCount, this.latencies.length);
    const sorted = Array.from(this.latencies.subarray(0, n)).sort((a, b) => a - b);
    const q = (p: number) => (n ? sorted[Math.min(n - 1, Math.ceil(p * n) - 1)]! : 0);
    const mean = n ? sorted.reduce((a, b) => a + b, 0) / n : 0;
    return {
      requests: this.requests,
      errors: this.errors,
      retries: this.retries,
      ...this.rates(windowMs),
      latencyMs: { p50: q(0.5), p90: q(0.9), p99: q(0.99), mean, max: n ? sorted[n - 1]! : 0 },
    };
  }
}
