import type { SqlDb } from './sql.js';

/** A lease as stored: who holds it, its fencing token, and times on the database's clock (ms). */
export interface Lease {
  name: string;
  /** The instance id holding it; '' once released. */
  holder: string;
  token: number;
  expiresAt: number;
  acquiredAt: number;
  /** The database's clock when this was read (ms): the lease is held while expiresAt > now. */
  now: number;
}

/** What an acquire or a renew got: the token held and until when (database clock, ms). */
export interface LeaseGrant {
  token: number;
  expiresAt: number;
  acquiredAt: number;
}

/**
 * The database's clock in ms since the epoch, so that replicas on several machines never compare
 * their own clocks (clock_timestamp: the time of the statement, not of the transaction).
 */
const NOW_MS = {
  sqlite: `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`,
  postgres: `(extract(epoch from clock_timestamp()) * 1000)::bigint`,
} as const;

/**
 * Leases (control/leadership.ts): one conditional statement takes or renews a lease, so two
 * replicas racing for it cannot both win; the token changes with every change of holder (the
 * fencing token checked by fenced writes and engine calls).
 */
export class LeaseRepository {
  private readonly now: string;

  constructor(private readonly db: SqlDb) {
    this.now = NOW_MS[db.dialect];
  }

  /**
   * Takes the lease for `ms` when it is free or expired, or renews it when `holder` holds it with
   * token `held` (a renew keeps the token; a take increments it). Null: someone else holds it.
   * A holder restarted with the same id but without its token waits for the lease to expire.
   */
  acquire(name: string, holder: string, held: number | null, ms: number): LeaseGrant | null {
    const mine = 'leases.holder = excluded.holder AND leases.token = @held';
    const r = this.db
      .prepare(
        `INSERT INTO leases (name, holder, token, expires_at, acquired_at)
           VALUES (@name, @holder, 1, ${this.now} + @ms, ${this.now})
         ON CONFLICT(name) DO UPDATE SET
           token = CASE WHEN ${mine} THEN leases.token ELSE leases.token + 1 END,
           acquired_at = CASE WHEN ${mine} THEN leases.acquired_at ELSE excluded.acquired_at END,
           holder = excluded.holder,
           expires_at = excluded.expires_at
         WHERE (${mine}) OR leases.expires_at <= excluded.acquired_at
         RETURNING token, expires_at, acquired_at`,
      )
      .get({ name, holder, held: held ?? -1, ms }) as
      { token: number; expires_at: number; acquired_at: number } | undefined;
    return r
      ? { token: Number(r.token), expiresAt: Number(r.expires_at), acquiredAt: Number(r.acquired_at) }
      : null;
  }

  /** Gives the lease up (a clean stop): the next replica need not wait for it to expire. */
  release(name: string, holder: string, token: number): boolean {
    return (
      this.db
        .prepare(`UPDATE leases SET holder = '', expires_at = 0 WHERE name = ? AND holder = ? AND token = ?`)
        .run(name, holder, token).changes > 0
    );
  }

  /** The lease as stored, with the database's clock; undefined when never taken. */
  get(name: string): Lease | undefined {
    const r = this.db
      .prepare(
        `SELECT name, holder, token, expires_at, acquired_at, ${this.now} AS now FROM leases WHERE name = ?`,
      )
      .get(name) as
      | { name: string; holder: string; token: number; expires_at: number; acquired_at: number; now: number }
      | undefined;
    return (
      r && {
        name: r.name,
        holder: r.holder,
        token: Number(r.token),
        expiresAt: Number(r.expires_at),
        acquiredAt: Number(r.acquired_at),
        now: Number(r.now),
      }
    );
  }

  /**
   * The fencing check, inside the caller's transaction: the lease's token now. On PostgreSQL the
   * row is locked FOR SHARE until that transaction ends, so no replica can take the lease between
   * this check and the commit of the writes it guards.
   */
  tokenNow(name: string): number | undefined {
    const lock = this.db.dialect === 'postgres' ? ' FOR SHARE' : '';
    const r = this.db.prepare(`SELECT token FROM leases WHERE name = ?${lock}`).get(name) as
      { token: number } | undefined;
    return r && Number(r.token);
  }
}
