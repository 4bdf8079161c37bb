import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { restoreCommand } from './restore-command.js';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

it('with STEVEDORE_DATABASE_URL set restores into PostgreSQL: no data directory needed, a missing snapshot refused (exit 1)', async () => {
  vi.stubEnv('STEVEDORE_DATABASE_URL', 'postgres://stevedore@localhost/stevedore');
  vi.stubEnv('STEVEDORE_DATA_DIR', '');
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  const file = path.join(os.tmpdir(), `stevedore-restore-${process.pid}-${Date.now()}.tar`);
  expect(await restoreCommand([file])).toBe(1);
  expect(errors.join('\n')).toMatch(/refused: .*no such snapshot file/);
  expect(fs.existsSync(file)).toBe(false);
});

it('without STEVEDORE_DATABASE_URL wants a data directory (exit 2)', async () => {
  vi.stubEnv('STEVEDORE_DATABASE_URL', '');
  vi.stubEnv('STEVEDORE_DATA_DIR', '');
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  expect(await restoreCommand(['snapshot.tar'])).toBe(2);
  expect(errors.join('\n')).toMatch(/usage: stevedore restore FILE --data-dir DIR/);
});
