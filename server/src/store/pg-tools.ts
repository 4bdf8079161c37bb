import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Where Debian's PostgreSQL binaries are (the `postgresql` package): STEVEDORE_PG_BIN, else the
 * newest /usr/lib/postgresql/N/bin. pg_dump must be at least as new as the server it dumps, and
 * Debian's /usr/bin/pg_dump is a wrapper that picks a version by the clusters it knows of, so the
 * versioned directory is asked for first; without one, `pg_dump` and `pg_restore` come from PATH.
 */
export function pgBinDir(): string | null {
  if (process.env.STEVEDORE_PG_BIN) return process.env.STEVEDORE_PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(root, v, 'bin')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

function tool(name: 'pg_dump' | 'pg_restore'): string {
  const dir = pgBinDir();
  return dir && fs.existsSync(path.join(dir, name)) ? path.join(dir, name) : name;
}

/**
 * A connection URL without its password, and the password in PGPASSWORD: a URL in a command
 * line is readable by every local user in `ps`, the environment of a process is not.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = '';
  }
  return { dbname: u.toString(), env };
}

/** The tool's own words when it fails (its stderr), not node's "Command failed: ..." with the argv. */
async function invoke(name: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const { dbname, env } = connection(url);
  try {
    await run(tool(name), [...args, `--dbname=${dbname}`], { env, timeout: 600_000, maxBuffer: 8 << 20 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT')
      throw new Error(`${name} is not installed (Debian's postgresql-client; or set STEVEDORE_PG_BIN)`);
    throw new Error(`${name} failed: ${(e.stderr ?? '').trim() || e.message}`);
  }
}

/**
 * pg_dump of the whole database into `file`, in its custom format (compressed, restored table by
 * table by pg_restore). pg_dump reads every table in one repeatable-read transaction, so the file
 * is one consistent moment of the store while the control plane keeps writing. No owners and no
 * grants: the restore goes into whatever role the restoring control plane connects as.
 */
export function pgDump(url: string, file: string): Promise<void> {
  return invoke('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], url);
}

/**
 * pg_restore of a pg_dump file into the (empty) database at `url`, in one transaction: a failure
 * leaves the database as empty as it was.
 */
export function pgRestore(url: string, file: string): Promise<void> {
  return invoke(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', file],
    url,
  );
}
