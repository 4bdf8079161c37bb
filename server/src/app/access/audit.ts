import type { Logger } from '../../logger.js';
import type { AuditEntry, AuditFilter, AuditRepository, NewAuditEntry } from '../../store/audit.repo.js';

export type { AuditEntry, AuditFilter } from '../../store/audit.repo.js';

/** Argument names whose values never reach the audit log (nor anything else that is kept). */
const SENSITIVE =
  /^(password|newPassword|currentPassword|value|content|token|secret|authToken|auth|tls|ca|cert|key)$/i;
const MAX_DETAILS = 4096;

/**
 * Who did what, when, from where, and how it ended: one row per mutation and login attempt,
 * append-only (the table's triggers refuse UPDATE and DELETE). Rows are queryable (auditLog) and
 * streamed live to subscribers (auditEvents).
 */
export class AuditLog {
  private readonly listeners = new Set<(e: AuditEntry) => void>();

  constructor(
    private readonly repo: AuditRepository,
    private readonly log: Logger,
  ) {}

  record(e: NewAuditEntry): AuditEntry | null {
    try {
      const entry = this.repo.insert(e);
      this.log.info(
        {
          audit: {
            id: entry.id,
            actor: e.actor,
            action: e.action,
            env: e.environmentId,
            outcome: e.outcome,
            code: e.errorCode,
          },
        },
        'audit',
      );
      for (const l of this.listeners) {
        try {
          l(entry);
        } catch (err) {
          this.log.warn({ err: (err as Error).message }, 'audit listener failed');
        }
      }
      return entry;
    } catch (err) {
      // An audit row that cannot be written is an operational alarm, never a silent drop.
      this.log.error({ err: (err as Error).message, action: e.action, actor: e.actor }, 'audit write failed');
      return null;
    }
  }

  query(f: AuditFilter, page: { after?: number; before?: number; limit: number }): AuditEntry[] {
    return this.repo.query(f, page);
  }

  /** Entries that match the filter. */
  count(f: AuditFilter): number {
    return this.repo.count(f);
  }

  listen(fn: (e: AuditEntry) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

/** Arguments as they may be kept: sensitive values cut, the whole bounded in size. */
export function sanitizeArgs(args: Record<string, unknown>): Record<string, unknown> | null {
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > 6) return '[…]';
    if (Array.isArray(v)) return v.slice(0, 50).map((x) => walk(x, depth + 1));
    if (v && typeof v === 'object' && !(v instanceof Date)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = SENSITIVE.test(k) ? '[redacted]' : walk(x, depth + 1);
      return out;
    }
    if (typeof v === 'string' && v.length > 256) return `${v.slice(0, 256)}…`;
    return v;
  };
  const clean = walk(args, 0) as Record<string, unknown>;
  if (!Object.keys(clean).length) return null;
  const text = JSON.stringify(clean);
  return text.length <= MAX_DETAILS ? clean : { truncated: true, arguments: Object.keys(clean) };
}
