import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../logger.js';
import { badInput, notFound } from '../errors.js';
import { readSnapshot, SnapshotError, storeDumper, writeSnapshot, type StoreDumper } from './snapshot.js';
import type { Store } from '../../store/store.js';

/** A control-plane snapshot as listed by the `backups` query. */
export interface BackupInfo {
  file: string;
  bytes: number;
  sha256: string;
  createdAt: Date;
  schemaVersion: number | null;
}

const PREFIX = 'control-plane-';

/**
 * Control-plane backups (snapshots of the whole desired state) in `<data dir>/control-backups/`:
 * made on demand (createBackup, `stevedore backup create`) or on a schedule, pruned to the newest
 * `keep` scheduled and manual ones alike.
 */
export class BackupService {
  readonly dir: string;
  private readonly dumper: StoreDumper;

  constructor(
    private readonly store: Store,
    dataDir: string,
    private readonly log: Logger,
    dumper?: StoreDumper,
  ) {
    this.dir = path.join(dataDir, 'control-backups');
    // The raw database: a backup reads, and pg_dump needs the PostgreSQL connection behind the fence.
    this.dumper = dumper ?? storeDumper(store.raw);
  }

  async create(now = new Date()): Promise<BackupInfo> {
    const name = `${PREFIX}${now.toISOString().replace(/[:.]/g, '-')}.tar`;
    const w = await writeSnapshot(this.dumper, {
      dir: this.dir,
      name,
      installationId: this.store.installationId,
      now,
    });
    this.log.info({ file: w.file, bytes: w.bytes, sha256: w.sha256 }, 'control-plane backup written');
    return {
      file: w.file,
      bytes: w.bytes,
      sha256: w.sha256,
      createdAt: new Date(w.manifest.createdAt),
      schemaVersion: w.manifest.schemaVersion,
    };
  }

  /** Snapshots, newest first. */
  list(): BackupInfo[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .filter((f) => f.startsWith(PREFIX) && f.endsWith('.tar'))
      .map((file) => {
        const full = path.join(this.dir, file);
        const st = fs.statSync(full);
        let sha256 = '';
        try {
          sha256 = fs.readFileSync(`${full}.sha256`, 'utf8').trim().split(/\s+/)[0] ?? '';
        } catch {
          /* a file copied in without its note */
        }
        return { file, bytes: st.size, sha256, createdAt: st.mtime, schemaVersion: null };
      })
      .sort((a, b) => b.file.localeCompare(a.file));
  }

  /** Checks a listed snapshot end to end (tar checksum, manifest, every file's sha256). */
  async verify(file: string): Promise<BackupInfo> {
    const info = this.list().find((b) => b.file === file);
    if (!info) throw notFound('control-plane backup', file, 'file');
    try {
      const m = await readSnapshot(path.join(this.dir, file));
      return { ...info, schemaVersion: m.schemaVersion };
    } catch (err) {
      // A damaged or too-new snapshot is the answer, not a server fault: say what failed.
      if (err instanceof SnapshotError) throw badInput('file', err.message.replace(`${this.dir}/`, ''));
      throw err;
    }
  }

  /** Keeps the newest `keep` snapshots and removes the rest; returns the names removed. */
  prune(keep: number): string[] {
    const removed = this.list()
      .slice(Math.max(0, keep))
      .map((b) => b.file);
    for (const f of removed) {
      fs.rmSync(path.join(this.dir, f), { force: true });
      fs.rmSync(path.join(this.dir, `${f}.sha256`), { force: true });
    }
    return removed;
  }
}
