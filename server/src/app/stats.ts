import { changesMembership } from '../domain/container-actions.js';
import type { EngineDriver } from '../engine/engine.js';
import type { EngineEvent } from '../engine/types.js';
import type { Store } from '../store/store.js';
import { LABEL } from './labels.js';
import type { NodeService } from './nodes.js';

/*
 * Live resource use as the use cases and the API see it. The stats hub and stats groups
 * (control/stats-hub.ts, control/stats-groups.ts) produce these; what a service's group is made
 * of is decided here.
 */

/** One container's resource use at one instant, in the units `docker stats` shows. */
export interface ContainerStats {
  containerId: string;
  nodeId: string;
  name: string;
  timestamp: Date;
  /** As the Docker CLI: 100 = one CPU busy, so up to onlineCpus × 100. */
  cpuPercent: number;
  onlineCpus: number;
  /** Usage minus the inactive file cache, as the Docker CLI. */
  memoryUsageBytes: number;
  memoryLimitBytes: number;
  memoryPercent: number;
  networkRxBytes: number;
  networkTxBytes: number;
  /** From consecutive samples; 0 on the first. */
  networkRxBytesPerSec: number;
  networkTxBytesPerSec: number;
  blockReadBytes: number;
  blockWriteBytes: number;
  pids: number;
}

/** A container to sample: resolved (full id, node, driver) by the caller. */
export interface StatsTarget {
  containerId: string;
  nodeId: string;
  name: string;
  driver: EngineDriver;
}

/** What a stats group is: its identity, its members now, and what its percentages are of. */
export interface StatsGroupSpec {
  /** Identity for sharing: subscribers of the same key share one group. */
  key: string;
  /** The containers that belong now (running ones). */
  members(): Promise<StatsTarget[]>;
  /** Whether an engine event may change membership (a start, die, destroy of a member...). */
  affects(nodeId: string, e: EngineEvent): boolean;
  /** What percentages are of; null when unknown. */
  capacity(): { cpus: number; memoryBytes: number } | null;
}

export interface GroupStats {
  timestamp: Date;
  containerCount: number;
  /** Members with a current sample (a just-started container has none for ~2 s). */
  sampledContainerCount: number;
  /** CPUs in use (sum of container CPU percent / 100). */
  usedCpus: number;
  capacityCpus: number | null;
  /** usedCpus as a percent of the group's capacity (100 = all of it). */
  cpuPercent: number | null;
  memoryUsedBytes: number;
  capacityMemoryBytes: number | null;
  memoryPercent: number | null;
  networkRxBytesPerSec: number;
  networkTxBytesPerSec: number;
  pids: number;
}

/** What a service's live stats are made of: its running replicas, as a group and one by one. */
export class ServiceStats {
  constructor(
    private readonly store: Store,
    private readonly nodes: NodeService,
    /** The stats hub's newest sample of a container, if it is being sampled. */
    private readonly latest: (containerId: string) => ContainerStats | undefined,
  ) {}

  /** The running replicas as one stats group (what serviceStats sums and compares to its limits). */
  group(serviceId: string): StatsGroupSpec {
    const { store, nodes } = this;
    return {
      key: `service:${serviceId}`,
      async members() {
        return store.tasks
          .byService(serviceId)
          .filter((t) => t.state === 'RUNNING' && t.containerId && t.nodeId)
          .flatMap((t) => {
            const node = nodes.get(t.nodeId!);
            return node
              ? [{ containerId: t.containerId!, nodeId: node.id, name: t.id, driver: nodes.driver(node) }]
              : [];
          });
      },
      affects: (_nodeId, e) => e.attributes[LABEL.service] === serviceId && changesMembership(e),
      capacity() {
        const s = store.services.get(serviceId);
        if (!s) return null;
        const running = store.tasks.byService(serviceId).filter((t) => t.state === 'RUNNING').length;
        const cpus = (s.spec.limits.nanoCpus / 1e9) * running;
        const mem = s.spec.limits.memoryBytes * running;
        return cpus > 0 || mem > 0 ? { cpus, memoryBytes: mem } : null;
      },
    };
  }

  /** The latest sample of each running replica, for those that have one. */
  replicas(serviceId: string): ContainerStats[] {
    return this.store.tasks
      .byService(serviceId)
      .filter((t) => t.state === 'RUNNING' && t.containerId)
      .flatMap((t) => {
        const s = this.latest(t.containerId!);
        return s ? [s] : [];
      });
  }
}
