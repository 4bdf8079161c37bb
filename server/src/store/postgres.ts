import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { migrate } from './database.js';
import { migrations, type Migration } from './migrations.js';
import { pgPlaceholders, pgValues, type PgStatementText } from './pg-dialect.js';
import type { SqlDb, SqlRunResult, SqlStatement } from './sql.js';

/**
 * PostgreSQL behind the synchronous SqlDb: the `pg` driver runs in a worker thread on ONE
 * connection and the calling thread blocks on each statement (Atomics.wait on a shared counter the
 * worker bumps after posting the answer on a MessageChannel: synckit's technique, in the few lines
 * this needs, so that the worker is plain JavaScript that needs no TypeScript loader in tests).
 * One connection serialises statements as SQLite's single writer does, and a transaction is
 * BEGIN ... COMMIT on it (nested: savepoints), so `Store.tx` keeps its meaning: the desired state
 * is committed before any engine call that follows it.
 *
 * Types: BIGINT (int8) and NUMERIC come back as numbers, as SQLite's integers do (the ids, counts
 * and milliseconds stored are far below 2^53); everything else is stored as TEXT as on SQLite.
 */
const WORKER = String.raw`
const { workerData } = require('node:worker_threads');
const pg = require(workerData.pg);
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
const { port, flag, url } = workerData;
let client = null;
let connecting = null;
function connection() {
  if (client) return Promise.resolve(client);
  if (!connecting) {
    const c = new pg.Client({ connectionString: url, application_name: 'stevedore' });
    // A dropped connection is replaced on the next statement (a transaction on it is lost, as on a crash).
    c.on('error', () => { if (client === c) client = null; });
    c.on('end', () => { if (client === c) client = null; });
    connecting = c.connect().then(() => { client = c; connecting = null; return c; },
      (err) => { connecting = null; throw err; });
  }
  return connecting;
}
port.on('message', async (m) => {
  let reply;
  try {
    if (m.op === 'close') {
      if (client) await client.end();
      client = null;
      reply = { rows: [], rowCount: 0 };
    } else {
      const c = await connection();
      const r = await c.query(m.op === 'exec' ? m.text : { text: m.text, values: m.values, name: m.name });
      const last = Array.isArray(r) ? r[r.length - 1] : r;
      reply = { rows: (last && last.rows) || [], rowCount: (last && last.rowCount) || 0 };
    }
  } catch (err) {
    reply = { error: { message: err.message, code: err.code, detail: err.detail, severity: err.severity } };
  }
  port.postMessage(reply);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
});
`;

interface Reply {
  rows: Record<string, unknown>[];
  rowCount: number;
  error?: { message: string; code?: string; detail?: string };
}

/** An error PostgreSQL reported, with its SQLSTATE code (23505: unique violation, ...). */
export class PgError extends Error {
  override readonly name = 'PgError';
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail: string | undefined,
  ) {
    super(message);
  }
}

export interface PostgresOptions {
  /** How long one statement may take before the caller gives up on the worker (ms). */
  timeoutMs?: number;
}

class PgStatement implements SqlStatement {
  constructor(
    private readonly db: PostgresDb,
    private readonly sql: PgStatementText,
    private readonly name: string,
  ) {}

  private query(params: unknown[]): Reply {
    const values = pgValues(this.sql, params);
    return this.db.call({ op: 'query', text: this.sql.text, values, ...(this.name && { name: this.name }) });
  }

  get(...params: unknown[]): unknown {
    return this.query(params).rows[0];
  }

  all(...params: unknown[]): unknown[] {
    return this.query(params).rows;
  }

  /** `lastInsertRowid` is 0 on PostgreSQL: write `RETURNING id` and read it with get. */
  run(...params: unknown[]): SqlRunResult {
    return { changes: this.query(params).rowCount, lastInsertRowid: 0 };
  }
}

const STATEMENT_BOUND = 500;

export const isPostgres = (db: SqlDb): db is PostgresDb => db instanceof PostgresDb;

export class PostgresDb implements SqlDb {
  readonly dialect = 'postgres' as const;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly statements = new Map<string, PgStatement>();
  private readonly timeoutMs: number;
  private depth = 0;
  private closed = false;

  /** `url`: where it connects (backups hand it to pg_dump and pg_restore: store/pg-tools.ts). */
  constructor(
    readonly url: string,
    opts: PostgresOptions = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const pg = createRequire(import.meta.url).resolve('pg');
    this.worker = new Worker(WORKER, {
      eval: true,
      workerData: { port: port2, flag: this.flag, url, pg },
      transferList: [port2],
    });
    this.worker.unref();
    this.port.unref();
  }

  /** Sends one request to the worker and blocks until it answers (bounded by timeoutMs). */
  call(msg: { op: 'query' | 'exec' | 'close'; text?: string; values?: unknown[]; name?: string }): Reply {
    if (this.closed) throw new Error('the PostgreSQL store is closed');
    const seen = Atomics.load(this.flag, 0);
    this.port.postMessage(msg);
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`PostgreSQL did not answer within ${this.timeoutMs} ms`);
      Atomics.wait(this.flag, 0, seen, left);
      if (Atomics.load(this.flag, 0) === seen) continue;
      const got = receiveMessageOnPort(this.port);
      if (!got) continue;
      const reply = got.message as Reply;
      if (reply.error) throw new PgError(reply.error.message, reply.error.code, reply.error.detail);
      return reply;
    }
  }

  prepare(sql: string): SqlStatement {
    let st = this.statements.get(sql);
    if (!st) {
      // Named: PostgreSQL parses and plans it once per connection. Past the bound (statements built
      // from filters) they go unnamed, parsed each time, so neither side grows without bound.
      if (this.statements.size >= STATEMENT_BOUND) return new PgStatement(this, pgPlaceholders(sql), '');
      st = new PgStatement(this, pgPlaceholders(sql), `s${this.statements.size + 1}`);
      this.statements.set(sql, st);
    }
    return st;
  }

  exec(sql: string): this {
    this.call({ op: 'exec', text: sql });
    return this;
  }

  transaction<T>(fn: () => T): () => T {
    return () => {
      const depth = this.depth;
      const sp = `stevedore_sp${depth}`;
      this.exec(depth === 0 ? 'BEGIN' : `SAVEPOINT ${sp}`);
      this.depth = depth + 1;
      try {
        const out = fn();
        if (out instanceof Promise) throw new TypeError('a transaction function cannot return a promise');
        this.depth = depth;
        this.exec(depth === 0 ? 'COMMIT' : `RELEASE SAVEPOINT ${sp}`);
        return out;
      } catch (err) {
        this.depth = depth;
        try {
          this.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${sp}; RELEASE SAVEPOINT ${sp}`);
        } catch {
          // The connection is gone: so is the transaction; the first error is the one to report.
        }
        throw err;
      }
    };
  }

  close(): void {
    if (this.closed) return;
    try {
      this.call({ op: 'close' });
    } finally {
      this.closed = true;
      void this.worker.terminate();
    }
  }
}

/** Opens a PostgreSQL store by URL (postgres://...) and brings its schema up to date. */
export function openPostgres(
  url: string,
  list: Migration[] = migrations,
  opts: PostgresOptions = {},
): PostgresDb {
  const db = new PostgresDb(url, opts);
  try {
    migrate(db, list);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
