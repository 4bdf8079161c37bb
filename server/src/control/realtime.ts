import type { Config } from '../config.js';
import { changesMembership } from '../domain/container-actions.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { NodeService } from '../app/nodes.js';
import { createPubSub, type PubSub } from './pubsub/index.js';
import type { Store } from '../store/store.js';
import { ContainerLocator } from './container-locator.js';
import { EngineEvents } from './engine-events.js';
import type { EventBus } from '../app/event-bus.js';
import { EVENTS_CHANNEL, EventLog } from './event-log.js';
import { listenPg } from '../store/pg-listen.js';
import { LogStreams } from './log-streams.js';
import type { StatsGroupSpec } from '../app/stats.js';
import { StatsGroups } from './stats-groups.js';
import { StatsHub } from './stats-hub.js';

/**
 * The real-time layer, built and started as one by Core: the event log (bus → SQLite → live
 * subscribers and other instances through the pubsub), engine event ingestion (the leader's), and the shared
 * engine streams (stats, logs) that subscriptions draw from.
 */
export class Realtime {
  readonly pubsub: PubSub;
  readonly eventLog: EventLog;
  readonly locator: ContainerLocator;
  readonly engineEvents: EngineEvents;
  readonly stats: StatsHub;
  readonly statsGroups: StatsGroups;
  readonly logs: LogStreams;
  /** Events this process has appended to the log (the leader tells them from other replicas'). */
  logged = 0;

  constructor(
    readonly config: Config,
    store: Store,
    bus: EventBus,
    private readonly nodes: NodeService,
    metrics: Metrics,
    log: Logger,
  ) {
    this.pubsub = createPubSub(config, log);
    this.eventLog = new EventLog(
      store.db,
      bus,
      this.pubsub,
      {
        retention: config.eventRetention,
        pruneIntervalMs: config.eventPruneIntervalMs,
        // Replicas on one PostgreSQL share the table: delivered from it, never copied over the pubsub.
        // LISTEN/NOTIFY wakes each replica on every append; the poll is the safety net.
        ...(store.shared && {
          shared: {
            pollMs: config.eventPollMs,
            ...(config.databaseUrl && {
              listen: (onAppend: () => void) =>
                listenPg(config.databaseUrl!, EVENTS_CHANNEL, onAppend, log.child({ part: 'event-listen' })),
            }),
          },
          storeId: store.installationId,
        }),
        onLogged: (n) => {
          this.logged += n;
          metrics.eventsLogged.inc(n);
        },
      },
      log.child({ part: 'event-log' }),
    );
    this.locator = new ContainerLocator(nodes);
    this.engineEvents = new EngineEvents(nodes, bus, log.child({ loop: 'engine-events' }), this.locator, {
      inspectTimeoutMs: config.engineTimeoutMs,
      onStreamCount: (n) => metrics.engineEventStreams.set(n),
    });
    this.stats = new StatsHub(log.child({ part: 'stats' }), {
      onStreamCount: (n) => metrics.engineStatsStreams.set(n),
    });
    this.statsGroups = new StatsGroups(
      this.stats,
      (l) => this.engineEvents.onEngineEvent(l),
      log.child({ part: 'stats' }),
    );
    this.logs = new LogStreams((n) => metrics.engineLogStreams.set(n));
  }

  /**
   * The part every replica runs: the pubsub and the event log. Engine event ingestion is the
   * leader's (Core starts `engineEvents` with the other loops).
   */
  async start(): Promise<void> {
    await this.pubsub.start();
    await this.eventLog.start();
  }

  async stop(): Promise<void> {
    this.engineEvents.stop();
    this.statsGroups.stop();
    this.stats.stop();
    await this.eventLog.stop();
    await this.pubsub.close();
  }

  /** A node's running containers as a stats group (nodeStats). */
  nodeStatsSpec(nodeId: string): StatsGroupSpec {
    const nodes = this.nodes;
    return {
      key: `node:${nodeId}`,
      async members() {
        const node = nodes.get(nodeId);
        if (!node) throw new Error(`node ${nodeId} is gone`);
        const driver = nodes.driver(node);
        const list = await driver.listContainers({ all: false });
        return list
          .filter((c) => c.state === 'running')
          .map((c) => ({ containerId: c.id, nodeId, name: c.name, driver }));
      },
      affects: (nid, e) => nid === nodeId && changesMembership(e),
      capacity() {
        const n = nodes.get(nodeId);
        return n ? { cpus: n.capacity.nanoCpus / 1e9, memoryBytes: n.capacity.memoryBytes } : null;
      },
    };
  }

  /** Live use of the containers being sampled on these nodes; null when none is. */
  usage(nodeIds: Set<string>): { usedCpus: number; usedMemoryBytes: number } | null {
    let cpus = 0;
    let mem = 0;
    let n = 0;
    for (const s of this.stats.allLatest()) {
      if (!nodeIds.has(s.nodeId)) continue;
      n++;
      cpus += s.cpuPercent / 100;
      mem += s.memoryUsageBytes;
    }
    return n ? { usedCpus: cpus, usedMemoryBytes: mem } : null;
  }
}
