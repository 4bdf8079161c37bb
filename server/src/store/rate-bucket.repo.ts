import type { SqlDb } from './sql.js';

/**
 * Token buckets kept in PostgreSQL, so that replicas sharing one database share each caller's
 * rate limit (issue #17: "rate limits hold across replicas"). One statement per request takes a
 * token: the refill is computed from the database's own clock (no replica's clock is compared with
 * another's), and concurrent takes on one key serialise on its row. SQLite serves one process, whose
 * buckets stay in memory (app/access/rate-limit.ts), so this repository is used on PostgreSQL only.
 */
export class RateBucketRepository {
  private takes = 0;

  constructor(private readonly db: SqlDb) {}

  /**
   * Takes one token from `key`'s bucket (`rate` a second up to `burst`): 0 when allowed, else the
   * seconds until one is there.
   */
  take(key: string, rate: number, burst: number): number {
    // Every 1,000 takes, forget the buckets idle for an hour (full again long since).
    if (++this.takes % 1000 === 0)
      this.db
        .prepare(
          'DELETE FROM rate_buckets WHERE at_ms < (extract(epoch from clock_timestamp()) * 1000)::bigint - 3600000',
        )
        .run();
    const refilled = 'LEAST(?, rate_buckets.tokens + (EXCLUDED.at_ms - rate_buckets.at_ms) / 1000.0 * ?)';
    const row = this.db
      .prepare(
        `INSERT INTO rate_buckets (key, tokens, at_ms, allowed)
         VALUES (?, ?, (extract(epoch from clock_timestamp()) * 1000)::bigint, 1)
         ON CONFLICT (key) DO UPDATE SET
           tokens = ${refilled} - CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
           allowed = CASE WHEN ${refilled} >= 1 THEN 1 ELSE 0 END,
           at_ms = EXCLUDED.at_ms
         RETURNING tokens, allowed`,
      )
      .get(key, burst - 1, burst, rate, burst, rate, burst, rate) as { tokens: number; allowed: number };
    if (Number(row.allowed) === 1) return 0;
    return Math.max(1, Math.ceil((1 - Number(row.tokens)) / rate));
  }
}
