/**
 * The async iterators subscriptions return. graphql-ws pulls one item, sends it, waits for the
 * socket write, then pulls the next: a slow client leaves items waiting here, so every queue is
 * bounded by a policy (gap marker, coalescing). `return()` settles at once, even while a `next()`
 * is pending, and runs the cleanup that closes engine streams: an async generator could not do
 * that (its return waits behind the pending next until the next item arrives).
 */

export interface ItemQueue<T> {
  push(v: T): void;
  shift(): T | undefined;
  readonly size: number;
  clear(): void;
}

/** A FIFO with O(1) shift. */
export class Fifo<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(v: T): void {
    this.items.push(v);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const v = this.items[this.head];
    this.items[this.head++] = undefined as T;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/**
 * Bounded FIFO that drops what arrives while it is full and, once there is room again (or when
 * the reader asks and nothing else waits), hands out one marker describing what was dropped
 * (first, last, count): the reader learns exactly which range it missed instead of the server
 * buffering without bound.
 */
export class GapQueue<T> implements ItemQueue<T> {
  private readonly fifo = new Fifo<T>();
  private gap: { first: T; last: T; count: number } | null = null;

  constructor(
    readonly max: number,
    private readonly marker: (first: T, last: T, count: number) => T,
    private readonly onGap?: (count: number) => void,
  ) {}

  get size(): number {
    return this.fifo.size + (this.gap ? 1 : 0);
  }

  /** Items dropped and not yet reported. */
  get dropping(): number {
    return this.gap?.count ?? 0;
  }

  push(v: T): void {
    if (this.fifo.size >= this.max) {
      if (this.gap) {
        this.gap.last = v;
        this.gap.count++;
      } else this.gap = { first: v, last: v, count: 1 };
      return;
    }
    this.flushGap();
    this.fifo.push(v);
  }

  shift(): T | undefined {
    const v = this.fifo.shift();
    if (v !== undefined) return v;
    if (!this.gap) return undefined;
    const g = this.gap;
    this.gap = null;
    this.onGap?.(g.count);
    return this.marker(g.first, g.last, g.count);
  }

  private flushGap(): void {
    if (!this.gap) return;
    const g = this.gap;
    this.gap = null;
    this.onGap?.(g.count);
    // The marker may take the queue one over `max`: it stands for everything dropped.
    this.fifo.push(this.marker(g.first, g.last, g.count));
  }

  clear(): void {
    this.fifo.clear();
    this.gap = null;
  }
}

/** Keeps only the newest value: a slow reader gets the latest sample, never a backlog. */
export class LatestSlot<T> implements ItemQueue<T> {
  private value: T | undefined;
  private has = false;
  /** Values replaced before being read. */
  coalesced = 0;

  get size(): number {
    return this.has ? 1 : 0;
  }

  push(v: T): void {
    if (this.has) this.coalesced++;
    this.value = v;
    this.has = true;
  }

  shift(): T | undefined {
    if (!this.has) return undefined;
    const v = this.value;
    this.value = undefined;
    this.has = false;
    return v;
  }

  clear(): void {
    this.value = undefined;
    this.has = false;
  }
}

/**
 * The newest value per key, oldest key first: a slow reader of a stream about many things (every
 * cluster) gets the latest of each, never a backlog, and never loses one thing's change to another's.
 */
export class LatestByKey<T> implements ItemQueue<T> {
  private readonly values = new Map<string, T>();
  /** Values replaced before being read. */
  coalesced = 0;

  constructor(private readonly keyOf: (v: T) => string) {}

  get size(): number {
    return this.values.size;
  }

  push(v: T): void {
    const k = this.keyOf(v);
    if (this.values.has(k)) this.coalesced++;
    this.values.set(k, v);
  }

  shift(): T | undefined {
    const first = this.values.entries().next();
    if (first.done) return undefined;
    this.values.delete(first.value[0]);
    return first.value[1];
  }

  clear(): void {
    this.values.clear();
  }
}

/** A push-fed async iterator over one of the queues above. */
export class QueueIterator<T> implements AsyncIterableIterator<T> {
  private waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | null = null;
  private ended = false;
  private failure: unknown = null;
  private closed = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly queue: ItemQueue<T>) {}

  /** Runs once when the iterator finishes for any reason (client left, end(), error). */
  onClose(fn: () => void): this {
    if (this.closed) fn();
    else this.cleanups.push(fn);
    return this;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  push(v: T): void {
    if (this.ended || this.closed) return;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w.resolve({ value: v, done: false });
      return;
    }
    this.queue.push(v);
  }

  /** No more items: what is queued is still delivered, then done (or the error). */
  end(err?: unknown): void {
    if (this.ended || this.closed) return;
    this.ended = true;
    if (err !== undefined) this.failure = err;
    if (this.waiter && this.queue.size === 0) {
      const w = this.waiter;
      this.waiter = null;
      this.close();
      if (this.failure !== null) w.reject(this.failure);
      else w.resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    const v = this.queue.shift();
    if (v !== undefined) return Promise.resolve({ value: v, done: false });
    if (this.ended) {
      this.close();
      return this.failure !== null
        ? Promise.reject(this.failure)
        : Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err?: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(err);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.ended = true;
    this.queue.clear();
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w.resolve({ value: undefined, done: true });
    }
    for (const fn of this.cleanups.splice(0)) {
      try {
        fn();
      } catch {
        // cleanup must not stop other cleanups
      }
    }
  }
}
