import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations.js';
import { pgSchemaTypes } from './pg-dialect.js';
import type { SqlDb } from './sql.js';

/** What repositories hold: a database of either dialect (store/sql.ts). */
export type Db = SqlDb;

/** The SQLite store: better-sqlite3's Database, marked with its dialect. */
export type SqliteDb = Database.Database & { readonly dialect: 'sqlite' };

export const isSqlite = (db: SqlDb): db is SqliteDb => db.dialect === 'sqlite';

/**
 * Opens the embedded SQLite store in WAL mode (readers never block the single writer, and a
 * kill -9 loses at most the transaction in flight) and brings its schema up to date.
 */
export function openDatabase(file: string, list: Migration[] = migrations): SqliteDb {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = Object.assign(new Database(file), { dialect: 'sqlite' as const });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, list);
  cacheStatements(db);
  return db;
}

/**
 * Repositories call `db.prepare(sql)` where they query; SQLite compiles the statement on every
 * call, which was a tenth of an idle control plane's CPU (500 tasks: every reconcile pass looked
 * each one up). The same SQL text now gets the same compiled statement. No code changes a
 * statement's mode (pluck, raw, expand) nor iterates one, so sharing them is safe; the cache is
 * bounded (statements past the bound are compiled each time, as before).
 */
function cacheStatements(db: SqliteDb, bound = 500): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    let st = cache.get(sql);
    if (!st) {
      st = prepare(sql);
      if (cache.size < bound) cache.set(sql, st);
    }
    return st;
  }) as SqliteDb['prepare'];
}

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its own transaction and
 * in the database's dialect (a migration's `pg` text on PostgreSQL). Returns how many ran.
 */
export function migrate(db: SqlDb, list: Migration[]): number {
  // PostgreSQL may be shared by several control planes starting at once: one migrates at a time.
  if (db.dialect === 'postgres') db.exec(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    return migrateLocked(db, list);
  } finally {
    if (db.dialect === 'postgres') db.exec(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}

/** The advisory lock key migrations hold on PostgreSQL ('stvd' in ASCII). */
const MIGRATION_LOCK = 0x73747664;

function migrateLocked(db: SqlDb, list: Migration[]): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const pending = [...list].sort((a, b) => a.version - b.version).filter((m) => m.version > current);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(migrationText(m, db.dialect));
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    })();
  }
  return pending.length;
}

/** A migration's SQL in a dialect: SQLite's `up`; on PostgreSQL its `pg` text (else `up`) in PostgreSQL's types. */
export function migrationText(m: Migration, dialect: SqlDb['dialect']): string {
  return dialect === 'sqlite' ? m.up : pgSchemaTypes(m.pg ?? m.up);
}
