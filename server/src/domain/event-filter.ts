import type { Severity, StevedoreEvent } from './event.js';

/** A persisted event: `cursor` is its position in this instance's event log (monotonic, never reused). */
export interface LoggedEvent extends StevedoreEvent {
  cursor: number;
}

/**
 * Which events a reader wants. Every given field must match; within `kinds` and `severities` any
 * entry may. A kind ending in `.*` matches the prefix ("container.*" → container.died, ...); a
 * containerId matches full ids it is a prefix of (short ids work as with the docker CLI).
 */
export interface EventFilter {
  clusterId?: string;
  /** Any of these clusters (what a caller may see); an empty list matches nothing. */
  clusterIds?: readonly string[];
  nodeId?: string;
  serviceId?: string;
  taskId?: string;
  containerId?: string;
  kinds?: string[];
  severities?: Severity[];
}

export function isKindPrefix(kind: string): boolean {
  return kind.endsWith('.*');
}

export function matchesFilter(f: EventFilter, e: StevedoreEvent): boolean {
  if (f.clusterId && e.clusterId !== f.clusterId) return false;
  if (f.clusterIds && !(e.clusterId && f.clusterIds.includes(e.clusterId))) return false;
  if (f.nodeId && e.nodeId !== f.nodeId) return false;
  if (f.serviceId && e.serviceId !== f.serviceId) return false;
  if (f.taskId && e.taskId !== f.taskId) return false;
  if (f.containerId && !e.containerId?.startsWith(f.containerId)) return false;
  if (f.severities?.length && !f.severities.includes(e.severity)) return false;
  if (f.kinds?.length) {
    const ok = f.kinds.some((k) => (isKindPrefix(k) ? e.kind.startsWith(k.slice(0, -1)) : e.kind === k));
    if (!ok) return false;
  }
  return true;
}
