import type { Role } from '../domain/auth/roles.js';
import type { SqlDb } from './sql.js';
import { fromIso, toIso } from './json.js';

export interface User {
  id: string;
  username: string;
  passwordHash: string;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  lastLoginAt: Date | null;
}

export interface RoleBinding {
  userId: string;
  environmentId: string;
  role: Role;
  createdAt: Date;
}

interface UserRow {
  id: string;
  username: string;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

const toUser = (r: UserRow): User => ({
  id: r.id,
  username: r.username,
  passwordHash: r.password_hash,
  disabled: r.disabled === 1,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  lastLoginAt: fromIso(r.last_login_at),
});

/** Users and their role bindings (user × environment → role). */
export class UserRepository {
  constructor(private readonly db: SqlDb) {}

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  }

  list(): User[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY lower(username), username').all() as UserRow[]).map(
      toUser,
    );
  }

  get(id: string): User | undefined {
    const r = this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
    return r && toUser(r);
  }

  findByName(username: string): User | undefined {
    // Names are unique regardless of ASCII case (COLLATE NOCASE on SQLite, an index on lower() on PostgreSQL).
    const r = this.db.prepare('SELECT * FROM users WHERE lower(username) = lower(?)').get(username) as
      UserRow | undefined;
    return r && toUser(r);
  }

  insert(u: User): void {
    this.db
      .prepare(
        `INSERT INTO users (id, username, password_hash, disabled, created_at, updated_at, last_login_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        u.id,
        u.username,
        u.passwordHash,
        u.disabled ? 1 : 0,
        toIso(u.createdAt),
        toIso(u.updatedAt),
        toIso(u.lastLoginAt),
      );
  }

  update(u: User): void {
    this.db
      .prepare(
        'UPDATE users SET username = ?, password_hash = ?, disabled = ?, updated_at = ?, last_login_at = ? WHERE id = ?',
      )
      .run(u.username, u.passwordHash, u.disabled ? 1 : 0, toIso(u.updatedAt), toIso(u.lastLoginAt), u.id);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM users WHERE id = ?').run(id);
  }

  bindings(userId: string): RoleBinding[] {
    const rows = this.db
      .prepare('SELECT * FROM role_bindings WHERE user_id = ? ORDER BY environment_id')
      .all(userId) as {
      user_id: string;
      environment_id: string;
      role: string;
      created_at: string;
    }[];
    return rows.map((r) => ({
      userId: r.user_id,
      environmentId: r.environment_id,
      role: r.role as Role,
      createdAt: new Date(r.created_at),
    }));
  }

  bindingsOfEnvironment(environmentId?: string): RoleBinding[] {
    const rows = (
      environmentId
        ? this.db
            .prepare('SELECT * FROM role_bindings WHERE environment_id = ? ORDER BY user_id')
            .all(environmentId)
        : this.db.prepare('SELECT * FROM role_bindings ORDER BY environment_id, user_id').all()
    ) as { user_id: string; environment_id: string; role: string; created_at: string }[];
    return rows.map((r) => ({
      userId: r.user_id,
      environmentId: r.environment_id,
      role: r.role as Role,
      createdAt: new Date(r.created_at),
    }));
  }

  setBinding(userId: string, environmentId: string, role: Role): void {
    this.db
      .prepare(
        `INSERT INTO role_bindings (user_id, environment_id, role, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, environment_id) DO UPDATE SET role = excluded.role`,
      )
      .run(userId, environmentId, role, new Date().toISOString());
  }

  removeBinding(userId: string, environmentId: string): boolean {
    return (
      this.db
        .prepare('DELETE FROM role_bindings WHERE user_id = ? AND environment_id = ?')
        .run(userId, environmentId).changes > 0
    );
  }

  removeBindingsOfEnvironment(environmentId: string): void {
    this.db.prepare('DELETE FROM role_bindings WHERE environment_id = ?').run(environmentId);
  }
}
