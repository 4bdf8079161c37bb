import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreSnapshot, SnapshotError } from './app/backup/snapshot.js';
import { Store } from './store/store.js';

/**
 * `node server/dist/main.js restore FILE --data-dir DIR`: checks the snapshot (its tar's sha256
 * note, the manifest, each file's sha256, the schema version) and writes the store into DIR, which
 * must not exist or be empty. Then start the control plane on DIR with the same secret key
 * (STEVEDORE_SECRET_KEY or _FILE, or copy the old secret.key into DIR): it re-adopts the running
 * containers by their labels and reconciles what changed since the snapshot. Exit 0 on success,
 * 1 when the snapshot or directory is refused, 2 on bad arguments.
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
  if (!file || !dataDir) {
    console.error('usage: stevedore restore FILE --data-dir DIR (DIR empty or absent)');
    return 2;
  }
  // A snapshot is a SQLite store: restoring one would leave a PostgreSQL control plane unchanged.
  if (process.env.STEVEDORE_DATABASE_URL) {
    console.error(
      'stevedore restore: refused: STEVEDORE_DATABASE_URL is set, and snapshots restore a SQLite store only (on PostgreSQL use pg_restore)',
    );
    return 1;
  }
  try {
    const m = await restoreSnapshot(path.resolve(file), path.resolve(dataDir));
    // The restored store is behind the engines: open its recovery window, so the first passes
    // adopt the containers started after the snapshot instead of removing them as orphans.
    const store = Store.open(path.join(path.resolve(dataDir), 'stevedore.db'));
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
      `restored ${path.basename(file)} (installation ${m.installationId}, schema ${m.schemaVersion}, made ${m.createdAt}) into ${path.resolve(dataDir)}`,
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
