import type { Severity, StevedoreEvent } from '../domain/event.js';
import { isKindPrefix, type EventFilter, type LoggedEvent } from '../domain/event-filter.js';
import type { SqlDb, SqlStatement } from './sql.js';
import { parseJson } from './json.js';

interface EventRow {
  id: number;
  time_ms: number;
  kind: string;
  severity: string;
  message: string;
  cluster_id: string | null;
  node_id: string | null;
  service_id: string | null;
  task_id: string | null;
  container_id: string | null;
  data: string | null;
}

function toEvent(r: EventRow): LoggedEvent {
  const e: LoggedEvent = {
    cursor: r.id,
    time: new Date(r.time_ms),
    kind: r.kind,
    severity: r.severity as Severity,
    message: r.message,
  };
  if (r.cluster_id) e.clusterId = r.cluster_id;
  if (r.node_id) e.nodeId = r.node_id;
  if (r.service_id) e.serviceId = r.service_id;
  if (r.task_id) e.taskId = r.task_id;
  if (r.container_id) e.containerId = r.container_id;
  if (r.data) e.data = parseJson<Record<string, unknown>>(r.data, {});
  return e;
}

/** The highest code point: `prefix + MAX` bounds every string starting with `prefix`. */
const MAX_CHAR = '\u{10FFFF}';

/**
 * The event log table. The row id is the cursor subscriptions resume from; reads page by cursor
 * in either direction with the filter pushed into SQL (each filter column is indexed with id).
 */
export class EventRepository {
  private readonly statements = new Map<string, SqlStatement>();

  constructor(private readonly db: SqlDb) {}

  private stmt(sql: string) {
    let s = this.statements.get(sql);
    if (!s) {
      // One statement per filter shape; a client varying its kinds list can't grow this without bound.
      if (this.statements.size >= 256) this.statements.clear();
      this.statements.set(sql, (s = this.db.prepare(sql)));
    }
    return s;
  }

  /** Appends events in one transaction; returns them with their cursors, in order. */
  insertMany(events: StevedoreEvent[]): LoggedEvent[] {
    const insert = this.stmt(
      `INSERT INTO events (time_ms, kind, severity, message, cluster_id, node_id, service_id, task_id, container_id, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    return this.db.transaction(() =>
      events.map((e) => {
        const r = insert.get(
          e.time.getTime(),
          e.kind,
          e.severity,
          e.message,
          e.clusterId ?? null,
          e.nodeId ?? null,
          e.serviceId ?? null,
          e.taskId ?? null,
          e.containerId ?? null,
          e.data && Object.keys(e.data).length ? JSON.stringify(e.data) : null,
        ) as { id: number };
        return { ...e, cursor: r.id };
      }),
    )();
  }

  /** The greatest cursor committed (0 when empty): where a shared log's tail starts. */
  maxCursor(): number {
    const r = this.stmt('SELECT COALESCE(MAX(id), 0) AS m FROM events').get() as { m: number };
    return Number(r.m);
  }

  /** Oldest first, strictly after `cursor` (0 = from the start). */
  after(cursor: number, filter: EventFilter, limit: number): LoggedEvent[] {
    const { where, params } = whereOf(filter);
    const sql = `SELECT * FROM events WHERE id > ?${where} ORDER BY id ASC LIMIT ?`;
    return (this.stmt(sql).all(cursor, ...params, limit) as EventRow[]).map(toEvent);
  }

  /** Newest first, strictly before `cursor` (undefined = from the newest). */
  before(cursor: number | undefined, filter: EventFilter, limit: number): LoggedEvent[] {
    const { where, params } = whereOf(filter);
    const sql = `SELECT * FROM events WHERE id < ?${where} ORDER BY id DESC LIMIT ?`;
    return (this.stmt(sql).all(cursor ?? Number.MAX_SAFE_INTEGER, ...params, limit) as EventRow[]).map(
      toEvent,
    );
  }

  /** The newest cursor handed out (0 when nothing was ever logged); survives pruning. */
  lastCursor(): number {
    const row = this.stmt(
      this.db.dialect === 'sqlite'
        ? `SELECT seq FROM sqlite_sequence WHERE name = 'events'`
        : `SELECT pg_sequence_last_value(pg_get_serial_sequence('events', 'id')) AS seq`,
    ).get() as { seq: number | null } | undefined;
    return row?.seq ?? 0;
  }

  /** The oldest cursor still kept, if any. */
  firstCursor(): number | undefined {
    return (this.stmt('SELECT MIN(id) AS id FROM events').get() as { id: number | null }).id ?? undefined;
  }

  count(): number {
    return (this.stmt('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
  }

  /** Events kept that match the filter (a connection's totalCount). */
  countMatching(filter: EventFilter): number {
    const { where, params } = whereOf(filter);
    // TRUE, not 1: PostgreSQL wants a boolean where SQLite takes any number.
    return (this.stmt(`SELECT COUNT(*) AS n FROM events WHERE TRUE${where}`).get(...params) as { n: number })
      .n;
  }

  /**
   * Deletes events older than `maxAgeMs` and beyond the newest `maxEvents` (0 = no such bound),
   * in batches so a large prune never holds the write lock for long. Returns how many went.
   */
  prune(bounds: { maxEvents: number; maxAgeMs: number }, now: Date, batch = 5000): number {
    let deleted = 0;
    const del = this.stmt(
      `DELETE FROM events WHERE id IN (SELECT id FROM events WHERE id <= ? ORDER BY id LIMIT ?)`,
    );
    let upTo = 0;
    if (bounds.maxAgeMs > 0) {
      const row = this.stmt(`SELECT MAX(id) AS id FROM events WHERE time_ms < ?`).get(
        now.getTime() - bounds.maxAgeMs,
      ) as {
        id: number | null;
      };
      upTo = Math.max(upTo, row.id ?? 0);
    }
    if (bounds.maxEvents > 0) {
      const row = this.stmt(`SELECT id FROM events ORDER BY id DESC LIMIT 1 OFFSET ?`).get(
        bounds.maxEvents,
      ) as { id: number } | undefined;
      upTo = Math.max(upTo, row?.id ?? 0);
    }
    if (upTo === 0) return 0;
    for (;;) {
      const n = del.run(upTo, batch).changes;
      deleted += n;
      if (n < batch) return deleted;
    }
  }
}

function whereOf(f: EventFilter): { where: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const eq = (col: string, v: string | undefined) => {
    if (!v) return;
    parts.push(`${col} = ?`);
    params.push(v);
  };
  eq('cluster_id', f.clusterId);
  if (f.clusterIds) {
    // No cluster at all matches nothing: FALSE (a boolean on both stores; PostgreSQL refuses 0).
    parts.push(f.clusterIds.length ? `cluster_id IN (${f.clusterIds.map(() => '?').join(', ')})` : 'FALSE');
    params.push(...f.clusterIds);
  }
  eq('node_id', f.nodeId);
  eq('service_id', f.serviceId);
  eq('task_id', f.taskId);
  if (f.containerId) {
    // A prefix (short id) as a range, which the (container_id, id) index serves.
    parts.push('container_id >= ? AND container_id < ?');
    params.push(f.containerId, f.containerId + MAX_CHAR);
  }
  if (f.severities?.length) {
    parts.push(`severity IN (${f.severities.map(() => '?').join(', ')})`);
    params.push(...f.severities);
  }
  if (f.kinds?.length) {
    const ors = f.kinds.map((k) => {
      if (!isKindPrefix(k)) {
        params.push(k);
        return 'kind = ?';
      }
      const prefix = k.slice(0, -1);
      params.push(prefix, prefix + MAX_CHAR);
      return '(kind >= ? AND kind < ?)';
    });
    parts.push(`(${ors.join(' OR ')})`);
  }
  return { where: parts.map((p) => ` AND ${p}`).join(''), params };
}
