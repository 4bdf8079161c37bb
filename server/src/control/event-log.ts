import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Severity, StevedoreEvent } from '../domain/event.js';
import type { EventFilter, LoggedEvent } from '../domain/event-filter.js';
import type { PubSub } from './pubsub/pubsub.js';
import type { Db } from '../store/database.js';
import { EventRepository } from '../store/event.repo.js';
import type { EventBus } from '../app/event-bus.js';
import type { EventSource } from '../app/event-stream.js';

export interface EventLogOptions {
  retention: { maxEvents: number; maxAgeMs: number };
  pruneIntervalMs: number;
  /** Tells this instance's events from others' on a shared pubsub. */
  instanceId?: string;
  onLogged?: (n: number) => void;
  /**
   * The store is shared by replicas (PostgreSQL): every replica appends to one table, so events
   * are never copied between logs; each replica delivers the table's events to its subscribers in
   * cursor order, its own at once and the others' when LISTEN hears the append, else within
   * `pollMs`.
   */
  shared?: {
    pollMs: number;
    /**
     * Hears that some replica appended (PostgreSQL LISTEN, store/pg-listen.ts): the table is read
     * at once instead of at the next poll, which stays as the safety net. Returns the stop.
     */
    listen?: (onAppend: () => void) => Promise<() => Promise<void>>;
  };
  /**
   * The store's identity (its installation id): an event from the pubsub that was logged in this
   * very table (a replica of the same store) is not appended again.
   */
  storeId?: string;
}

/** The channel an append notifies on (pg_notify inside the appending transaction: sent at commit). */
export const EVENTS_CHANNEL = 'stevedore_events';

/** The advisory lock that serialises appends to a shared log: cursors commit in their order. */
const APPEND_LOCK = 'stevedore.events';

/** The pubsub topic carrying every instance's events to the others. */
export const EVENTS_TOPIC = 'events';

/** An event as it crosses instances: JSON only, the cursor being the origin's. */
export interface WireEvent {
  origin: string;
  originCursor: number;
  /** The origin's store (installation id): replicas of one store skip each other's events. */
  store?: string;
  event: Omit<StevedoreEvent, 'time'> & { time: string };
}

/**
 * The durable event log. Every event on the bus is appended (batched: one transaction per tick),
 * gets its cursor, then goes to live subscribers and to the pubsub for other instances. Events
 * other instances publish are appended here too, with a cursor of this log: a client's cursor is
 * only ever compared with cursors of the instance it talks to, so replay-then-live stays exact
 * on every instance. Bounded by count and age, pruned periodically.
 *
 * (With several instances, each also watching the same engines, an engine event would be logged
 * once per watching instance: run engine ingestion on one instance, or give instances disjoint nodes.)
 */
export class EventLog implements EventSource {
  readonly repo: EventRepository;
  readonly instanceId: string;
  private pending: { e: StevedoreEvent; local: boolean }[] = [];
  private scheduled = false;
  private readonly listeners = new Set<(e: LoggedEvent) => void>();
  private readonly unsubscribeBus: () => void;
  private unsubscribePubSub: (() => Promise<void>) | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;
  private publishWarned = false;
  private stopped = false;
  /** Shared store: the last cursor delivered to this replica's subscribers. */
  private delivered = 0;
  private pollTimer: NodeJS.Timeout | undefined;
  private stopListening: (() => Promise<void>) | undefined;
  private tailScheduled = false;

  constructor(
    private readonly db: Db,
    bus: EventBus,
    private readonly pubsub: PubSub,
    private readonly opts: EventLogOptions,
    private readonly log: Logger,
  ) {
    this.repo = new EventRepository(db);
    this.instanceId = opts.instanceId ?? randomUUID();
    // Subscribed from construction on, so events published while the server starts are kept.
    this.unsubscribeBus = bus.subscribe((e) => this.enqueue(e, true));
  }

  async start(): Promise<void> {
    if (this.opts.shared) {
      this.delivered = this.repo.maxCursor();
      this.pollTimer = setInterval(() => this.tail(), this.opts.shared.pollMs);
      this.pollTimer.unref();
      const listen = this.opts.shared.listen;
      if (listen)
        this.stopListening = await listen(() => {
          // Coalesced: a burst of appends is one read of the table.
          if (this.tailScheduled) return;
          this.tailScheduled = true;
          setImmediate(() => {
            this.tailScheduled = false;
            this.tail();
          });
        }).catch((err: Error) => {
          this.log.warn({ err: err.message }, 'event log LISTEN unavailable; polling only');
          return undefined;
        });
    }
    // Instances with stores of their own copy each other's events; replicas of this store skip them.
    this.unsubscribePubSub = await this.pubsub.subscribe(EVENTS_TOPIC, (p) => this.fromPubSub(p));
    this.prune();
    this.pruneTimer = setInterval(() => this.prune(), this.opts.pruneIntervalMs);
    this.pruneTimer.unref();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribeBus();
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
    await this.stopListening?.().catch(() => {});
    this.flush();
    await this.unsubscribePubSub?.().catch(() => {});
    this.listeners.clear();
  }

  subscribe(listener: (e: LoggedEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  read(after: number, filter: EventFilter, limit: number): LoggedEvent[] {
    this.flush(); // what was published before the read is readable
    return this.repo.after(after, filter, limit);
  }

  /** Newest first, strictly before `cursor`. */
  readBackwards(before: number | undefined, filter: EventFilter, limit: number): LoggedEvent[] {
    this.flush();
    return this.repo.before(before, filter, limit);
  }

  /** Events kept that match the filter. */
  count(filter: EventFilter): number {
    this.flush();
    return this.repo.countMatching(filter);
  }

  lastCursor(): number {
    this.flush();
    return this.repo.lastCursor();
  }

  /** The oldest cursor kept; one past the last when everything was pruned. */
  oldestCursor(): number {
    this.flush();
    return this.repo.firstCursor() ?? this.repo.lastCursor() + 1;
  }

  prune(now = new Date()): number {
    try {
      const n = this.repo.prune(this.opts.retention, now);
      if (n) this.log.debug({ deleted: n }, 'event log pruned');
      return n;
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'event log prune failed');
      return 0;
    }
  }

  private enqueue(e: StevedoreEvent, local: boolean): void {
    if (this.stopped) return;
    this.pending.push({ e, local });
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private fromPubSub(payload: unknown): void {
    const w = payload as WireEvent;
    if (!w || typeof w !== 'object' || w.origin === this.instanceId || !w.event?.kind) return;
    // Logged in this very table by another replica of the store: the tail delivers it.
    if (w.store !== undefined && w.store === this.opts.storeId) return;
    const time = new Date(w.event.time);
    this.enqueue(
      {
        ...w.event,
        severity: w.event.severity as Severity,
        time: Number.isNaN(time.getTime()) ? new Date() : time,
        data: { ...(w.event.data ?? {}), origin: w.origin, originCursor: w.originCursor },
      },
      false,
    );
  }

  /**
   * Shared store: what the table holds after the last cursor delivered, every replica's, to this
   * replica's subscribers in cursor order (bounded per call; the next poll goes on).
   */
  tail(): void {
    if (this.stopped) return;
    try {
      for (let page = 0; page < 20; page++) {
        const got = this.repo.after(this.delivered, {}, 500);
        for (const e of got) {
          this.delivered = e.cursor;
          this.deliver(e);
        }
        if (got.length < 500) return;
      }
    } catch (err) {
      this.log.warn({ err: (err as Error).message }, 'event log tail failed');
    }
  }

  private deliver(e: LoggedEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        this.log.error({ err }, 'event listener failed');
      }
    }
  }

  /** Persists what is pending in one transaction, then fans it out. Synchronous. */
  flush(): void {
    this.scheduled = false;
    if (!this.pending.length) return;
    const batch = this.pending;
    this.pending = [];
    let logged: LoggedEvent[];
    try {
      logged = this.opts.shared
        ? this.db.transaction(() => {
            // Held until the commit: the next replica's cursors are taken after ours are visible,
            // so a reader never sees a cursor before a smaller one has committed (no gap).
            this.db.prepare('SELECT pg_advisory_xact_lock(hashtext(?)) AS locked').get(APPEND_LOCK);
            const rows = this.repo.insertMany(batch.map((b) => b.e));
            // Sent at commit, to every replica's LISTEN: they read the table now, not at the poll.
            this.db.prepare('SELECT pg_notify(?, ?) AS sent').get(EVENTS_CHANNEL, '');
            return rows;
          })()
        : this.repo.insertMany(batch.map((b) => b.e));
    } catch (err) {
      this.log.error(
        { err: (err as Error).message, events: batch.length },
        'event log append failed; events dropped',
      );
      return;
    }
    this.opts.onLogged?.(logged.length);
    if (this.opts.shared) this.tail();
    else for (const e of logged) this.deliver(e);
    logged.forEach((e, i) => {
      if (!batch[i]!.local) return;
      const { cursor, time, ...rest } = e;
      const wire: WireEvent = {
        origin: this.instanceId,
        originCursor: cursor,
        ...(this.opts.storeId !== undefined && { store: this.opts.storeId }),
        event: { ...rest, time: time.toISOString() },
      };
      this.pubsub.publish(EVENTS_TOPIC, wire).catch((err: Error) => {
        if (!this.publishWarned) this.log.warn({ err: err.message }, 'event pubsub publish failed');
        this.publishWarned = true;
      });
    });
  }
}
