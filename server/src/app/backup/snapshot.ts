import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { isSqlite, type SqliteDb } from '../../store/database.js';
import { pgDump, pgRestore } from '../../store/pg-tools.js';
import { isPostgres, PostgresDb } from '../../store/postgres.js';
import type { SqlDb } from '../../store/sql.js';
import { badInput } from '../errors.js';
import { migrations } from '../../store/migrations.js';
import { packFiles } from '../volumes/tar.js';

/**
 * A snapshot of the control plane's desired state: one tar holding `manifest.json` first, then the
 * store's files. The manifest names the schema version (the latest migration applied), the
 * installation id, when it was made, and the size and sha256 of every file, so a restore can refuse
 * a damaged or too-new snapshot before it writes anything.
 *
 * The secret key (STEVEDORE_SECRET_KEY, its file, or <data dir>/secret.key) is never included:
 * secrets and engine TLS keys stay encrypted in the store, and the restored control plane needs the
 * same key given to it separately.
 */
export const MANIFEST = 'manifest.json';
export const SNAPSHOT_FORMAT = 1;

export interface SnapshotFile {
  name: string;
  size: number;
  sha256: string;
}

export interface SnapshotManifest {
  format: number;
  kind: 'stevedore-control-plane';
  /** The store it came from: 'sqlite' (stevedore.db) or 'postgres' (stevedore.pgdump, pg_dump's). */
  store: string;
  schemaVersion: number;
  installationId: string;
  createdAt: string;
  files: SnapshotFile[];
}

/**
 * The seam between snapshots and the store: a dumper writes a consistent copy of the store into
 * `dir` while the control plane keeps running and says which files it wrote: SQLite's online
 * backup, or pg_dump on PostgreSQL.
 */
export interface StoreDumper {
  readonly kind: string;
  dump(dir: string): Promise<string[]>;
  schemaVersion(): number;
}

/** The dumper of a store: SQLite's online backup, or pg_dump of a PostgreSQL database. */
export function storeDumper(db: SqlDb): StoreDumper {
  if (isSqlite(db)) return sqliteDumper(db);
  if (isPostgres(db)) return postgresDumper(db);
  return {
    kind: db.dialect,
    dump() {
      return Promise.reject(badInput('store', `a ${db.dialect} store has no online backup`));
    },
    schemaVersion: () => schemaVersionOf(db),
  };
}

function schemaVersionOf(db: SqlDb): number {
  const r = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return r.v ?? 0;
}

/** better-sqlite3's online backup API: pages copied in steps, writers are not blocked. */
export function sqliteDumper(db: SqliteDb): StoreDumper {
  return {
    kind: 'sqlite',
    async dump(dir) {
      await db.backup(path.join(dir, 'stevedore.db'));
      return ['stevedore.db'];
    },
    schemaVersion: () => schemaVersionOf(db),
  };
}

/** The file a PostgreSQL snapshot holds: pg_dump's custom format of the whole database. */
export const PG_DUMP_FILE = 'stevedore.pgdump';

/**
 * pg_dump (store/pg-tools.ts): one repeatable-read transaction, so a consistent moment while the
 * control plane keeps writing. Secrets and engine TLS keys are in it as the store holds them,
 * encrypted; the key is not in the database. The schema version is read before the dump: a
 * migration never runs while this control plane is up, so it is the dump's version too.
 */
export function postgresDumper(db: PostgresDb): StoreDumper {
  return {
    kind: 'postgres',
    async dump(dir) {
      await pgDump(db.url, path.join(dir, PG_DUMP_FILE));
      return [PG_DUMP_FILE];
    },
    schemaVersion: () => schemaVersionOf(db),
  };
}

/** The newest schema version this build knows (its latest migration). */
export function latestSchemaVersion(): number {
  return Math.max(0, ...migrations.map((m) => m.version));
}

export function sha256File(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

export interface WrittenSnapshot {
  file: string;
  bytes: number;
  sha256: string;
  manifest: SnapshotManifest;
}

/** Writes `<dir>/<name>` (a tar) from the store as it is now, and `<name>.sha256` beside it. */
export async function writeSnapshot(
  dumper: StoreDumper,
  opts: { dir: string; name: string; installationId: string; now?: Date },
): Promise<WrittenSnapshot> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const work = fs.mkdtempSync(path.join(opts.dir, '.snapshot-'));
  try {
    const names = await dumper.dump(work);
    const files = names.map((name) => {
      const full = path.join(work, name);
      return { name, size: fs.statSync(full).size, sha256: sha256File(full) };
    });
    const manifest: SnapshotManifest = {
      format: SNAPSHOT_FORMAT,
      kind: 'stevedore-control-plane',
      store: dumper.kind,
      schemaVersion: dumper.schemaVersion(),
      installationId: opts.installationId,
      createdAt: (opts.now ?? new Date()).toISOString(),
      files,
    };
    const final = path.join(opts.dir, opts.name);
    const partial = path.join(work, 'snapshot.tar');
    const entries = [
      { name: MANIFEST, content: Buffer.from(JSON.stringify(manifest, null, 2)) },
      ...files.map((f) => ({
        name: f.name,
        mode: 0o600,
        content: {
          size: f.size,
          stream: fs.createReadStream(path.join(work, f.name)) as AsyncIterable<Buffer>,
        },
      })),
    ];
    await pipeline(packFiles(entries), fs.createWriteStream(partial, { mode: 0o600 }));
    const sha256 = sha256File(partial);
    fs.renameSync(partial, final);
    fs.writeFileSync(`${final}.sha256`, `${sha256}  ${opts.name}\n`);
    return { file: opts.name, bytes: fs.statSync(final).size, sha256, manifest };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export class SnapshotError extends Error {}

/** The stores a snapshot can come from (its manifest's `store`). */
export type SnapshotStore = 'sqlite' | 'postgres';
const SNAPSHOT_STORES: readonly SnapshotStore[] = ['sqlite', 'postgres'];

/**
 * Reads and checks a snapshot: the tar's own sha256 against `<file>.sha256` when that exists,
 * the manifest, every file's size and sha256, and the schema version against this build's.
 * With `into`, the files are written there (a directory that must not exist or be empty); with
 * `store`, a snapshot of another store is refused (a restore writes one kind).
 */
export async function readSnapshot(
  file: string,
  into?: string,
  store?: SnapshotStore,
): Promise<SnapshotManifest> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new SnapshotError(`${file}: no such snapshot file`);
  const note = `${file}.sha256`;
  if (fs.existsSync(note)) {
    const want = fs.readFileSync(note, 'utf8').trim().split(/\s+/)[0];
    const got = sha256File(file);
    if (want !== got)
      throw new SnapshotError(
        `${file}: checksum mismatch: sha256 ${got}, recorded ${want} in ${path.basename(note)}`,
      );
  }
  const stage = into ? fs.mkdtempSync(path.join(path.dirname(path.resolve(into)), '.restore-')) : null;
  let manifest: SnapshotManifest | null = null;
  const seen = new Map<string, SnapshotFile>();
  const extract = tar.extract();
  const done = (async () => {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (name === MANIFEST) {
        const chunks: Buffer[] = [];
        for await (const c of entry) chunks.push(c as Buffer);
        try {
          manifest = JSON.parse(Buffer.concat(chunks).toString('utf8')) as SnapshotManifest;
        } catch {
          throw new SnapshotError(`${file}: ${MANIFEST} is not JSON`);
        }
        continue;
      }
      if (!manifest) throw new SnapshotError(`${file}: ${MANIFEST} must come first (found ${name})`);
      if (name.includes('/') || name.startsWith('.'))
        throw new SnapshotError(`${file}: unexpected entry ${name}`);
      const hash = createHash('sha256');
      let size = 0;
      const out = stage ? fs.createWriteStream(path.join(stage, name), { mode: 0o600 }) : null;
      for await (const c of entry) {
        const b = c as Buffer;
        hash.update(b);
        size += b.length;
        if (out && !out.write(b)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      if (out)
        await new Promise<void>((resolve, reject) =>
          out.end((err?: Error | null) => (err ? reject(err) : resolve())),
        );
      seen.set(name, { name, size, sha256: hash.digest('hex') });
    }
  })();
  try {
    await Promise.all([pipeline(fs.createReadStream(file), extract), done]).catch((err: unknown) => {
      if (err instanceof SnapshotError) throw err;
      throw new SnapshotError(`${file}: not a readable snapshot tar (${(err as Error).message})`);
    });
    const m = manifest as SnapshotManifest | null;
    if (!m || m.kind !== 'stevedore-control-plane' || !Array.isArray(m.files))
      throw new SnapshotError(`${file}: no Stevedore control-plane manifest`);
    if (m.format > SNAPSHOT_FORMAT)
      throw new SnapshotError(
        `${file}: snapshot format ${m.format} is newer than this build's ${SNAPSHOT_FORMAT}`,
      );
    const latest = latestSchemaVersion();
    if (m.schemaVersion > latest)
      throw new SnapshotError(
        `${file}: snapshot schema version ${m.schemaVersion} is newer than this build's ${latest}; restore it with a newer Stevedore`,
      );
    if (!SNAPSHOT_STORES.includes(m.store as SnapshotStore))
      throw new SnapshotError(`${file}: a snapshot of an unknown store (${m.store})`);
    if (store && m.store !== store)
      throw new SnapshotError(
        `${file}: a ${m.store} snapshot; this restore writes a ${store} store (${store === 'sqlite' ? 'set STEVEDORE_DATABASE_URL to restore into PostgreSQL' : 'unset STEVEDORE_DATABASE_URL to restore a SQLite data directory'})`,
      );
    for (const f of m.files) {
      const got = seen.get(f.name);
      if (!got) throw new SnapshotError(`${file}: ${f.name} is in the manifest but not in the tar`);
      if (got.size !== f.size || got.sha256 !== f.sha256)
        throw new SnapshotError(
          `${file}: ${f.name} fails its checksum: sha256 ${got.sha256} (${got.size} bytes), manifest ${f.sha256} (${f.size} bytes)`,
        );
    }
    if (stage && into) {
      fs.mkdirSync(into, { recursive: true });
      for (const f of m.files) fs.renameSync(path.join(stage, f.name), path.join(into, f.name));
    }
    return m;
  } finally {
    if (stage) fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** Restores `file` into `dataDir`, which must not exist or be empty; returns the manifest. */
export async function restoreSnapshot(file: string, dataDir: string): Promise<SnapshotManifest> {
  if (fs.existsSync(dataDir)) {
    if (!fs.statSync(dataDir).isDirectory()) throw new SnapshotError(`${dataDir} is not a directory`);
    const left = fs.readdirSync(dataDir);
    if (left.length > 0)
      throw new SnapshotError(
        `${dataDir} is not empty (${left.slice(0, 3).join(', ')}${left.length > 3 ? ', ...' : ''}); restore only into an empty data directory`,
      );
  }
  return readSnapshot(file, dataDir, 'sqlite');
}

/**
 * Restores a PostgreSQL snapshot into the database at `url`, which must hold no table yet (a new,
 * empty database): the snapshot is checked first (tar sha256, manifest, the dump's sha256, the
 * schema version) in a temporary directory, then pg_restore loads it in one transaction.
 */
export async function restorePgSnapshot(file: string, url: string): Promise<SnapshotManifest> {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-restore-'));
  try {
    const into = path.join(stage, 'files');
    const m = await readSnapshot(file, into, 'postgres');
    refuseNonEmpty(url);
    try {
      await pgRestore(url, path.join(into, PG_DUMP_FILE));
    } catch (err) {
      throw new SnapshotError(`${file}: ${(err as Error).message}`);
    }
    return m;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** A restore goes into a database with no table yet: it never merges into a live store. */
function refuseNonEmpty(url: string): void {
  const db = new PostgresDb(url);
  try {
    let names: string[];
    try {
      names = (
        db
          .prepare(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
          )
          .all() as { table_name: string }[]
      ).map((t) => t.table_name);
    } catch (err) {
      throw new SnapshotError(`cannot read the database ${databaseName(url)}: ${(err as Error).message}`);
    }
    if (names.length > 0)
      throw new SnapshotError(
        `the database ${databaseName(url)} is not empty (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', ...' : ''}); restore only into an empty database`,
      );
  } finally {
    db.close();
  }
}

/** The database a URL names (for messages: never the URL, which may hold a password). */
function databaseName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.slice(1)) || '(default)';
  } catch {
    return '(unparsable URL)';
  }
}
