import type { Logger } from '../logger.js';
import type { NodeService } from '../app/nodes.js';
import type { Severity, StevedoreEvent } from '../domain/event.js';
import { NodeStatus, type Node } from '../domain/node.js';
import type { EngineEvent, Subscription } from '../engine/types.js';
import type { ContainerLocator } from './container-locator.js';
import type { EventBus } from '../app/event-bus.js';
import { withTimeout } from '../engine/timeout.js';
import { LABEL } from '../app/labels.js';

/** Raw engine events, per node: the reconciler wakes on these. Must not throw (isolated if it does). */
export type EngineEventListener = (nodeId: string, e: EngineEvent) => void;

export interface EngineEventsOptions {
  /** Backoff between reconnects of a broken stream, doubling from min to max. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** How often READY nodes without a stream (and removed nodes with one) are looked for. */
  sweepMs?: number;
  /** Bound on the inspect that fetches a health probe's output. */
  inspectTimeoutMs?: number;
  onStreamCount?: (n: number) => void;
}

interface Watch {
  nodeId: string;
  endpoint: string;
  sub: Subscription | undefined;
  timer: NodeJS.Timeout | undefined;
  /** timeNano of the newest event seen: a new stream resumes from there. */
  lastTimeNano: number | undefined;
  /** Events seen at exactly lastTimeNano (the engine's `since` is inclusive). */
  seenAtLast: Set<string>;
  backoffMs: number;
  openedAt: number;
}

/** Container actions translated to domain events; others (exec_*, attach, resize, top...) are not. */
const CONTAINER_KINDS: Record<string, { kind: string; severity: Severity; verb: string }> = {
  create: { kind: 'container.created', severity: 'INFO', verb: 'created' },
  start: { kind: 'container.started', severity: 'INFO', verb: 'started' },
  restart: { kind: 'container.restarted', severity: 'INFO', verb: 'restarted' },
  kill: { kind: 'container.killed', severity: 'INFO', verb: 'killed' },
  stop: { kind: 'container.stopped', severity: 'INFO', verb: 'stopped' },
  oom: { kind: 'container.oom', severity: 'ERROR', verb: 'ran out of memory' },
  pause: { kind: 'container.paused', severity: 'INFO', verb: 'paused' },
  unpause: { kind: 'container.unpaused', severity: 'INFO', verb: 'unpaused' },
  destroy: { kind: 'container.destroyed', severity: 'INFO', verb: 'removed' },
};

/**
 * Follows every READY node's engine `/events` stream and turns container events into domain
 * events on the bus (container.created, .started, .died with exit code, .oom, .killed, .stopped,
 * .health with the last probe's output, .destroyed ...), carrying node, container, and the
 * service and task from the container's stevedore.* labels. Raw engine events also go to
 * `onEngineEvent` listeners.
 *
 * A broken stream is reopened with backoff from the last event's timeNano, so a short break
 * loses nothing (the engine replays from `since`; duplicates at the boundary are dropped). A node
 * going DOWN stops its stream; node.up reopens it from where it was.
 */
export class EngineEvents {
  private readonly watches = new Map<string, Watch>();
  private readonly listeners = new Set<EngineEventListener>();
  private unsubscribeBus: (() => void) | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private running = false;
  private readonly minBackoffMs: number;
  private readonly maxBackoffMs: number;

  constructor(
    private readonly nodes: NodeService,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly locator?: ContainerLocator,
    private readonly opts: EngineEventsOptions = {},
  ) {
    this.minBackoffMs = opts.minBackoffMs ?? 250;
    this.maxBackoffMs = opts.maxBackoffMs ?? 10_000;
  }

  /** Registers a raw engine event listener; returns its unsubscribe. */
  onEngineEvent(listener: EngineEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Engine event streams open now. */
  openStreams(): number {
    let n = 0;
    for (const w of this.watches.values()) if (w.sub) n++;
    return n;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribeBus = this.bus.subscribe((e) => {
      if (!e.nodeId) return;
      if (e.kind === 'node.up' || e.kind === 'node.added') this.ensure(e.nodeId, true);
      else if (e.kind === 'node.down') this.pause(e.nodeId);
      else if (e.kind === 'node.removed') this.drop(e.nodeId);
    });
    this.sweep();
    this.sweepTimer = setInterval(() => this.sweep(), this.opts.sweepMs ?? 5000);
    this.sweepTimer.unref();
  }

  stop(): void {
    this.running = false;
    this.unsubscribeBus?.();
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    for (const id of [...this.watches.keys()]) this.drop(id);
  }

  /** Streams for READY nodes that lack one; none for nodes gone or DOWN. */
  sweep(): void {
    if (!this.running) return;
    const nodes = this.nodes.list();
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const id of [...this.watches.keys()]) {
      const n = byId.get(id);
      if (!n) this.drop(id);
      else if (n.status === NodeStatus.DOWN) this.pause(id);
    }
    for (const n of nodes) if (n.status === NodeStatus.READY) this.ensure(n.id, false);
  }

  private ensure(nodeId: string, resetBackoff: boolean): void {
    if (!this.running) return;
    const node = this.nodes.get(nodeId);
    if (!node) return;
    let w = this.watches.get(nodeId);
    if (w && w.endpoint !== node.endpoint) {
      this.drop(nodeId);
      w = undefined;
    }
    if (!w) {
      w = {
        nodeId,
        endpoint: node.endpoint,
        sub: undefined,
        timer: undefined,
        lastTimeNano: undefined,
        seenAtLast: new Set(),
        backoffMs: this.minBackoffMs,
        openedAt: 0,
      };
      this.watches.set(nodeId, w);
    }
    if (resetBackoff) w.backoffMs = this.minBackoffMs;
    if (w.sub) return;
    if (w.timer && !resetBackoff) return;
    if (w.timer) clearTimeout(w.timer);
    w.timer = undefined;
    this.connect(w);
  }

  private connect(w: Watch): void {
    w.timer = undefined;
    if (!this.running || this.watches.get(w.nodeId) !== w) return;
    const node = this.nodes.get(w.nodeId);
    if (!node || node.status === NodeStatus.DOWN) return;
    w.openedAt = Date.now();
    const driver = this.nodes.driver(node);
    w.sub = driver.events(
      w.lastTimeNano,
      (e) => this.onEvent(w, e),
      (err) => this.onStreamEnd(w, err),
    );
    this.opts.onStreamCount?.(this.openStreams());
  }

  private onStreamEnd(w: Watch, err?: Error): void {
    w.sub = undefined;
    this.opts.onStreamCount?.(this.openStreams());
    if (!this.running || this.watches.get(w.nodeId) !== w) return;
    // A stream that lived a while broke for a fresh reason: start the backoff over.
    if (Date.now() - w.openedAt > 10_000) w.backoffMs = this.minBackoffMs;
    const delay = w.backoffMs;
    w.backoffMs = Math.min(w.backoffMs * 2, this.maxBackoffMs);
    this.log.debug({ node: w.nodeId, err: err?.message, retryInMs: delay }, 'engine event stream ended');
    w.timer = setTimeout(() => this.connect(w), delay);
  }

  /** Stops the stream (node DOWN) but remembers where it was. */
  private pause(nodeId: string): void {
    const w = this.watches.get(nodeId);
    if (!w) return;
    if (w.timer) clearTimeout(w.timer);
    w.timer = undefined;
    if (w.sub) {
      w.sub.close();
      w.sub = undefined;
      this.opts.onStreamCount?.(this.openStreams());
    }
  }

  private drop(nodeId: string): void {
    this.pause(nodeId);
    this.watches.delete(nodeId);
  }

  private onEvent(w: Watch, e: EngineEvent): void {
    const key = `${e.type}|${e.action}|${e.actorId}`;
    if (w.lastTimeNano !== undefined) {
      if (e.timeNano < w.lastTimeNano) return;
      if (e.timeNano === w.lastTimeNano && w.seenAtLast.has(key)) return;
    }
    if (w.lastTimeNano === undefined || e.timeNano > w.lastTimeNano) {
      w.lastTimeNano = e.timeNano;
      w.seenAtLast.clear();
    }
    w.seenAtLast.add(key);
    w.backoffMs = this.minBackoffMs;
    for (const l of this.listeners) {
      try {
        l(w.nodeId, e);
      } catch (err) {
        this.log.error({ err }, 'engine event listener failed');
      }
    }
    if (e.type !== 'container') return;
    const node = this.nodes.get(w.nodeId);
    if (node) this.translate(node, e);
  }

  private translate(node: Node, e: EngineEvent): void {
    const a = e.attributes;
    const name = a.name ?? e.actorId.slice(0, 12);
    const base: Omit<StevedoreEvent, 'kind' | 'severity' | 'message'> = {
      clusterId: node.clusterId,
      nodeId: node.id,
      containerId: e.actorId,
      time: e.time,
    };
    const serviceId = a[LABEL.service];
    const taskId = a[LABEL.task];
    if (serviceId) base.serviceId = serviceId;
    if (taskId) base.taskId = taskId;
    const data: Record<string, unknown> = { name, action: e.action };
    if (a.image) data.image = a.image;

    if (e.action === 'create' || e.action === 'start') this.locator?.remember(e.actorId, node.id);
    if (e.action === 'destroy') this.locator?.forget(e.actorId);

    if (e.action === 'die') {
      const exitCode = a.exitCode !== undefined ? Number(a.exitCode) : null;
      this.bus.publish({
        ...base,
        kind: 'container.died',
        severity: exitCode === 0 ? 'INFO' : 'WARNING',
        message: `container ${name} on ${node.name} exited with code ${exitCode ?? 'unknown'}`,
        data: { ...data, exitCode },
      });
      return;
    }
    if (e.action.startsWith('health_status')) {
      const status = e.action.slice(e.action.indexOf(':') + 1).trim();
      void this.publishHealth(node, e, base, data, status);
      return;
    }
    const k = CONTAINER_KINDS[e.action];
    if (!k) return;
    if (e.action === 'kill' && a.signal) data.signal = a.signal;
    this.bus.publish({
      ...base,
      kind: k.kind,
      severity: k.severity,
      message: `container ${name} on ${node.name} ${k.verb}`,
      data,
    });
  }

  /** Health changes carry the last probe's output, which only an inspect tells. */
  private async publishHealth(
    node: Node,
    e: EngineEvent,
    base: Omit<StevedoreEvent, 'kind' | 'severity' | 'message'>,
    data: Record<string, unknown>,
    status: string,
  ): Promise<void> {
    const upper = status.toUpperCase();
    const out: Record<string, unknown> = { ...data, status: upper };
    try {
      const d = await withTimeout(
        this.nodes.driver(node).inspectContainer(e.actorId),
        this.opts.inspectTimeoutMs ?? 5000,
        'inspect timed out',
      );
      const probe = d.health?.log.at(-1);
      if (probe) {
        out.output = probe.output.trim();
        out.exitCode = probe.exitCode;
      }
      if (d.health) out.failingStreak = d.health.failingStreak;
    } catch (err) {
      out.inspectError = (err as Error).message;
    }
    const name = String(data.name);
    const detail = typeof out.output === 'string' && out.output ? `: ${out.output}` : '';
    this.bus.publish({
      ...base,
      kind: 'container.health',
      severity: upper === 'UNHEALTHY' ? 'WARNING' : 'INFO',
      message: `container ${name} on ${node.name} is ${status}${upper === 'UNHEALTHY' ? detail : ''}`,
      data: out,
    });
  }
}
