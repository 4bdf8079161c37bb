import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../store/testing/stores.js';
import { latestSchemaVersion, PG_DUMP_FILE, storeDumper } from './snapshot.js';

describeEachStore('the dumper of a store', (open) => {
  it("is SQLite's online backup, or pg_dump on PostgreSQL", { timeout: 60_000 }, async () => {
    const db = open();
    const dumper = storeDumper(db);
    expect(dumper.kind).toBe(db.dialect);
    expect(dumper.schemaVersion()).toBe(latestSchemaVersion());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-dumper-'));
    try {
      const want = db.dialect === 'sqlite' ? 'stevedore.db' : PG_DUMP_FILE;
      expect(await dumper.dump(dir)).toEqual([want]);
      expect(fs.readdirSync(dir)).toEqual([want]);
      // pg_dump's custom format starts with its magic "PGDMP"; SQLite's file with its header.
      const head = fs.readFileSync(path.join(dir, want)).subarray(0, 5).toString('latin1');
      expect(head).toBe(db.dialect === 'sqlite' ? 'SQLit' : 'PGDMP');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
