import path from 'node:path';
import { parseArgs } from 'node:util';
import { restorePgSnapshot, restoreSnapshot, SnapshotError } from './app/backup/snapshot.js';
import { Store } from './store/store.js';

/**
 * `node server/dist/main.js restore FILE --data-dir DIR`: checks the snapshot (its tar's sha256
 * note, the manifest, each file's sha256, the schema version) and writes the store into DIR, which
 * must not exist or be empty. Then start the control plane on DIR with the same secret key
 * (STEVEDORE_SECRET_KEY or _FILE, or copy the old secret.key into DIR): it re-adopts the running
 * containers by their labels and reconciles what changed since the snapshot. Exit 0 on success,
 * 1 when the snapshot or directory is refused, 2 on bad arguments. With STEVEDORE_DATABASE_URL set,
 * a PostgreSQL snapshot is restored into that database instead (it must have no table yet), with
 * pg_restore after the same checks.
 */
export async function restoreCommand(argv: string[]): Promise<number> {
  let file: string | undefined;
  let dataDir: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { 'data-dir': { type: 'string' } },
      allowPositionals: true,
    });
    file = positionals[0];
    dataDir = values['data-dir'] ?? process.env.STEVEDORE_DATA_DIR;
  } catch (err) {
    console.error(`stevedore restore: ${(err as Error).message}`);
    return 2;
  }
  // On PostgreSQL the store is the database STEVEDORE_DATABASE_URL names (it must be empty), and
  // the data directory is not written (it keeps the secret key, which no snapshot holds).
  const databaseUrl = process.env.STEVEDORE_DATABASE_URL || undefined;
  if (!file || (!dataDir && !databaseUrl)) {
    console.error(
      'usage: stevedore restore FILE --data-dir DIR (DIR empty or absent), or with STEVEDORE_DATABASE_URL set: stevedore restore FILE (the database empty)',
    );
    return 2;
  }
  try {
    const m = databaseUrl
      ? await restorePgSnapshot(path.resolve(file), databaseUrl)
      : await restoreSnapshot(path.resolve(file), path.resolve(dataDir!));
    const into = databaseUrl ? 'the PostgreSQL database' : path.resolve(dataDir!);
    // The restored store is behind the engines: open its recovery window, so the first passes
    // adopt the containers started after the snapshot instead of removing them as orphans.
    const store = Store.open({
      dbPath: path.join(path.resolve(dataDir ?? '.'), 'stevedore.db'),
      databaseUrl,
    });
    try {
      store.openRecovery({
        snapshot: path.basename(file),
        createdAt: m.createdAt,
        restoredAt: new Date().toISOString(),
      });
    } finally {
      store.close();
    }
    console.log(
      `restored ${path.basename(file)} (installation ${m.installationId}, schema ${m.schemaVersion}, made ${m.createdAt}) into ${into}`,
    );
    console.log('start the control plane on it with the same secret key (the snapshot has none)');
    return 0;
  } catch (err) {
    if (err instanceof SnapshotError) {
      console.error(`stevedore restore: refused: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
