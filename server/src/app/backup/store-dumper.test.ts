import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeEachStore } from '../../store/testing/stores.js';
import { AppError } from '../errors.js';
import { latestSchemaVersion, storeDumper } from './snapshot.js';

describeEachStore('the dumper of a store', (open) => {
  it('is the online backup on SQLite; on PostgreSQL a backup is refused with the reason', async () => {
    const db = open();
    const dumper = storeDumper(db);
    expect(dumper.kind).toBe(db.dialect);
    expect(dumper.schemaVersion()).toBe(latestSchemaVersion());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-dumper-'));
    try {
      if (db.dialect === 'sqlite') {
        expect(await dumper.dump(dir)).toEqual(['stevedore.db']);
      } else {
        const err = await dumper.dump(dir).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(AppError);
        expect(err).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'store' } });
        expect((err as Error).message).toMatch(/pg_dump/);
        expect(fs.readdirSync(dir)).toEqual([]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
