import { inject } from 'vitest';
import { PostgresDb } from '../../src/store/postgres.js';
import { databaseNameFor } from '../../src/store/testing/pg-cluster.js';

let admin: PostgresDb | undefined;

/**
 * The environment that puts a test server's store where this run wants it: nothing (SQLite in its
 * data directory), or with STEVEDORE_TEST_STORE=pg STEVEDORE_DATABASE_URL naming a database of the
 * run's private PostgreSQL cluster, one per data directory (a server restarted on the same data
 * directory finds its database again, as it would find its SQLite file).
 */
export function storeEnv(dataDir: string): Record<string, string> {
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) return {};
  admin ??= new PostgresDb(adminUrl);
  const name = databaseNameFor(dataDir);
  if (!admin.prepare('SELECT 1 AS one FROM pg_database WHERE datname = ?').get(name))
    admin.exec(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { STEVEDORE_DATABASE_URL: url.toString() };
}

/** Which store this run's test servers use. */
export const testStore = (): 'sqlite' | 'postgres' => (inject('pgAdminUrl') ? 'postgres' : 'sqlite');

/**
 * The store of a data directory is lost (a disaster test): on PostgreSQL its database is dropped
 * (its connections ended first); on SQLite the store is the data directory's file, which the
 * test removes with the directory.
 */
export function dropStore(dataDir: string): void {
  const adminUrl = inject('pgAdminUrl');
  if (!adminUrl) return;
  admin ??= new PostgresDb(adminUrl);
  admin.exec(`DROP DATABASE IF EXISTS ${databaseNameFor(dataDir)} WITH (FORCE)`);
}

/** The tables in the store of a data directory (PostgreSQL: its database, created empty if absent). */
export function storeTables(dataDir: string): string[] {
  const url = storeEnv(dataDir).STEVEDORE_DATABASE_URL;
  if (!url) throw new Error('storeTables is for a PostgreSQL run');
  const db = new PostgresDb(url);
  try {
    return (
      db
        .prepare("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
        .all() as { table_name: string }[]
    ).map((t) => t.table_name);
  } finally {
    db.close();
  }
}
