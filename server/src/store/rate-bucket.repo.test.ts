import { expect, it } from 'vitest';
import { PostgresDb } from './postgres.js';
import { RateBucketRepository } from './rate-bucket.repo.js';
import { describeEachStore } from './testing/stores.js';

// Rate limits shared by replicas on one PostgreSQL (issue #17). The repository is PostgreSQL's
// only (one SQLite process keeps its buckets in memory), so the SQLite half only checks the table.
describeEachStore('rate buckets', (open) => {
  it('two replicas (two connections) draw on one bucket per key, refilled on the database clock', async () => {
    const db = open();
    if (db.dialect !== 'postgres') {
      expect(db.prepare('SELECT COUNT(*) AS n FROM rate_buckets').get()).toEqual({ n: 0 });
      return;
    }
    const other = new PostgresDb((db as PostgresDb).url);
    try {
      const a = new RateBucketRepository(db);
      const b = new RateBucketRepository(other);
      // burst 4, 1 token a second: four takes pass, whichever replica makes them; the fifth waits 1 s.
      expect([a.take('k', 1, 4), b.take('k', 1, 4), a.take('k', 1, 4), b.take('k', 1, 4)]).toEqual([
        0, 0, 0, 0,
      ]);
      expect(a.take('k', 1, 4)).toBe(1);
      expect(b.take('k', 1, 4)).toBe(1);
      // Another key has its own bucket.
      expect(b.take('other', 1, 4)).toBe(0);
      // A refusal takes nothing: after a second there is a token again (bounded wait, no timing assertion).
      let got = -1;
      for (let i = 0; i < 40 && got !== 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        got = a.take('k', 1, 4);
      }
      expect(got).toBe(0);
    } finally {
      other.close();
    }
  });
});
