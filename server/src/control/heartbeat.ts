import pLimit from 'p-limit';
import type { Logger } from '../logger.js';
import type { NodeService } from '../app/nodes.js';
import type { Node } from '../domain/node.js';
import { ZERO_RESOURCES, addResources, type Resources } from '../domain/resources.js';
import type { EngineDriver } from '../engine/engine.js';
import type { ContainerResources } from '../engine/types.js';
import { withTimeout } from '../engine/timeout.js';
import { NodeLoadSampler } from './node-load.js';

export interface HeartbeatOptions {
  intervalMs: number;
  graceMs: number;
  timeoutMs: number;
  /** How often a node's live load is sampled (default: every beat). */
  loadIntervalMs?: number;
  /**
   * A node's containers are listed again on a beat only after an engine event on it (`changed`),
   * or when the last list is older than this (the safety net for a missed event; default 30 s).
   */
  relistMs?: number;
  /** How long a read of the load keeps it sampled (NodeLoadSampler); 0: always. */
  loadDemandMs?: number;
}

interface Listed {
  at: number;
  running: string[];
}

/**
 * Asks every node's engine for its info on a fixed beat. A node that has not answered for the
 * grace period is DOWN; the first answer after that makes it READY again. Also refreshes the
 * container counts and allocation the API shows, caching per-container resources (immutable
 * after create) so a beat costs one list call per node, not one inspect per container. Every
 * `loadIntervalMs` a beat also samples the node's live load (`load`, for the scheduler).
 */
export class Heartbeat {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly limit = pLimit(16);
  private readonly resourceCache = new Map<string, Map<string, ContainerResources>>();
  /** The last container list per node, and whether an engine event has changed it since. */
  private readonly listed = new Map<string, Listed>();
  private readonly dirty = new Set<string>();
  /** Live CPU and memory use per node, sampled on the beat. */
  readonly load: NodeLoadSampler;

  constructor(
    private readonly nodes: NodeService,
    private readonly opts: HeartbeatOptions,
    private readonly log: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.load = new NodeLoadSampler(opts.loadIntervalMs ?? opts.intervalMs, opts.loadDemandMs);
  }

  private inFlight: Promise<void> | undefined;

  start(): void {
    const tick = async () => {
      this.inFlight = this.beatAll();
      // A beat that could not even record its failure (the store refused it: fencing, or the
      // database gone) is this beat's loss; the next one tries again.
      await this.inFlight.catch(() => {});
      if (this.running) this.timer = setTimeout(tick, this.opts.intervalMs);
    };
    this.running = true;
    this.timer = setTimeout(tick, 0);
  }

  /** Stops beating and waits for a beat in flight, so nothing writes to a closed store. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight?.catch(() => {});
    await this.load.idle();
  }

  /** An engine event on the node: its container counts and allocation are listed again on the next beat. */
  changed(nodeId: string): void {
    this.dirty.add(nodeId);
  }

  async beatAll(): Promise<void> {
    await Promise.all(this.nodes.list().map((n) => this.limit(() => this.beat(n))));
  }

  async beat(node: Node): Promise<Node> {
    const driver = this.nodes.driver(node);
    try {
      // The round trip alone (the engine's /_ping), for the node's and its cluster's latency.
      const t0 = performance.now();
      await withTimeout(driver.ping(), this.opts.timeoutMs, `no answer within ${this.opts.timeoutMs} ms`);
      this.nodes.recordLatency(node.id, performance.now() - t0);
      const info = await withTimeout(
        driver.info(),
        this.opts.timeoutMs,
        `no answer within ${this.opts.timeoutMs} ms`,
      );
      const next = this.nodes.recordBeat(node, { ok: true, info }, this.opts.graceMs, this.now());
      await this.refreshRuntime(next, driver);
      return next;
    } catch (err) {
      const message = (err as Error).message;
      const prev = this.nodes.runtimeOf(node.id);
      this.nodes.setRuntime(node.id, {
        ...prev,
        consecutiveFailures: prev.consecutiveFailures + 1,
        lastError: message,
      });
      if (prev.consecutiveFailures === 0)
        this.log.warn({ node: node.name, err: message }, 'heartbeat failed');
      return this.nodes.recordBeat(node, { ok: false, error: message }, this.opts.graceMs, this.now());
    }
  }

  private async refreshRuntime(node: Node, driver: EngineDriver): Promise<void> {
    const last = this.listed.get(node.id);
    const fresh = last && Date.now() - last.at < (this.opts.relistMs ?? 30_000);
    if (fresh && !this.dirty.has(node.id) && this.nodes.runtimeOf(node.id).consecutiveFailures === 0) {
      void this.load.sample(node, driver, last.running, this.now());
      return;
    }
    this.dirty.delete(node.id);
    const listedAt = Date.now();
    const list = await driver.listContainers({ all: true });
    let cache = this.resourceCache.get(node.id);
    if (!cache) this.resourceCache.set(node.id, (cache = new Map()));
    let allocated: Resources = { ...ZERO_RESOURCES };
    const alive = new Set<string>();
    for (const c of list) {
      alive.add(c.id);
      if (c.state !== 'running') continue;
      let r = cache.get(c.id);
      if (!r) {
        try {
          r = (await driver.inspectContainer(c.id)).resources;
          cache.set(c.id, r);
        } catch {
          continue; // removed between list and inspect
        }
      }
      allocated = addResources(allocated, {
        nanoCpus: r.nanoCpus,
        memoryBytes: r.memoryReservationBytes || r.memoryBytes,
      });
    }
    for (const id of cache.keys()) if (!alive.has(id)) cache.delete(id);
    const running = list.filter((c) => c.state === 'running').map((c) => c.id);
    this.listed.set(node.id, { at: listedAt, running });
    void this.load.sample(node, driver, running, this.now());
    this.nodes.setRuntime(node.id, {
      containers: list.length,
      containersRunning: list.filter((c) => c.state === 'running').length,
      allocated,
      consecutiveFailures: 0,
      lastError: null,
    });
  }
}
