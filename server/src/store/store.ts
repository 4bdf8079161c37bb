import { ClusterRepository } from './cluster.repo.js';
import { openDatabase } from './database.js';
import { FencedDb, type Fence } from './fenced-db.js';
import { LeaseRepository } from './lease.repo.js';
import { NodeRepository } from './node.repo.js';
import { openPostgres } from './postgres.js';
import { ServiceRepository } from './service.repo.js';
import type { SqlDb, SqlDialect } from './sql.js';
import { TaskRepository } from './task.repo.js';

/** Where the store lives: a SQLite file (the default) or a PostgreSQL database by URL. */
export interface StoreLocation {
  dbPath: string;
  databaseUrl?: string | undefined;
}

/** The database of a location, migrated: PostgreSQL when a URL is given, else the SQLite file. */
export function openStoreDb(where: StoreLocation): SqlDb {
  return where.databaseUrl ? openPostgres(where.databaseUrl) : openDatabase(where.dbPath);
}

/** The lease the replicas of one store compete for: its holder runs the loops. */
export const LEADER_LEASE = 'leader';

/** The persistence facade: one database, one repository per aggregate. */
export class Store {
  /** What the repositories write through: on PostgreSQL, fenced (see `fence`). */
  readonly db: SqlDb;
  /** The database without fencing: the lease itself, and probes that are no one's desired state. */
  readonly raw: SqlDb;
  readonly clusters: ClusterRepository;
  readonly nodes: NodeRepository;
  readonly services: ServiceRepository;
  readonly tasks: TaskRepository;
  readonly leases: LeaseRepository;
  private readonly fenced: FencedDb | null;

  constructor(db: SqlDb) {
    this.raw = db;
    this.leases = new LeaseRepository(db);
    // SQLite is one process's file: it always leads, and nothing else can write to fence against.
    this.fenced =
      db.dialect === 'postgres' ? new FencedDb(db, () => this.leases.tokenNow(LEADER_LEASE)) : null;
    this.db = this.fenced ?? db;
    // Through the fenced database: task saves, node updates, every write of the loops.
    this.clusters = new ClusterRepository(this.db);
    this.nodes = new NodeRepository(this.db);
    this.services = new ServiceRepository(this.db);
    this.tasks = new TaskRepository(this.db);
  }

  /**
   * Fences every write made through `db` (PostgreSQL only; control/leadership.ts sets it): while
   * the fence holds a token, a write whose transaction does not find that token on the lease row
   * is refused with FencedError.
   */
  setFence(fence: Fence | null): void {
    if (this.fenced) this.fenced.fence = fence;
  }

  /** Whether writes can be fenced: a store replicas share (PostgreSQL). */
  get shared(): boolean {
    return this.fenced !== null;
  }

  /** Which store this is: 'sqlite' (one process) or 'postgres' (a database replicas may share). */
  get kind(): SqlDialect {
    return this.db.dialect;
  }

  /**
   * This control plane's identity, stamped on every container it runs. Written once by migration
   * 2 and never changed, so it is read once (on PostgreSQL every statement is a round trip).
   */
  get installationId(): string {
    this.installation ??= (
      this.db.prepare("SELECT value FROM meta WHERE key = 'installation_id'").get() as { value: string }
    ).value;
    return this.installation;
  }

  private installation: string | undefined;

  /**
   * The open recovery window of a restore (set by `stevedore restore`, closed by the reconciler
   * once it has listed every node): while it is open, running containers the store does not know
   * are adopted rather than removed (domain/orchestrator/adopt.ts).
   */
  get recovery(): { snapshot: string; createdAt: string; restoredAt: string } | null {
    const r = this.db.prepare("SELECT value FROM meta WHERE key = 'recovery'").get() as
      { value: string } | undefined;
    return r ? (JSON.parse(r.value) as { snapshot: string; createdAt: string; restoredAt: string }) : null;
  }

  openRecovery(r: { snapshot: string; createdAt: string; restoredAt: string }): void {
    this.db
      .prepare(
        "INSERT INTO meta (key, value) VALUES ('recovery', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      )
      .run(JSON.stringify(r));
  }

  closeRecovery(): void {
    this.db.prepare("DELETE FROM meta WHERE key = 'recovery'").run();
  }

  /** Opens the store at a SQLite file (`:memory:` too) or, given a database URL, on PostgreSQL. */
  static open(where: string | StoreLocation): Store {
    return new Store(openStoreDb(typeof where === 'string' ? { dbPath: where } : where));
  }

  /**
   * Runs `fn` in one transaction that only one replica at a time runs for `key` (PostgreSQL: a
   * transaction-scoped advisory lock; SQLite has one process): first-start work such as the first
   * admin user, which two replicas starting together must not both do.
   */
  exclusive<T>(key: string, fn: () => T): T {
    return this.tx(() => {
      if (this.kind === 'postgres')
        this.db.prepare('SELECT pg_advisory_xact_lock(hashtext(?)) AS locked').get(key);
      return fn();
    });
  }

  /** Runs `fn` in one transaction: desired-state changes land whole or not at all. */
  tx<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)();
    } catch (err) {
      // Rolled back: the task index may hold writes that never landed.
      this.tasks.forget();
      throw err;
    }
  }

  close(): void {
    this.db.close();
  }
}
