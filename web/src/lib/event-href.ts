/**
 * A link to one event on the events page: filtered to its kind (and its service or node), with
 * `at` naming its cursor so the page marks that row. Failure banners (a pull, a backup, a
 * restore, a rollout rolled back) link here, so the reason can be read in its context.
 */
export interface EventRef {
  kind: string;
  cursor?: number | null;
  serviceId?: string | null;
  nodeId?: string | null;
}

export function eventHref(e: EventRef): string {
  const p = new URLSearchParams();
  if (e.kind) p.set('kind', e.kind);
  if (e.serviceId) p.set('service', e.serviceId);
  else if (e.nodeId) p.set('node', e.nodeId);
  if (typeof e.cursor === 'number' && Number.isFinite(e.cursor)) p.set('at', String(e.cursor));
  const q = p.toString();
  return `/events${q ? `?${q}` : ''}`;
}

/** The cursor an events page URL marks (`at`), or null. */
export function markedCursor(at: string | null | undefined): number | null {
  if (!at || !/^\d+$/.test(at)) return null;
  const n = Number(at);
  return Number.isSafeInteger(n) ? n : null;
}
