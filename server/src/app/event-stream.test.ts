import { describe, expect, it } from 'vitest';
import { matchesFilter, type EventFilter, type LoggedEvent } from '../domain/event-filter.js';
import { EventStream, GAP_KIND, type EventSource, type StreamItem } from './event-stream.js';

/**
 * An event log double: events are "persisted" (readable) before they are fanned out, as the real
 * one does; reads are async and slow, so live events arrive while replay is in flight.
 */
class FakeLog implements EventSource {
  rows: LoggedEvent[] = [];
  private listeners = new Set<(e: LoggedEvent) => void>();
  readDelayMs = 2;
  reads = 0;
  onRead?: () => void;

  append(kind = 'test.tick', extra: Partial<LoggedEvent> = {}): LoggedEvent {
    const e: LoggedEvent = {
      cursor: this.rows.length + 1,
      kind,
      severity: 'INFO',
      message: kind,
      time: new Date(),
      ...extra,
    };
    this.rows.push(e);
    for (const l of this.listeners) l(e);
    return e;
  }

  subscribe(l: (e: LoggedEvent) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  async read(after: number, filter: EventFilter, limit: number): Promise<LoggedEvent[]> {
    this.reads++;
    // The snapshot is taken now; events appended during the delay are not in it (but are live).
    const snapshot = this.rows.filter((e) => e.cursor > after && matchesFilter(filter, e)).slice(0, limit);
    this.onRead?.();
    await new Promise((r) => setTimeout(r, this.readDelayMs));
    return snapshot;
  }
}

async function take(s: EventStream, n: number): Promise<StreamItem[]> {
  const out: StreamItem[] = [];
  while (out.length < n) {
    const r = await s.next();
    if (r.done) break;
    out.push(r.value);
  }
  return out;
}

describe('EventStream: replay then live', () => {
  it('replays after the cursor, then continues live, with no gap and no duplicate while events keep coming', async () => {
    const log = new FakeLog();
    for (let i = 0; i < 25; i++) log.append();
    // Every read lets two more events happen: they are both live (buffered) and, for later reads, in the log.
    log.onRead = () => {
      log.append();
      log.append();
    };
    const s = new EventStream(log, {}, 10, { queue: 1000, pageSize: 4 });
    const got: StreamItem[] = [];
    while ((got.at(-1)?.cursor ?? 10) < log.rows.length) got.push(...(await take(s, 1)));
    expect(log.reads).toBeGreaterThan(5); // replay paged while events kept arriving
    log.onRead = undefined;
    for (let i = 0; i < 5; i++) log.append();
    got.push(...(await take(s, 5)));
    const cursors = got.map((e) => e.cursor);
    expect(cursors).toEqual(Array.from({ length: log.rows.length - 10 }, (_, i) => i + 11));
    expect(got.some((e) => e.kind === GAP_KIND)).toBe(false);
    await s.return();
    expect(log.subscribers).toBe(0);
  });

  it('applies the filter to replay and live alike', async () => {
    const log = new FakeLog();
    log.append('node.down', { nodeId: 'a' });
    log.append('node.down', { nodeId: 'b' });
    log.append('container.died', { nodeId: 'a' });
    const s = new EventStream(log, { nodeId: 'a', kinds: ['container.*'] }, 0, { queue: 100 });
    log.append('container.started', { nodeId: 'b' });
    log.append('container.started', { nodeId: 'a' });
    const got = await take(s, 2);
    expect(got.map((e) => [e.cursor, e.kind])).toEqual([
      [3, 'container.died'],
      [5, 'container.started'],
    ]);
    await s.return();
  });

  it('without a cursor is live only', async () => {
    const log = new FakeLog();
    log.append();
    const s = new EventStream(log, {}, undefined, { queue: 100 });
    const p = s.next();
    log.append();
    expect((await p).value?.cursor).toBe(2);
    expect(log.reads).toBe(0);
    await s.return();
  });

  it('skips live events at or below a cursor from the future', async () => {
    const log = new FakeLog();
    const s = new EventStream(log, {}, 3, { queue: 100 });
    const p = take(s, 1);
    for (let i = 0; i < 4; i++) log.append();
    expect((await p).map((e) => e.cursor)).toEqual([4]);
    await s.return();
  });
});

describe('EventStream: slow subscriber', () => {
  it('gets a stream.gap marker for what overflowed its queue, then continues', async () => {
    const log = new FakeLog();
    let gaps = 0;
    const s = new EventStream(log, {}, undefined, { queue: 5, onGap: (n) => (gaps += n) });
    for (let i = 0; i < 20; i++) log.append(); // nobody reads: 5 queued, 15 dropped
    const got = await take(s, 6);
    expect(got.slice(0, 5).map((e) => e.cursor)).toEqual([1, 2, 3, 4, 5]);
    const gap = got[5]!;
    expect(gap.kind).toBe(GAP_KIND);
    expect(gap.severity).toBe('WARNING');
    expect(gap.gap).toEqual({ from: 6, to: 20, count: 15 });
    expect(gap.data).toEqual({ from: 6, to: 20, count: 15 });
    // Its cursor is the one before the gap: resuming "after" it replays exactly the missed ones.
    expect(gap.cursor).toBe(5);
    expect(gaps).toBe(15);
    log.append();
    expect((await take(s, 1))[0]!.cursor).toBe(21);
    await s.return();
  });

  it('does not grow without bound: the queue holds at most its size plus one marker', async () => {
    const log = new FakeLog();
    const s = new EventStream(log, {}, undefined, { queue: 100 });
    for (let i = 0; i < 100_000; i++) log.append();
    const got = await take(s, 101);
    expect(got.length).toBe(101);
    expect(got[100]!.gap).toEqual({ from: 101, to: 100_000, count: 99_900 });
    const p = s.next();
    const raced = await Promise.race([
      p.then(() => 'item'),
      new Promise((r) => setTimeout(() => r('waiting'), 20)),
    ]);
    expect(raced).toBe('waiting');
    await s.return();
    expect((await p).done).toBe(true);
  });
});
