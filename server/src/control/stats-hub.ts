import type { Logger } from '../logger.js';
import { EngineError } from '../engine/errors.js';
import type { ContainerStatsSample, Subscription } from '../engine/types.js';
import type { ContainerStats, StatsTarget } from '../app/stats.js';
import { computeStats, isLiveSample } from './stats-math.js';

export type StatsListener = (s: ContainerStats) => void;

interface Watcher {
  onSample: StatsListener;
  onEnd?: (err?: Error) => void;
}

interface Stream {
  target: StatsTarget;
  sub: Subscription | undefined;
  watchers: Set<Watcher>;
  prev: ContainerStatsSample | undefined;
  latest: ContainerStats | undefined;
  retryTimer: NodeJS.Timeout | undefined;
  retryMs: number;
}

export interface StatsHubOptions {
  retryMinMs?: number;
  retryMaxMs?: number;
  /** Told the number of open engine streams whenever it changes (the prom gauge). */
  onStreamCount?: (n: number) => void;
}

/**
 * One engine stats stream per container, however many watch it: opened for the first watcher,
 * closed when the last leaves (refcount = watchers). Each sample becomes ContainerStats once
 * (CPU from deltas, memory without cache, network rates) and is fanned out; pacing and
 * coalescing per subscriber is the caller's business. A stream that breaks is reopened with
 * backoff while watched; one whose container is gone ends its watchers.
 */
export class StatsHub {
  private readonly streams = new Map<string, Stream>();
  /** Samples received from engines (before pacing and coalescing), for benchmarks and metrics. */
  samplesReceived = 0;
  private readonly retryMinMs: number;
  private readonly retryMaxMs: number;

  constructor(
    private readonly log: Logger,
    private readonly opts: StatsHubOptions = {},
  ) {
    this.retryMinMs = opts.retryMinMs ?? 1000;
    this.retryMaxMs = opts.retryMaxMs ?? 15_000;
  }

  /** Engine stats streams open now (one per watched container). */
  openStreams(): number {
    return this.streams.size;
  }

  watcherCount(containerId: string): number {
    return this.streams.get(containerId)?.watchers.size ?? 0;
  }

  /** The newest stats of a watched container. */
  latest(containerId: string): ContainerStats | undefined {
    return this.streams.get(containerId)?.latest;
  }

  /** Everything sampled now, for aggregates (node, cluster). */
  allLatest(): ContainerStats[] {
    const out: ContainerStats[] = [];
    for (const s of this.streams.values()) if (s.latest) out.push(s.latest);
    return out;
  }

  /** Starts receiving stats of `target`; the returned function stops (idempotent). */
  watch(target: StatsTarget, onSample: StatsListener, onEnd?: (err?: Error) => void): () => void {
    const w: Watcher = { onSample, onEnd };
    let s = this.streams.get(target.containerId);
    if (!s) {
      s = {
        target,
        sub: undefined,
        watchers: new Set(),
        prev: undefined,
        latest: undefined,
        retryTimer: undefined,
        retryMs: this.retryMinMs,
      };
      this.streams.set(target.containerId, s);
      this.open(s);
      this.countChanged();
    }
    s.watchers.add(w);
    const stream = s;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      stream.watchers.delete(w);
      if (stream.watchers.size === 0) this.close(stream);
    };
  }

  /** Closes every stream (server stop); watchers are ended. */
  stop(): void {
    for (const s of [...this.streams.values()]) {
      const watchers = [...s.watchers];
      this.close(s);
      for (const w of watchers) w.onEnd?.();
    }
  }

  private open(s: Stream): void {
    s.retryTimer = undefined;
    if (this.streams.get(s.target.containerId) !== s) return;
    s.sub = s.target.driver.streamStats(
      s.target.containerId,
      (sample) => this.onSample(s, sample),
      (err) => this.onStreamEnd(s, err),
    );
  }

  private onSample(s: Stream, sample: ContainerStatsSample): void {
    this.samplesReceived++;
    const stats = computeStats(sample, s.prev, s.target);
    s.prev = isLiveSample(sample) ? sample : undefined;
    if (!isLiveSample(sample)) s.latest = undefined; // stopped: no current figure
    if (!stats) return;
    s.retryMs = this.retryMinMs;
    s.latest = stats;
    for (const w of [...s.watchers]) {
      try {
        w.onSample(stats);
      } catch (err) {
        this.log.error({ err }, 'stats watcher failed');
      }
    }
  }

  private onStreamEnd(s: Stream, err?: Error): void {
    s.sub = undefined;
    s.prev = undefined;
    if (this.streams.get(s.target.containerId) !== s) return;
    if (err instanceof EngineError && err.kind === 'NOT_FOUND') {
      const watchers = [...s.watchers];
      this.close(s);
      for (const w of watchers) w.onEnd?.(err);
      return;
    }
    // The engine ended the stream (container removed, engine restarting, connection lost):
    // reopen while watched; a removed container answers 404 on the retry and ends the watchers.
    this.log.debug({ container: s.target.containerId, err: err?.message }, 'stats stream ended; reopening');
    const delay = s.retryMs;
    s.retryMs = Math.min(s.retryMs * 2, this.retryMaxMs);
    s.retryTimer = setTimeout(() => this.open(s), delay);
  }

  private close(s: Stream): void {
    if (this.streams.get(s.target.containerId) !== s) return;
    this.streams.delete(s.target.containerId);
    if (s.retryTimer) clearTimeout(s.retryTimer);
    s.retryTimer = undefined;
    s.sub?.close();
    s.sub = undefined;
    s.watchers.clear();
    this.countChanged();
  }

  private countChanged(): void {
    this.opts.onStreamCount?.(this.streams.size);
  }
}
