import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, PostgresDb } from '../../store/postgres.js';
import { PgCluster } from '../../store/testing/pg-cluster.js';
import { packFiles } from '../volumes/tar.js';
import {
  latestSchemaVersion,
  MANIFEST,
  PG_DUMP_FILE,
  readSnapshot,
  restorePgSnapshot,
  restoreSnapshot,
  storeDumper,
  writeSnapshot,
} from './snapshot.js';

/**
 * Snapshots of a PostgreSQL store on a real private cluster: pg_dump into the same tar and
 * manifest as SQLite's, pg_restore into an empty database after the same checks.
 */
describe.skipIf(!PgCluster.available())(
  'control-plane snapshots of a PostgreSQL store',
  { timeout: 60_000 },
  () => {
    let cluster: PgCluster;
    let n = 0;
    const open: PostgresDb[] = [];
    const dirs: string[] = [];
    const tmp = () => {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-snapshot-test-'));
      dirs.push(d);
      return d;
    };
    const database = async () => cluster.createDatabase(`snap_${++n}`);
    const track = (db: PostgresDb) => (open.push(db), db);
    const tables = (url: string) =>
      track(new PostgresDb(url))
        .prepare("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'")
        .get() as { n: number };

    beforeAll(() => {
      cluster = PgCluster.start();
    });
    afterEach(() => {
      for (const db of open.splice(0)) db.close();
      for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
    });
    afterAll(async () => {
      await cluster?.stop();
    });

    /** A migrated store with a probe row and an encrypted-looking secret, snapshotted. */
    async function snapshot() {
      const url = await database();
      const db = track(openPostgres(url));
      db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").run();
      const dir = tmp();
      const w = await writeSnapshot(storeDumper(db), { dir, name: 'snap.tar', installationId: 'abc' });
      // Written after the dump: not in the snapshot.
      db.prepare("INSERT INTO meta (key, value) VALUES ('later', 'not kept')").run();
      return { url, file: path.join(dir, 'snap.tar'), w };
    }

    it('round-trips through pg_dump and pg_restore: the manifest, the rows, the schema version', async () => {
      const { file, w } = await snapshot();
      expect(w.manifest).toMatchObject({
        kind: 'stevedore-control-plane',
        store: 'postgres',
        installationId: 'abc',
        schemaVersion: latestSchemaVersion(),
      });
      expect(w.manifest.files.map((f) => f.name)).toEqual([PG_DUMP_FILE]);
      expect((await readSnapshot(file)).store).toBe('postgres');
      const into = await database();
      const m = await restorePgSnapshot(file, into);
      expect(m.schemaVersion).toBe(latestSchemaVersion());
      const db = track(new PostgresDb(into));
      expect(db.prepare("SELECT value FROM meta WHERE key = 'probe'").get()).toEqual({ value: 'kept' });
      expect(db.prepare("SELECT value FROM meta WHERE key = 'later'").get()).toBeUndefined();
      expect(db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({
        v: latestSchemaVersion(),
      });
      // The restored database is a store as it was: opening it applies no migration and works.
      const again = track(openPostgres(into));
      expect(again.prepare("SELECT value FROM meta WHERE key = 'probe'").get()).toEqual({ value: 'kept' });
    });

    it('refuses a database that already has tables, and leaves it as it was', async () => {
      const { url, file } = await snapshot();
      await expect(restorePgSnapshot(file, url)).rejects.toThrow(
        /is not empty \(.*\); restore only into an empty database/,
      );
      const db = track(new PostgresDb(url));
      expect(db.prepare("SELECT value FROM meta WHERE key = 'later'").get()).toEqual({ value: 'not kept' });
    });

    it('refuses a snapshot whose tar fails its checksum, and restores nothing', async () => {
      const { file } = await snapshot();
      const b = fs.readFileSync(file);
      b[b.length - 2000]! ^= 1;
      fs.writeFileSync(file, b);
      const into = await database();
      await expect(restorePgSnapshot(file, into)).rejects.toThrow(/checksum mismatch/);
      expect(tables(into).n).toBe(0);
    });

    it('refuses a dump that differs from its manifest entry, and one from a newer schema', async () => {
      const { w } = await snapshot();
      const dir = tmp();
      const forge = async (name: string, manifest: object, files: Record<string, Buffer>) => {
        const f = path.join(dir, name);
        await pipeline(
          packFiles([
            { name: MANIFEST, content: Buffer.from(JSON.stringify(manifest)) },
            ...Object.entries(files).map(([n, content]) => ({ name: n, content })),
          ]),
          fs.createWriteStream(f),
        );
        return f;
      };
      const into = await database();
      const swapped = await forge('swapped.tar', w.manifest, { [PG_DUMP_FILE]: Buffer.from('PGDMP not it') });
      await expect(restorePgSnapshot(swapped, into)).rejects.toThrow(/stevedore\.pgdump fails its checksum/);
      const newer = { ...w.manifest, schemaVersion: latestSchemaVersion() + 1, files: [] };
      await expect(restorePgSnapshot(await forge('newer.tar', newer, {}), into)).rejects.toThrow(
        new RegExp(`schema version ${latestSchemaVersion() + 1} is newer than this build's`),
      );
      expect(tables(into).n).toBe(0);
    });

    it('a PostgreSQL snapshot does not restore as a SQLite data directory', async () => {
      const { file } = await snapshot();
      const into = path.join(tmp(), 'data');
      await expect(restoreSnapshot(file, into)).rejects.toThrow(
        /a postgres snapshot; this restore writes a sqlite store/,
      );
      expect(fs.existsSync(into)).toBe(false);
    });
  },
);
