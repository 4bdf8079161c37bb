import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { openDatabase } from '../database.js';
import { migrations, type Migration } from '../migrations.js';
import { openPostgres, PostgresDb } from '../postgres.js';
import type { SqlDb } from '../sql.js';
import { PgCluster } from './pg-cluster.js';

/** Opens a fresh, empty database of the store under test with `list` (default: every migration) applied. */
export type OpenDb = (list?: Migration[]) => SqlDb;

/**
 * Runs the same tests on both stores: SQLite in memory, and PostgreSQL on a private cluster (one
 * per call, started before the first test, a new database per `open`), the latter skipped where
 * PostgreSQL is not installed. Every database opened is closed after its test.
 */
export function describeEachStore(title: string, body: (open: OpenDb) => void): void {
  const opened: SqlDb[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  describe(`${title} (SQLite)`, () => {
    body((list = migrations) => track(opened, openDatabase(':memory:', list)));
  });
  describe.skipIf(!PgCluster.available())(`${title} (PostgreSQL)`, () => {
    let cluster: PgCluster | undefined;
    let admin: PostgresDb | undefined;
    let n = 0;
    beforeAll(() => {
      cluster = PgCluster.start();
      admin = new PostgresDb(cluster.url());
    });
    afterAll(async () => {
      admin?.close();
      await cluster?.stop();
    });
    body((list = migrations) => {
      const name = `test_${++n}`;
      admin!.exec(`CREATE DATABASE ${name}`);
      return track(opened, openPostgres(cluster!.url(name), list));
    });
  });
}

function track(opened: SqlDb[], db: SqlDb): SqlDb {
  opened.push(db);
  return db;
}
