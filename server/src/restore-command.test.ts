import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { restoreCommand } from './restore-command.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

it('refuses to restore a snapshot when the store is PostgreSQL, and writes nothing', async () => {
  vi.stubEnv('STEVEDORE_DATABASE_URL', 'postgres://stevedore@localhost/stevedore');
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  const dir = path.join(os.tmpdir(), `stevedore-restore-${process.pid}-${Date.now()}`);
  expect(await restoreCommand(['snapshot.tar', '--data-dir', dir])).toBe(1);
  expect(errors.join('\n')).toMatch(/SQLite store only.*pg_restore/);
  expect(fs.existsSync(dir)).toBe(false);
});
