import type { SqlDb, SqlRunResult, SqlStatement } from './sql.js';

/** A write refused because this replica no longer holds the leader lease it wrote under. */
export class FencedError extends Error {
  override readonly name = 'FencedError';
  readonly code = 'FENCED';
}

/**
 * What the writes of a replica are checked against (control/leadership.ts implements it).
 * `token()` is null while the replica does not lead: a follower's writes (the API's) are not
 * fenced. While it leads, and while it steps down, writes are checked: the local lease deadline
 * (monotonic clock) first, then the token in the database inside the write's own transaction.
 */
export interface Fence {
  token(): number | null;
  /** The local deadline of the lease has not passed. */
  valid(): boolean;
  /** A write was refused (the counter, and the replica steps down at once). */
  fenced(reason: string): void;
}

/** Statements that change rows (the ones fenced); reads and DDL are not. */
const WRITE =
  /^\s*(?:--[^\n]*\n\s*)*(?:INSERT|UPDATE|DELETE|REPLACE|WITH\b[\s\S]*\b(?:INSERT|UPDATE|DELETE)\b)/i;

const STATEMENT_BOUND = 500;

/**
 * The store's database with fencing (PostgreSQL, where replicas share it): every write while a
 * fence is set runs in a transaction that begins with the token check (`tokenNow`, FOR SHARE:
 * the lease cannot change hands until the write commits) and throws FencedError when the token is
 * not the one this replica holds. A write outside a transaction gets one of its own; inside one,
 * the check is made once, when the outermost transaction begins.
 */
export class FencedDb implements SqlDb {
  readonly dialect;
  fence: Fence | null = null;
  private depth = 0;
  private readonly statements = new Map<string, SqlStatement>();

  constructor(
    readonly inner: SqlDb,
    private readonly tokenNow: () => number | undefined,
  ) {
    this.dialect = inner.dialect;
  }

  prepare(sql: string): SqlStatement {
    const st = this.inner.prepare(sql);
    if (!WRITE.test(sql)) return st;
    let wrapped = this.statements.get(sql);
    if (wrapped) return wrapped;
    const guarded = <T>(run: () => T): T =>
      this.depth > 0 || this.fence?.token() == null ? run() : this.transaction(run)();
    wrapped = {
      get: (...p: unknown[]): unknown => guarded(() => st.get(...p)),
      all: (...p: unknown[]): unknown[] => guarded(() => st.all(...p)),
      run: (...p: unknown[]): SqlRunResult => guarded(() => st.run(...p)),
    };
    if (this.statements.size < STATEMENT_BOUND) this.statements.set(sql, wrapped);
    return wrapped;
  }

  exec(sql: string): unknown {
    return this.inner.exec(sql);
  }

  transaction<T>(fn: () => T): () => T {
    const inner = this.inner.transaction(() => {
      this.depth++;
      try {
        if (this.depth === 1) this.check();
        return fn();
      } finally {
        this.depth--;
      }
    });
    return () => inner();
  }

  /** The fencing check at the start of an outermost transaction (inside it). */
  private check(): void {
    const fence = this.fence;
    const held = fence?.token();
    if (!fence || held == null) return;
    if (!fence.valid()) this.refuse(fence, `the lease (token ${held}) passed its local deadline`);
    const now = this.tokenNow();
    if (now !== held) this.refuse(fence, `the lease's token is ${now ?? 'none'}, this replica holds ${held}`);
  }

  private refuse(fence: Fence, reason: string): never {
    fence.fenced(reason);
    throw new FencedError(`write refused by fencing: ${reason}`);
  }

  close(): unknown {
    return this.inner.close();
  }
}
