import { expect, it } from 'vitest';
import { FencedDb, FencedError, type Fence } from './fenced-db.js';
import { LeaseRepository } from './lease.repo.js';
import { describeEachStore } from './testing/stores.js';

/** A fence by hand: the token this "replica" holds, whether its local deadline holds, the refusals. */
function fence(token: number | null, valid = true): Fence & { refused: string[] } {
  const refused: string[] = [];
  return { token: () => token, valid: () => valid, fenced: (r) => void refused.push(r), refused };
}

describeEachStore('fenced writes', (open) => {
  it('refuse a deposed leader once another holds the lease, and never a follower', async () => {
    const db = open();
    const leases = new LeaseRepository(db);
    const fenced = new FencedDb(db, () => leases.tokenNow('leader'));
    const write = (v: string) =>
      fenced
        .prepare(
          "INSERT INTO meta (key, value) VALUES ('probe', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )
        .run(v);
    const read = () =>
      (fenced.prepare("SELECT value FROM meta WHERE key = 'probe'").get() as { value: string } | undefined)
        ?.value;

    const a = leases.acquire('leader', 'a', null, 1)!;
    const asA = fence(a.token);
    fenced.fence = asA;
    write('a1');
    fenced.transaction(() => write('a2'))();
    expect(read()).toBe('a2');

    // a's lease (1 ms) expires and b takes it: token 2. a, still believing it leads, is refused,
    // outside a transaction and inside one, and nothing it wrote there lands.
    const deadline = Date.now() + 2000;
    let b = leases.acquire('leader', 'b', null, 60_000);
    while (!b && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 5));
      b = leases.acquire('leader', 'b', null, 60_000);
    }
    expect(b?.token).toBe(a.token + 1);
    expect(() => write('a3')).toThrow(FencedError);
    expect(() =>
      fenced.transaction(() => {
        write('a4');
      })(),
    ).toThrow(/token is 2, this replica holds 1/);
    expect(read()).toBe('a2');
    expect(asA.refused).toHaveLength(2);

    // Past its local deadline it is refused before the database is asked.
    const late = fence(b!.token, false);
    fenced.fence = late;
    expect(() => write('b-late')).toThrow(/local deadline/);
    // b, within its deadline and token, writes; a follower (no token) writes unfenced.
    fenced.fence = fence(b!.token);
    write('b1');
    fenced.fence = fence(null);
    write('follower');
    expect(read()).toBe('follower');
  });
});
