import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../store/database.js';
import { packFiles } from '../volumes/tar.js';
import {
  latestSchemaVersion,
  MANIFEST,
  readSnapshot,
  restoreSnapshot,
  SnapshotError,
  sqliteDumper,
  writeSnapshot,
  type SnapshotManifest,
} from './snapshot.js';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'snapshot-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function snapshot() {
  const dir = tmp();
  const db = openDatabase(path.join(dir, 'src', 'stevedore.db'));
  db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'kept')").run();
  const w = await writeSnapshot(sqliteDumper(db), { dir, name: 'snap.tar', installationId: 'abc' });
  db.close();
  return { dir, file: path.join(dir, 'snap.tar'), w };
}

/** A tar with `manifest` and the given files, as a forger or a newer build would write it. */
async function forge(
  dir: string,
  manifest: SnapshotManifest,
  files: Record<string, Buffer>,
): Promise<string> {
  const file = path.join(dir, 'forged.tar');
  await pipeline(
    packFiles([
      { name: MANIFEST, content: Buffer.from(JSON.stringify(manifest)) },
      ...Object.entries(files).map(([name, content]) => ({ name, content })),
    ]),
    fs.createWriteStream(file),
  );
  return file;
}

describe('control-plane snapshots', () => {
  it('round-trips: the manifest names the schema and each file, the restore holds the rows', async () => {
    const { file, w } = await snapshot();
    expect(w.manifest).toMatchObject({
      kind: 'stevedore-control-plane',
      store: 'sqlite',
      installationId: 'abc',
      schemaVersion: latestSchemaVersion(),
    });
    expect(w.manifest.files.map((f) => f.name)).toEqual(['stevedore.db']);
    expect(fs.readFileSync(`${file}.sha256`, 'utf8')).toBe(`${w.sha256}  snap.tar\n`);
    const into = path.join(tmp(), 'data');
    await restoreSnapshot(file, into);
    const db = openDatabase(path.join(into, 'stevedore.db'));
    expect(db.prepare("SELECT value FROM meta WHERE key = 'probe'").get()).toEqual({ value: 'kept' });
    db.close();
  });

  it('refuses a snapshot whose tar fails its recorded checksum', async () => {
    const { file } = await snapshot();
    const b = fs.readFileSync(file);
    b[b.length - 2000]! ^= 1;
    fs.writeFileSync(file, b);
    await expect(readSnapshot(file)).rejects.toThrow(/checksum mismatch/);
  });

  it('refuses a file whose content differs from its manifest entry', async () => {
    const { dir, w } = await snapshot();
    const forged = await forge(dir, w.manifest, { 'stevedore.db': Buffer.from('not the database') });
    await expect(readSnapshot(forged)).rejects.toThrow(/stevedore\.db fails its checksum/);
  });

  it('refuses a snapshot from a newer schema version, naming both versions', async () => {
    const { dir, w } = await snapshot();
    const newer = { ...w.manifest, schemaVersion: latestSchemaVersion() + 1, files: [] };
    const forged = await forge(dir, newer, {});
    await expect(readSnapshot(forged)).rejects.toThrow(
      new RegExp(
        `schema version ${latestSchemaVersion() + 1} is newer than this build's ${latestSchemaVersion()}`,
      ),
    );
  });

  it('refuses a tar without a manifest, and one that is not a tar', async () => {
    const dir = tmp();
    const noManifest = path.join(dir, 'x.tar');
    await pipeline(
      packFiles([{ name: 'stevedore.db', content: Buffer.from('x') }]),
      fs.createWriteStream(noManifest),
    );
    await expect(readSnapshot(noManifest)).rejects.toBeInstanceOf(SnapshotError);
    const junk = path.join(dir, 'junk.tar');
    fs.writeFileSync(junk, 'hello');
    await expect(readSnapshot(junk)).rejects.toBeInstanceOf(SnapshotError);
  });

  it('restores only into an empty or absent directory, and writes nothing when refused', async () => {
    const { file } = await snapshot();
    const into = tmp();
    fs.writeFileSync(path.join(into, 'old.db'), 'x');
    await expect(restoreSnapshot(file, into)).rejects.toThrow(/is not empty \(old\.db\)/);
    expect(fs.readdirSync(into)).toEqual(['old.db']);
  });
});
