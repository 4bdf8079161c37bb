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
