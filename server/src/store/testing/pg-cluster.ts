import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pgBinDir } from '../pg-tools.js';

/** Debian's PostgreSQL binaries (the `postgresql` package; .ci/run installs it): the newest version there. */
const BIN = pgBinDir() ?? '/usr/lib/postgresql/15/bin';

/**
 * A private PostgreSQL cluster for tests: `initdb` and `pg_ctl` in a temporary directory, run as
 * the `postgres` system user when we are root (PostgreSQL refuses to run as root), listening on a
 * unix socket in that directory only (no TCP), under a private port number. Each test server gets
 * its own database. `stop` ends the postmaster by its pid and removes the directory. Test support,
 * kept under src/ so that the unit tests beside the repositories and the integration suite share it.
 */
export class PgCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
    readonly pid: number,
  ) {}

  /** Whether PostgreSQL's binaries are installed here. */
  static available(): boolean {
    return fs.existsSync(path.join(BIN, 'initdb')) && fs.existsSync(path.join(BIN, 'pg_ctl'));
  }

  static start(): PgCluster {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-pg-'));
    const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
    if (asUser.length) execFileSync('chown', ['postgres:postgres', dir]);
    const run = (bin: string, args: string[]) => {
      const [cmd, ...rest] = [...asUser, path.join(BIN, bin), ...args];
      execFileSync(cmd!, rest, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
    };
    const data = path.join(dir, 'data');
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // A private port: only the socket's name uses it (no TCP), so parallel runs never collide.
    const port = 55432 + (process.pid % 1000);
    const opts = `-p ${port} -k ${dir} -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
    run('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
    const pid = Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return new PgCluster(dir, port, pid);
  }

  /** A connection URL to one database of the cluster, over its unix socket. */
  url(database = 'postgres'): string {
    return `postgres://postgres@localhost:${this.port}/${database}?host=${encodeURIComponent(this.dir)}`;
  }

  /** Creates a database (if it does not exist yet) and returns its URL. */
  async createDatabase(name: string): Promise<string> {
    const client = new pg.Client({ connectionString: this.url() });
    await client.connect();
    try {
      const have = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!have.rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** Ends the postmaster by its pid (fast shutdown), waits for it (bounded), removes the directory. */
  async stop(): Promise<void> {
    try {
      process.kill(this.pid, 'SIGINT');
    } catch {
      /* already gone */
    }
    const deadline = Date.now() + 30_000;
    while (alive(this.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (alive(this.pid)) process.kill(this.pid, 'SIGKILL');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A database name for a key (a test server's data directory): the same key gives the same database. */
export function databaseNameFor(key: string): string {
  return `stevedore_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
