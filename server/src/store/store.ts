import { ClusterRepository } from './cluster.repo.js';
import { openDatabase } from './database.js';
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

/** The persistence facade: one database, one repository per aggregate. */
export class Store {
  readonly clusters: ClusterRepository;
  readonly nodes: NodeRepository;
  readonly services: ServiceRepository;
  readonly tasks: TaskRepository;

  constructor(readonly db: SqlDb) {
    this.clusters = new ClusterRepository(db);
    this.nodes = new NodeRepository(db);
    this.services = new ServiceRepository(db);
    this.tasks = new TaskRepository(db);
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
