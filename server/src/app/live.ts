import type { EventFilter, LoggedEvent } from '../domain/event-filter.js';
import type { Node } from '../domain/node.js';
import type { EngineDriver } from '../engine/engine.js';
import type { LogLine, LogOptions, Subscription } from '../engine/types.js';
import type { EventSource } from './event-stream.js';
import type { ContainerStats, GroupStats, StatsGroupSpec, StatsTarget } from './stats.js';

/*
 * What the subscriptions open: the event log, shared log and stats streams. The realtime layer
 * (control/realtime.ts) answers; the composition root wires it to this port, so the API holds
 * these operations and not the loops behind them.
 */

/** A container found by id, short id or name (and optionally its node). */
export interface LocatedContainer {
  node: Node;
  driver: EngineDriver;
  /** The full container id. */
  id: string;
  name: string;
}

/** The event log as the API reads it: live fan-out, history both ways. */
export interface EventHistory extends EventSource {
  /** Persisted events strictly after `after`, oldest first (the log reads synchronously). */
  read(after: number, filter: EventFilter, limit: number): LoggedEvent[];
  /** Persisted events strictly before `before` (or the newest), newest first. */
  readBackwards(before: number | undefined, filter: EventFilter, limit: number): LoggedEvent[];
  /** Persisted events that match the filter. */
  count(filter: EventFilter): number;
}

export interface Live {
  readonly events: EventHistory;
  locate(ref: string, nodeRef?: string | null): Promise<LocatedContainer>;
  /** One counted engine log-follow stream; `onEnd` once, when the output ends or fails. */
  followLogs(
    driver: EngineDriver,
    containerId: string,
    opts: LogOptions,
    onLine: (l: LogLine) => void,
    onEnd: (err?: Error) => void,
  ): Subscription;
  /** A container's samples from the one shared engine stream; returns the unwatch. */
  watchStats(
    target: StatsTarget,
    onSample: (s: ContainerStats) => void,
    onEnd?: (err?: Error) => void,
  ): () => void;
  /** A group's aggregate, shared per `spec.key`, every `intervalMs`; returns the unwatch. */
  watchGroup(spec: StatsGroupSpec, intervalMs: number, listener: (g: GroupStats) => void): () => void;
  /** A node's running containers as a stats group. */
  nodeStats(nodeId: string): StatsGroupSpec;
  /** Live use of the sampled containers on these nodes, null when none is sampled. */
  usage(nodeIds: Set<string>): { usedCpus: number; usedMemoryBytes: number } | null;
  /** Counts events a slow subscriber missed (a stream.gap of `n`). */
  subscriptionGap(n: number): void;
}
