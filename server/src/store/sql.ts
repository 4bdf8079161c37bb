/**
 * What the repositories need of a SQL database: the synchronous subset of better-sqlite3 they use.
 * better-sqlite3's Database satisfies it as it is (SQLite, the default store); PostgreSQL
 * (`postgres.ts`) implements it over the `pg` driver in a worker thread the caller blocks on.
 * Repositories depend on this interface only, never on a driver.
 */
export type SqlDialect = 'sqlite' | 'postgres';

/** What a write reports: rows changed and (SQLite only) the last rowid; prefer `RETURNING id`. */
export interface SqlRunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

/**
 * A prepared statement. Parameters are positional (`?`) or one object for `@name` placeholders,
 * as better-sqlite3 takes them.
 */
export interface SqlStatement {
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): SqlRunResult;
}

export interface SqlDb {
  /** The SQL dialect, for the few statements that differ (store.kind reads it). */
  readonly dialect: SqlDialect;
  prepare(sql: string): SqlStatement;
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): unknown;
  /**
   * Wraps `fn` so that calling the result runs it in one transaction (BEGIN ... COMMIT, rolled
   * back when it throws); called inside another transaction it becomes a savepoint.
   */
  transaction<T>(fn: () => T): () => T;
  close(): unknown;
}
