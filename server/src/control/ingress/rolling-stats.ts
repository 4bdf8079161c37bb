import type { StatsSnapshot, WindowStats } from '../../app/ingress.js';
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
  /** When each latency in the ring was recorded (ms since epoch). */
  private readonly times: Float64Array;
  private latencyCount = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly seconds = 120,
    latencyWindow = 4096,
  ) {
    this.buckets = Array.from({ length: seconds }, () => ({ second: -1, requests: 0, errors: 0 }));
    this.latencies = new Float64Array(latencyWindow);
    this.times = new Float64Array(latencyWindow);
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
    const i = this.latencyCount++ % this.latencies.length;
    this.latencies[i] = latencyMs;
    this.times[i] = this.now();
  }

  /**
   * The last `windowMs` alone: requests, errors and latency percentiles of the requests recorded
   * in it (at most the last `latencyWindow` of them for the percentiles).
   */
  window(windowMs: number): WindowStats {
    const from = this.now() - windowMs;
    const n = Math.min(this.latencyCount, this.latencies.length);
    const picked: number[] = [];
    for (let i = 0; i < n; i++) if (this.times[i]! >= from) picked.push(this.latencies[i]!);
    const sorted = picked.sort((a, b) => a - b);
    const { requestRate, errorRate } = this.rates(windowMs);
    const secs = this.coveredSeconds(windowMs);
    return {
      windowMs,
      requests: Math.round(requestRate * secs),
      errors: Math.round(errorRate * secs),
      latencyMs: { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) },
    };
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
    const secs = this.coveredSeconds(windowMs);
    return { requestRate: requests / secs, errorRate: errors / secs };
  }

  /** The seconds `rates` divides by: the whole ones in the window, the current one partial. */
  private coveredSeconds(windowMs: number): number {
    const span = Math.max(1, Math.min(this.seconds - 1, Math.ceil(windowMs / 1000)));
    return Math.max(span - 1 + (this.now() % 1000) / 1000, 1);
  }

  snapshot(windowMs = 60_000): StatsSnapshot {
    const n = Math.min(this.latencyCount, this.latencies.length);
    const sorted = Array.from(this.latencies.subarray(0, n)).sort((a, b) => a - b);
    const q = (p: number) => quantile(sorted, p);
    const mean = n ? sorted.reduce((a, b) => a + b, 0) / n : 0;
    return {
      requests: this.requests,
      errors: this.errors,
      retries: this.retries,
      ...this.rates(windowMs),
      latencyMs: { p50: q(0.5), p90: q(0.9), p95: q(0.95), p99: q(0.99), mean, max: n ? sorted[n - 1]! : 0 },
    };
  }
}

/** The nearest-rank quantile of sorted values; 0 when there are none. */
function quantile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  return n ? sorted[Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1))]! : 0;
}
