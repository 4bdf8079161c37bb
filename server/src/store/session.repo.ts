import type { SqlDb } from './sql.js';
import { fromIso, toIso } from './json.js';

export interface Session {
  id: string;
  tokenHash: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date | null;
  ip: string;
  userAgent: string;
  revokedAt: Date | null;
}

interface Row {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string | null;
  ip: string;
  user_agent: string;
  revoked_at: string | null;
}

const toSession = (r: Row): Session => ({
  id: r.id,
  tokenHash: r.token_hash,
  userId: r.user_id,
  createdAt: new Date(r.created_at),
  expiresAt: new Date(r.expires_at),
  lastSeenAt: fromIso(r.last_seen_at),
  ip: r.ip,
  userAgent: r.user_agent,
  revokedAt: fromIso(r.revoked_at),
});

/** Dashboard sessions behind the http-only cookie, stored as the hash of the cookie's token. */
export class SessionRepository {
  constructor(private readonly db: SqlDb) {}

  insert(s: Session): void {
    this.db
      .prepare(
        `INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at, last_seen_at, ip, user_agent, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        s.id,
        s.tokenHash,
        s.userId,
        toIso(s.createdAt),
        toIso(s.expiresAt),
        toIso(s.lastSeenAt),
        s.ip,
        s.userAgent,
        toIso(s.revokedAt),
      );
  }

  get(id: string): Session | undefined {
    const r = this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as Row | undefined;
    return r && toSession(r);
  }

  findByHash(hash: string): Session | undefined {
    const r = this.db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(hash) as Row | undefined;
    return r && toSession(r);
  }

  ofUser(userId: string): Session[] {
    return (
      this.db
        .prepare('SELECT * FROM sessions WHERE user_id = ? ORDER BY created_at DESC')
        .all(userId) as Row[]
    ).map(toSession);
  }

  touch(id: string, at: Date): void {
    this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?').run(at.toISOString(), id);
  }

  revoke(id: string, at: Date): boolean {
    return (
      this.db
        .prepare('UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(at.toISOString(), id).changes > 0
    );
  }

  revokeUser(userId: string, at: Date): void {
    this.db
      .prepare('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL')
      .run(at.toISOString(), userId);
  }

  /** Sessions dead for a day are of no use to anyone: forgotten. */
  prune(before: Date): number {
    const iso = before.toISOString();
    return this.db.prepare('DELETE FROM sessions WHERE expires_at < ? OR revoked_at < ?').run(iso, iso)
      .changes;
  }
}
