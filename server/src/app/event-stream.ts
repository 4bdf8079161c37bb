import { matchesFilter, type EventFilter, type LoggedEvent } from '../domain/event-filter.js';
import { GapQueue, QueueIterator } from './iterators.js';

/** What the events subscription reads: live fan-out plus the history behind it. */
export interface EventSource {
  /** Live events, each once it is persisted, in cursor order. */
  subscribe(listener: (e: LoggedEvent) => void): () => void;
  /** Persisted events strictly after `cursor`, oldest first. May be sync or async. */
  read(after: number, filter: EventFilter, limit: number): LoggedEvent[] | Promise<LoggedEvent[]>;
  /** The oldest cursor still kept (retention prunes the rest); optional. */
  oldestCursor?(): number;
}

/** What the events subscription yields: logged events, and gap markers (kind stream.gap). */
export interface StreamItem extends LoggedEvent {
  gap?: { from: number; to: number; count: number };
}

export const GAP_KIND = 'stream.gap';

export interface EventStreamOptions {
  /** Live events held for a slow reader before it gets a gap marker instead. */
  queue: number;
  /** Replay page size. */
  pageSize?: number;
  onGap?: (count: number) => void;
}

/**
 * The events subscription: history after a cursor, then live, with no gap and no duplicate.
 *
 * It subscribes to live events first and buffers them, then replays the log page by page (at the
 * reader's pace: the next page is read when the previous one is consumed), and when a page comes
 * back short it switches to live, draining the buffer but skipping cursors at or below the last
 * replayed one. Every live event is also skipped unless its cursor is above the last one queued,
 * so a cursor from the future or an overlap can never produce a duplicate.
 *
 * A reader slower than the live rate gets a `stream.gap` marker {from, to, count} in place of what
 * did not fit in its queue; its `cursor` is the one just before the gap, so reconnecting with
 * `after: <cursor of the last item received>` replays exactly what was missed.
 */
export class EventStream implements AsyncIterableIterator<StreamItem> {
  private phase: 'replay' | 'live';
  private page: LoggedEvent[] = [];
  /** Cursor of the last item handed to the reader or to the live queue. */
  private last: number;
  private buffer: LoggedEvent[] = [];
  private bufferOverflow = false;
  private readonly live: QueueIterator<StreamItem>;
  private readonly unsubscribe: () => void;
  private readonly pageSize: number;
  private prunedChecked = false;

  constructor(
    private readonly source: EventSource,
    private readonly filter: EventFilter,
    after: number | undefined,
    private readonly opts: EventStreamOptions,
  ) {
    this.pageSize = opts.pageSize ?? 500;
    this.live = new QueueIterator<StreamItem>(new GapQueue<StreamItem>(opts.queue, gapMarker, opts.onGap));
    this.phase = after === undefined ? 'live' : 'replay';
    this.last = after ?? 0;
    this.unsubscribe = source.subscribe((e) => this.onLive(e));
    this.live.onClose(() => this.unsubscribe());
  }

  /** Runs when the stream finishes, however it finishes. */
  onClose(fn: () => void): this {
    this.live.onClose(fn);
    return this;
  }

  private onLive(e: LoggedEvent): void {
    if (!matchesFilter(this.filter, e)) return;
    if (this.phase === 'replay') {
      // Bounded: if the reader replays slowly and the buffer fills, those events are in the log
      // anyway; forget them and let replay read one more page before switching.
      if (this.buffer.length < this.opts.queue) this.buffer.push(e);
      else this.bufferOverflow = true;
      return;
    }
    if (e.cursor <= this.last) return;
    this.last = e.cursor;
    this.live.push(e);
  }

  next(): Promise<IteratorResult<StreamItem>> {
    // Live and nothing left of a replay page: straight to the queue. Every subscriber of every
    // event passes here, so no async wrapper (its extra promise and ticks) on this path.
    if (this.phase === 'live' && this.page.length === 0) return this.live.next();
    return this.nextReplay();
  }

  private async nextReplay(): Promise<IteratorResult<StreamItem>> {
    if (this.phase === 'replay' && !this.prunedChecked) {
      // Asked to resume from before what retention kept: say so, as a gap, before replaying.
      this.prunedChecked = true;
      const oldest = this.source.oldestCursor?.();
      if (oldest !== undefined && this.last + 1 < oldest) {
        const from = this.last + 1;
        const to = oldest - 1;
        this.last = to;
        return { value: prunedMarker(from, to), done: false };
      }
    }
    while (this.phase === 'replay' && !this.live.isClosed) {
      const head = this.page.shift();
      if (head) return { value: head, done: false };
      const from = this.last;
      const got = await this.source.read(from, this.filter, this.pageSize);
      if (this.live.isClosed) break;
      const lastRead = got.length ? got[got.length - 1]!.cursor : from;
      this.last = lastRead;
      this.page = got;
      if (got.length < this.pageSize && !this.bufferOverflow) {
        // Caught up with the log: from here on, live events go to the queue (synchronously,
        // nothing can slip in between). Buffered ones the replay already covered are skipped.
        this.phase = 'live';
        const buffered = this.buffer;
        this.buffer = [];
        for (const e of buffered) {
          if (e.cursor <= this.last) continue;
          this.last = e.cursor;
          this.live.push(e);
        }
      } else {
        this.bufferOverflow = false;
        this.buffer = this.buffer.filter((e) => e.cursor > lastRead);
      }
    }
    const head = this.page.shift();
    if (head) return { value: head, done: false };
    return this.live.next();
  }

  return(): Promise<IteratorResult<StreamItem>> {
    this.page = [];
    this.buffer = [];
    return this.live.return();
  }

  throw(err?: unknown): Promise<IteratorResult<StreamItem>> {
    this.page = [];
    return this.live.throw(err);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

function prunedMarker(from: number, to: number): StreamItem {
  return {
    cursor: to,
    kind: GAP_KIND,
    severity: 'WARNING',
    message: `events with cursors ${from}..${to} are no longer kept (retention): they can't be replayed`,
    time: new Date(),
    data: { from, to, reason: 'retention' },
    gap: { from, to, count: to - from + 1 },
  };
}

function gapMarker(first: StreamItem, last: StreamItem, count: number): StreamItem {
  const from = first.gap ? first.gap.from : first.cursor;
  const to = last.gap ? last.gap.to : last.cursor;
  return {
    cursor: from - 1,
    kind: GAP_KIND,
    severity: 'WARNING',
    message: `${count} events not delivered: the subscriber fell behind (cursors ${from}..${to}; replay them with after: ${from - 1})`,
    time: new Date(),
    data: { from, to, count },
    gap: { from, to, count },
  };
}
