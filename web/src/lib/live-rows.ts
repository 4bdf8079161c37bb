/**
 * Live lists patched in place. A list page used to refetch its whole list (network-only) on each
 * matching event: at 100 services that is 100 rows fetched, diffed and re-rendered because one
 * replica's health changed. Here an event becomes a patch of the one row it names (new counts
 * from its payload, or that row fetched again), rows it does not touch keep their identity (React
 * skips them), and a whole refetch is kept for what a patch cannot express (a gap in the stream,
 * or so many rows touched at once that one list answer is cheaper).
 */

export interface Keyed {
  id: string;
}

export type RowPatch<T extends Keyed> =
  | { kind: 'patch'; id: string; patch: (row: T) => T }
  | { kind: 'upsert'; row: T }
  | { kind: 'remove'; id: string };

/**
 * The rows after the patches, in order: a patched or upserted row stays where it was, a new one
 * goes to the end (the views sort for display), a patch of an unknown row is dropped. The same
 * array comes back when nothing changed, and untouched rows keep their identity.
 */
export function applyRowPatches<T extends Keyed>(rows: readonly T[], patches: readonly RowPatch<T>[]): T[] {
  if (!patches.length) return rows as T[];
  const out = [...rows];
  const index = new Map(out.map((r, i) => [r.id, i]));
  let changed = false;
  let removed = false;
  for (const p of patches) {
    if (p.kind === 'remove') {
      const i = index.get(p.id);
      if (i === undefined || out[i] === undefined) continue;
      index.delete(p.id);
      // Marked, then dropped at the end, so the indices of the other rows stay valid.
      (out as (T | undefined)[])[i] = undefined;
      changed = removed = true;
      continue;
    }
    const id = p.kind === 'upsert' ? p.row.id : p.id;
    const i = index.get(id);
    const current = i === undefined ? undefined : out[i];
    if (p.kind === 'patch') {
      if (!current) continue;
      const next = p.patch(current);
      if (next !== current) {
        out[i!] = next;
        changed = true;
      }
    } else if (current) {
      out[i!] = p.row;
      changed = true;
    } else {
      index.set(id, out.length);
      out.push(p.row);
      changed = true;
    }
  }
  if (!changed) return rows as T[];
  return removed ? out.filter((r): r is T => r !== undefined) : out;
}

/** The counts a service.status event carries (the reconciler's serviceCounts, with status). */
export interface ServiceStatusData {
  status: string;
  desired: number;
  running: number;
  healthy: number;
  pending: number | null;
  unhealthy: number | null;
  rollout: string | null;
}

/** service.status's payload, or null when it is not one (an older server, a malformed event). */
export function serviceStatusData(data: unknown): ServiceStatusData | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  const num = (k: string) => (typeof d[k] === 'number' && Number.isFinite(d[k]) ? (d[k] as number) : null);
  const [desired, running, healthy] = [num('desired'), num('running'), num('healthy')];
  if (typeof d.status !== 'string' || !d.status || desired === null || running === null || healthy === null)
    return null;
  return {
    status: d.status,
    desired,
    running,
    healthy,
    pending: num('pending'),
    unhealthy: num('unhealthy'),
    rollout: typeof d.rollout === 'string' ? d.rollout : null,
  };
}

interface ServiceCountsRow {
  status: string;
  desiredReplicas: number;
  runningReplicas: number;
  healthyReplicas: number;
  pendingReplicas: number;
  unhealthyReplicas: number;
  rollout?: { state: string } | null;
}

/**
 * A service row with a service.status event's counts; the same row when they are what it shows.
 * `stale` says the row's rollout state differs from the event's (the progress bar needs the row
 * fetched again: the event does not carry the rollout's own counts).
 */
export function withServiceStatus<T extends ServiceCountsRow>(
  row: T,
  d: ServiceStatusData,
): { row: T; stale: boolean } {
  const rolloutNow = row.rollout?.state && row.rollout.state !== 'NONE' ? row.rollout.state : null;
  const stale = (d.rollout ?? null) !== rolloutNow;
  const next = {
    status: d.status,
    desiredReplicas: d.desired,
    runningReplicas: d.running,
    healthyReplicas: d.healthy,
    pendingReplicas: d.pending ?? row.pendingReplicas,
    unhealthyReplicas: d.unhealthy ?? row.unhealthyReplicas,
  };
  const same = (Object.keys(next) as (keyof typeof next)[]).every((k) => row[k] === next[k]);
  return { row: same ? row : ({ ...row, ...next } as T), stale };
}

/** What a service list does with one event: patch counts, fetch that row again, drop it, or nothing. */
export type ServiceEventAction =
  | { kind: 'counts'; id: string; data: ServiceStatusData }
  | { kind: 'fetch'; id: string }
  | { kind: 'remove'; id: string }
  | { kind: 'refetch-all' }
  | { kind: 'none' };

/**
 * The action for an event. Task and container events change counts that the reconciler's next
 * service.status carries, so alone they fetch nothing, except for a service whose rollout is in
 * progress (its progress bar counts updated tasks, which service.status does not carry).
 */
export function serviceEventAction(
  e: { kind: string; serviceId?: string | null; data?: unknown },
  rollingOut: (id: string) => boolean,
): ServiceEventAction {
  if (e.kind === 'stream.gap') return { kind: 'refetch-all' };
  const id = e.serviceId;
  if (!id) return { kind: 'none' };
  if (e.kind === 'service.removed') return { kind: 'remove', id };
  if (e.kind === 'service.status') {
    const data = serviceStatusData(e.data);
    return data ? { kind: 'counts', id, data } : { kind: 'fetch', id };
  }
  if (/^(task|container)\./.test(e.kind)) return rollingOut(id) ? { kind: 'fetch', id } : { kind: 'none' };
  // service.created/updated/scaled, rollout.*, autoscaler.decision, ingress.*: the row may change.
  if (/^(service|rollout|autoscaler)\./.test(e.kind)) return { kind: 'fetch', id };
  return { kind: 'none' };
}
