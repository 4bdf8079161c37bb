import type { Unplaced } from '../domain/scheduler/types.js';
import type { DesiredTaskState, Task, TaskHealth, TaskState, TaskTransition } from '../domain/task.js';
import type { SqlDb, SqlStatement } from './sql.js';
import { fromIso, parseJson, toIso } from './json.js';
import { RowMemo } from './row-memo.js';

interface TaskRow {
  id: string;
  service_id: string;
  slot: number;
  revision: number;
  desired_state: string;
  state: string;
  state_reason: string;
  unplaced: string | null;
  history: string;
  node_id: string | null;
  container_id: string | null;
  health: string;
  exit_code: number | null;
  failures: number;
  not_before: string | null;
  ready_at: string | null;
  created_at: string;
  updated_at: string;
}

function toTask(r: TaskRow): Task {
  const unplaced = parseJson<Unplaced | null>(r.unplaced, null);
  return {
    id: r.id,
    serviceId: r.service_id,
    slot: r.slot,
    revision: r.revision,
    desiredState: r.desired_state as DesiredTaskState,
    state: r.state as TaskState,
    stateReason: r.state_reason,
    ...(unplaced && { unplaced }),
    history: parseJson<{ state: TaskState; at: string; reason: string }[]>(r.history, []).map(
      (h): TaskTransition => ({ state: h.state, at: new Date(h.at), reason: h.reason }),
    ),
    nodeId: r.node_id,
    containerId: r.container_id,
    health: r.health as TaskHealth,
    exitCode: r.exit_code,
    failures: r.failures,
    notBefore: fromIso(r.not_before),
    readyAt: fromIso(r.ready_at),
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** Tasks: written on every state change, so statements are prepared once; rows parsed once (RowMemo). */
export class TaskRepository {
  private readonly upsertStmt;
  private readonly parsed = new RowMemo<TaskRow, Task>(toTask);
  /**
   * Every task by service, in memory, kept in step with every write this repository makes (the
   * only writer of the table): what a reconcile pass reads instead of 10,000 rows. Loaded on first
   * use; dropped (and loaded again when next asked) when a transaction rolls back (Store.tx).
   * Never kept on PostgreSQL: replicas share the table, so this one is not its only writer, and
   * a follower (or a leader just elected) must read what the others wrote.
   */
  private index: Map<string, Map<string, Task>> | null = null;
  /** Statements prepared once per SQL text (preparing costs more than a small query runs). */
  private readonly stmts = new Map<string, SqlStatement>();

  constructor(private readonly db: SqlDb) {
    this.upsertStmt = db.prepare(
      `INSERT INTO tasks (id, service_id, slot, revision, desired_state, state, state_reason, unplaced, history, node_id,
         container_id, health, exit_code, failures, not_before, ready_at, created_at, updated_at)
       VALUES (@id, @serviceId, @slot, @revision, @desiredState, @state, @stateReason, @unplaced, @history, @nodeId,
         @containerId, @health, @exitCode, @failures, @notBefore, @readyAt, @createdAt, @updatedAt)
       ON CONFLICT(id) DO UPDATE SET revision=excluded.revision, desired_state=excluded.desired_state,
         state=excluded.state, state_reason=excluded.state_reason, unplaced=excluded.unplaced, history=excluded.history,
         node_id=excluded.node_id, container_id=excluded.container_id, health=excluded.health,
         exit_code=excluded.exit_code, failures=excluded.failures, not_before=excluded.not_before, ready_at=excluded.ready_at,
         updated_at=excluded.updated_at`,
    );
  }

  private stmt(sql: string): SqlStatement {
    let s = this.stmts.get(sql);
    if (!s) this.stmts.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  byService(serviceId: string): Task[] {
    return (
      this.stmt('SELECT * FROM tasks WHERE service_id = ? ORDER BY slot, created_at').all(
        serviceId,
      ) as TaskRow[]
    ).map((r) => this.toTask(r));
  }

  /**
   * Every task, finished ones too, grouped by service (each group in byService's order): what a
   * reconcile pass reads once instead of asking per service.
   */
  allByService(): Map<string, Task[]> {
    const out = new Map<string, Task[]>();
    for (const [serviceId, tasks] of this.loaded())
      if (tasks.size) out.set(serviceId, [...tasks.values()].sort(bySlotThenCreated));
    return out;
  }

  /** Drops the in-memory index (a transaction rolled back: it may hold what never landed). */
  forget(): void {
    this.index = null;
  }

  private loaded(): Map<string, Map<string, Task>> {
    if (!this.index) {
      const index = new Map<string, Map<string, Task>>();
      this.index = index;
      for (const r of this.stmt('SELECT * FROM tasks').all() as TaskRow[]) this.indexed(this.toTask(r));
      if (this.db.dialect === 'postgres') this.index = null;
      return index;
    }
    return this.index;
  }

  private indexed(t: Task): void {
    if (!this.index) return;
    let tasks = this.index.get(t.serviceId);
    if (!tasks) this.index.set(t.serviceId, (tasks = new Map()));
    tasks.set(t.id, t);
  }

  private unindexed(rows: { id: string; service_id: string }[]): void {
    for (const r of rows) this.index?.get(r.service_id)?.delete(r.id);
  }

  /** Tasks not yet finished: what the reconciler works on. */
  active(): Task[] {
    return (
      this.stmt(
        `SELECT * FROM tasks WHERE state NOT IN ('COMPLETE','FAILED','SHUTDOWN','REJECTED','ORPHANED')`,
      ).all() as TaskRow[]
    ).map((r) => this.toTask(r));
  }

  /** The containers of tasks not yet finished (only that column: the ingress asks every second). */
  activeContainerIds(): string[] {
    return (
      this.stmt(
        `SELECT container_id FROM tasks WHERE container_id IS NOT NULL
             AND state NOT IN ('COMPLETE','FAILED','SHUTDOWN','REJECTED','ORPHANED')`,
      ).all() as { container_id: string }[]
    ).map((r) => r.container_id);
  }

  byNode(nodeId: string): Task[] {
    return (
      this.stmt('SELECT * FROM tasks WHERE node_id = ? ORDER BY created_at').all(nodeId) as TaskRow[]
    ).map((r) => this.toTask(r));
  }

  get(id: string): Task | undefined {
    const r = this.stmt('SELECT * FROM tasks WHERE id = ?').get(id) as TaskRow | undefined;
    return r && this.toTask(r);
  }

  /** The tasks of these ids (unknown ids are left out), in one query: what a request's loader batches. */
  getMany(ids: readonly string[]): Task[] {
    if (!ids.length) return [];
    return (
      this.stmt('SELECT * FROM tasks WHERE id IN (SELECT value FROM json_each(?))').all(
        JSON.stringify(ids),
      ) as TaskRow[]
    ).map((r) => this.toTask(r));
  }

  byContainer(containerId: string): Task | undefined {
    const r = this.stmt('SELECT * FROM tasks WHERE container_id = ?').get(containerId) as TaskRow | undefined;
    return r && this.toTask(r);
  }

  private toTask(r: TaskRow): Task {
    return this.parsed.get(r);
  }

  save(t: Task): void {
    this.upsertStmt.run({
      id: t.id,
      serviceId: t.serviceId,
      slot: t.slot,
      revision: t.revision,
      desiredState: t.desiredState,
      state: t.state,
      stateReason: t.stateReason,
      unplaced: t.unplaced ? JSON.stringify(t.unplaced) : null,
      history: JSON.stringify(
        t.history.map((h) => ({ state: h.state, at: h.at.toISOString(), reason: h.reason })),
      ),
      nodeId: t.nodeId,
      containerId: t.containerId,
      health: t.health,
      exitCode: t.exitCode,
      failures: t.failures,
      notBefore: toIso(t.notBefore),
      readyAt: toIso(t.readyAt),
      createdAt: t.createdAt.toISOString(),
      updatedAt: t.updatedAt.toISOString(),
    });
    this.indexed(t);
  }

  deleteByService(serviceId: string): void {
    this.db.prepare('DELETE FROM tasks WHERE service_id = ?').run(serviceId);
    this.index?.delete(serviceId);
  }

  /**
   * Keeps the newest `keep` finished tasks per slot (per node for global services) so history stays
   * bounded under a crash loop; the newest one is what the restart supervisor reads.
   */
  pruneFinished(serviceId: string, keep = 5): number {
    const gone = this.stmt(
      `DELETE FROM tasks WHERE id IN (
           SELECT id FROM (
             SELECT id, ROW_NUMBER() OVER (
               PARTITION BY slot, CASE WHEN slot = 0 THEN node_id ELSE '' END ORDER BY created_at DESC) AS rn
             FROM tasks
             WHERE service_id = ? AND state IN ('COMPLETE','FAILED','SHUTDOWN','REJECTED','ORPHANED')) AS ranked
           WHERE rn > ?)
       RETURNING id, service_id`,
    ).all(serviceId, keep) as { id: string; service_id: string }[];
    this.unindexed(gone);
    return gone.length;
  }

  /** pruneFinished for every service in one statement (the reconciler's periodic sweep). */
  pruneAllFinished(keep = 5): number {
    const gone = this.stmt(
      `DELETE FROM tasks WHERE id IN (
           SELECT id FROM (
             SELECT id, ROW_NUMBER() OVER (
               PARTITION BY service_id, slot, CASE WHEN slot = 0 THEN node_id ELSE '' END
               ORDER BY created_at DESC) AS rn
             FROM tasks
             WHERE state IN ('COMPLETE','FAILED','SHUTDOWN','REJECTED','ORPHANED')) AS ranked
           WHERE rn > ?)
       RETURNING id, service_id`,
    ).all(keep) as { id: string; service_id: string }[];
    this.unindexed(gone);
    return gone.length;
  }
}

/** byService's order: slot, then creation. */
function bySlotThenCreated(a: Task, b: Task): number {
  return a.slot - b.slot || a.createdAt.getTime() - b.createdAt.getTime();
}
