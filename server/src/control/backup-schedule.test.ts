import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupService } from '../app/backup/backups.js';
import { Store } from '../store/store.js';
import { BackupSchedule } from './backup-schedule.js';

describe('scheduled control-plane backups', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'backup-schedule-'));
  afterEach(() => {
    vi.useRealTimers();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes one snapshot per run and keeps only the newest `keep`', async () => {
    const store = Store.open(path.join(dir, 'stevedore.db'));
    const log = pino({ level: 'silent' });
    const backups = new BackupService(store, dir, log);
    const schedule = new BackupSchedule(backups, { intervalMs: 60_000, keep: 2 }, log);
    vi.useFakeTimers({ toFake: ['Date'] });
    const names: string[] = [];
    for (let i = 0; i < 4; i++) {
      vi.setSystemTime(new Date(Date.UTC(2026, 11, 4, 10, i)));
      await schedule.once();
      names.push(backups.list()[0]!.file);
    }
    expect(new Set(names).size).toBe(4);
    const left = backups.list();
    expect(left.map((b) => b.file)).toEqual([names[3], names[2]]);
    // Each kept one still verifies end to end; the pruned ones left no .sha256 note behind.
    for (const b of left) expect((await backups.verify(b.file)).schemaVersion).toBeGreaterThan(0);
    expect(fs.readdirSync(backups.dir).sort()).toEqual(
      [names[2]!, `${names[2]}.sha256`, names[3]!, `${names[3]}.sha256`].sort(),
    );
    store.close();
  });

  it('does nothing when the interval is 0 (the default)', () => {
    const store = Store.open(path.join(dir, 'stevedore.db'));
    const log = pino({ level: 'silent' });
    const schedule = new BackupSchedule(new BackupService(store, dir, log), { intervalMs: 0, keep: 2 }, log);
    schedule.start();
    expect((schedule as unknown as { timer: unknown }).timer).toBeNull();
    store.close();
  });
});
