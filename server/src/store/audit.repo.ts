import type { SqlDb } from './sql.js';
import { parseJson } from './json.js';

export interface AuditEntry {
  id: number;
  time: Date;
  /** Username, token owner (`alice (token ci)`), or `anonymous`. */
  actor: string;
  actorKind: 'user' | 'token' | 'anonymous';
  credentialId: string | null;
  /** The mutation (createService, login…). */
  action: string;
  environmentId: string | null;
  /** What it acted on, as given (an id or name), when there is one. */
  target: string | null;
  ip: string;
  userAgent: string;
  outcome: 'ok' | 'error';
  /** The error's code (FORBIDDEN, BAD_USER_INPUT…) when the outcome is error. */
  errorCode: string | null;
  /** Arguments with every sensitive value cut out. */
  details: Record<string, unknown> | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export interface AuditFilter {
  actor?: string;
  action?: string;
  environmentIds?: string[];
  outcome?: 'ok' | 'error';
  sinceMs?: number;
  untilMs?: number;
}

interface Row {
  id: number;
  time_ms: number;
  actor: string;
  actor_kind: string;
  credential_id: string | null;
  action: string;
  environment_id: string | null;
  target: string | null;
  ip: string;
  user_agent: string;
  outcome: string;
  error_code: string | null;
  details: string | null;
}

const toEntry = (r: Row): AuditEntry => ({
  id: r.id,
  time: new Date(r.time_ms),
  actor: r.actor,
  actorKind: r.actor_kind as AuditEntry['actorKind'],
  credentialId: r.credential_id,
  action: r.action,
  environmentId: r.environment_id,
  target: r.target,
  ip: r.ip,
  userAgent: r.user_agent,
  outcome: r.outcome as AuditEntry['outcome'],
  errorCode: r.error_code,
  details: parseJson<Record<string, unknown> | null>(r.details, null),
});

/**
 * The audit log: insert and read, nothing else. The table's triggers refuse UPDATE and DELETE,
 * so not even a bug (or a hand with sqlite3) in this process rewrites history quietly.
 */
export class AuditRepository {
  constructor(private readonly db: SqlDb) {}

  insert(e: NewAuditEntry): AuditEntry {
    const r = this.db
      .prepare(
        `INSERT INTO audit_log (time_ms, actor, actor_kind, credential_id, action, environment_id, target, ip, user_agent, outcome, error_code, details)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        e.time.getTime(),
        e.actor,
        e.actorKind,
        e.credentialId,
        e.action,
        e.environmentId,
        e.target,
        e.ip,
        e.userAgent,
        e.outcome,
        e.errorCode,
        e.details ? JSON.stringify(e.details) : null,
      ) as { id: number };
    return { ...e, id: r.id };
  }

  /** Newest first, before cursor `before` (exclusive), or oldest first after `after`. */
  query(f: AuditFilter, page: { after?: number; before?: number; limit: number }): AuditEntry[] {
    const cut = whereOf(f);
    if (!cut) return [];
    const { where, params } = cut;
    let order = 'DESC';
    if (page.after !== undefined) {
      where.push('id > ?');
      params.push(page.after);
      order = 'ASC';
    } else if (page.before !== undefined) {
      where.push('id < ?');
      params.push(page.before);
    }
    const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id ${order} LIMIT ?`;
    return (this.db.prepare(sql).all(...params, page.limit) as Row[]).map(toEntry);
  }

  /** Entries that match the filter (a connection's totalCount). */
  count(f: AuditFilter): number {
    const cut = whereOf(f);
    if (!cut) return 0;
    const sql = `SELECT COUNT(*) AS n FROM audit_log ${cut.where.length ? `WHERE ${cut.where.join(' AND ')}` : ''}`;
    return (this.db.prepare(sql).get(...cut.params) as { n: number }).n;
  }
}

/** The filter as SQL conditions; null when it matches nothing (no environment may be seen). */
function whereOf(f: AuditFilter): { where: string[]; params: unknown[] } | null {
  const where: string[] = [];
  const params: unknown[] = [];
  const cond = (sql: string, v: unknown) => {
    where.push(sql);
    params.push(v);
  };
  // A user's name also finds what their tokens did ("admin (token ci)").
  if (f.actor) {
    where.push("(actor = ? OR actor LIKE ? ESCAPE '\\')");
    params.push(f.actor, `${f.actor.replace(/[\\%_]/g, (c) => `\\${c}`)} (token %`);
  }
  if (f.action) cond('action = ?', f.action);
  if (f.outcome) cond('outcome = ?', f.outcome);
  if (f.sinceMs !== undefined) cond('time_ms >= ?', f.sinceMs);
  if (f.untilMs !== undefined) cond('time_ms < ?', f.untilMs);
  if (f.environmentIds) {
    if (f.environmentIds.length === 0) return null;
    where.push(`environment_id IN (${f.environmentIds.map(() => '?').join(', ')})`);
    params.push(...f.environmentIds);
  }
  return { where, params };
}
