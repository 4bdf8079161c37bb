import type { Logger } from '../logger.js';
import type { EngineEvent } from '../engine/types.js';
import type { GroupStats, StatsGroupSpec } from '../app/stats.js';
import type { StatsHub } from './stats-hub.js';

interface Group {
  spec: StatsGroupSpec;
  refs: number;
  members: Map<string, () => void>;
  syncing: boolean;
  again: boolean;
  debounce: NodeJS.Timeout | undefined;
  resync: NodeJS.Timeout;
  off: () => void;
  synced: boolean;
}

/**
 * Aggregate stats over a changing set of containers — a node's running containers, a
 * service's running tasks (app/stats.ts ServiceStats). A group
 * watches each member through the StatsHub (so a container watched by a group and by
 * containerStats subscribers still has one engine stream) and re-reads its membership when an
 * engine event says it may have changed, and periodically.
 */
export class StatsGroups {
  private readonly groups = new Map<string, Group>();
  private readonly ticks = new Set<NodeJS.Timeout>();

  constructor(
    private readonly hub: StatsHub,
    private readonly onEngineEvent: (l: (nodeId: string, e: EngineEvent) => void) => () => void,
    private readonly log: Logger,
    private readonly resyncMs = 10_000,
  ) {}

  groupCount(): number {
    return this.groups.size;
  }

  /** Calls `listener` every `intervalMs` with the group's aggregate; returns the stop function. */
  watch(spec: StatsGroupSpec, intervalMs: number, listener: (s: GroupStats) => void): () => void {
    const g = this.acquire(spec);
    const tick = setInterval(() => {
      if (g.synced) listener(this.snapshot(g));
    }, intervalMs);
    this.ticks.add(tick);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      clearInterval(tick);
      this.ticks.delete(tick);
      this.release(g);
    };
  }

  /** Server stop: every group and subscriber timer goes. */
  stop(): void {
    for (const t of this.ticks) clearInterval(t);
    this.ticks.clear();
    for (const g of [...this.groups.values()]) {
      g.refs = 1;
      this.release(g);
    }
  }

  private acquire(spec: StatsGroupSpec): Group {
    const existing = this.groups.get(spec.key);
    if (existing) {
      existing.refs++;
      return existing;
    }
    const g: Group = {
      spec,
      refs: 1,
      members: new Map(),
      syncing: false,
      again: false,
      debounce: undefined,
      resync: setInterval(() => void this.sync(g), this.resyncMs),
      off: () => {},
      synced: false,
    };
    // Membership changes arrive as engine events; a burst of them makes one refresh.
    g.off = this.onEngineEvent((nodeId, e) => {
      if (!spec.affects(nodeId, e) || g.debounce) return;
      g.debounce = setTimeout(() => {
        g.debounce = undefined;
        void this.sync(g);
      }, 100);
    });
    this.groups.set(spec.key, g);
    void this.sync(g);
    return g;
  }

  private release(g: Group): void {
    if (--g.refs > 0) return;
    this.groups.delete(g.spec.key);
    clearInterval(g.resync);
    if (g.debounce) clearTimeout(g.debounce);
    g.off();
    for (const unwatch of g.members.values()) unwatch();
    g.members.clear();
  }

  private async sync(g: Group): Promise<void> {
    if (g.syncing) {
      g.again = true;
      return;
    }
    g.syncing = true;
    try {
      const targets = await g.spec.members();
      if (this.groups.get(g.spec.key) !== g) return; // released meanwhile
      const want = new Map(targets.map((t) => [t.containerId, t]));
      for (const [id, unwatch] of g.members) {
        if (!want.has(id)) {
          unwatch();
          g.members.delete(id);
        }
      }
      for (const [id, t] of want) {
        if (g.members.has(id)) continue;
        g.members.set(
          id,
          this.hub.watch(
            t,
            () => {},
            () => g.members.delete(id),
          ),
        );
      }
      g.synced = true;
    } catch (err) {
      this.log.debug(
        { group: g.spec.key, err: (err as Error).message },
        'stats group membership refresh failed',
      );
    } finally {
      g.syncing = false;
      if (g.again && this.groups.get(g.spec.key) === g) {
        g.again = false;
        void this.sync(g);
      }
    }
  }

  private snapshot(g: Group): GroupStats {
    let cpu = 0;
    let mem = 0;
    let rx = 0;
    let tx = 0;
    let pids = 0;
    let sampled = 0;
    for (const id of g.members.keys()) {
      const s = this.hub.latest(id);
      if (!s) continue;
      sampled++;
      cpu += s.cpuPercent;
      mem += s.memoryUsageBytes;
      rx += s.networkRxBytesPerSec;
      tx += s.networkTxBytesPerSec;
      pids += s.pids;
    }
    const cap = g.spec.capacity();
    const usedCpus = cpu / 100;
    return {
      timestamp: new Date(),
      containerCount: g.members.size,
      sampledContainerCount: sampled,
      usedCpus,
      capacityCpus: cap?.cpus ?? null,
      cpuPercent: cap && cap.cpus > 0 ? (usedCpus / cap.cpus) * 100 : null,
      memoryUsedBytes: mem,
      capacityMemoryBytes: cap?.memoryBytes ?? null,
      memoryPercent: cap && cap.memoryBytes > 0 ? (mem / cap.memoryBytes) * 100 : null,
      networkRxBytesPerSec: rx,
      networkTxBytesPerSec: tx,
      pids,
    };
  }
}
