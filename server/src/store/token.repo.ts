import type { Role } from '../domain/auth/roles.js';
import type { SqlDb } from './sql.js';
import { fromIso, parseJson, toIso } from './json.js';

export interface ApiToken {
  id: string;
  name: string;
  userId: string;
  tokenHash: string;
  prefix: string;
  role: Role;
  /** Environment ids, or ['*'] for all. */
  environments: string[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface Row {
  id: string;
  name: string;
  user_id: string;
  token_hash: string;
  prefix: string;
  role: string;
  environments: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

const toToken = (r: Row): ApiToken => ({
  id: r.id,
  name: r.name,
  userId: r.user_id,
  tokenHash: r.token_hash,
  prefix: r.prefix,
  role: r.role as Role,
  environments: parseJson<string[]>(r.environments, []),
  createdAt: new Date(r.created_at),
  expiresAt: fromIso(r.expires_at),
  lastUsedAt: fromIso(r.last_used_at),
  revokedAt: fromIso(r.revoked_at),
});

/** API tokens, stored as hashes; a revoked token stays listed (who had what, until when). */
export class TokenRepository {
  constructor(private readonly db: SqlDb) {}

  insert(t: ApiToken): void {
    this.db
      .prepare(
        `INSERT INTO api_tokens (id, name, user_id, token_hash, prefix, role, environments, created_at, expires_at, last_used_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        t.id,
        t.name,
        t.userId,
        t.tokenHash,
        t.prefix,
        t.role,
        JSON.stringify(t.environments),
        toIso(t.createdAt),
        toIso(t.expiresAt),
        toIso(t.lastUsedAt),
        toIso(t.revokedAt),
      );
  }

  get(id: string): ApiToken | undefined {
    const r = this.db.prepare('SELECT * FROM api_tokens WHERE id = ?').get(id) as Row | undefined;
    return r && toToken(r);
  }

  findByHash(hash: string): ApiToken | undefined {
    const r = this.db.prepare('SELECT * FROM api_tokens WHERE token_hash = ?').get(hash) as Row | undefined;
    return r && toToken(r);
  }

  list(userId?: string): ApiToken[] {
    const rows = userId
      ? this.db.prepare('SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC').all(userId)
      : this.db.prepare('SELECT * FROM api_tokens ORDER BY created_at DESC').all();
    return (rows as Row[]).map(toToken);
  }

  touch(id: string, at: Date): void {
    this.db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(at.toISOString(), id);
  }

  revoke(id: string, at: Date): boolean {
    return (
      this.db
        .prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(at.toISOString(), id).changes > 0
    );
  }
}
