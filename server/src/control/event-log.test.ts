import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../store/database.js';
import { MemoryPubSub } from './pubsub/memory-pubsub.js';
import { createLogger } from '../logger.js';
import { EventBus } from '../app/event-bus.js';
import { EventLog, EVENTS_TOPIC, type WireEvent } from './event-log.js';
import { EventStream } from '../app/event-stream.js';
import { loadConfig, parseRetention } from '../config.js';

const log = createLogger('silent');
const tick = () => new Promise((r) => setImmediate(r));
const opened: { db: Db; log: EventLog }[] = [];

function make(retention = { maxEvents: 0, maxAgeMs: 0 }, pubsub = new MemoryPubSub()) {
  const db = openDatabase(':memory:');
  const bus = new EventBus();
  const el = new EventLog(db, bus, pubsub, { retention, pruneIntervalMs: 60_000, instanceId: 'me' }, log);
  opened.push({ db, log: el });
  return { db, bus, el, pubsub };
}

afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.log.stop();
    o.db.close();
  }
});

describe('EventLog', () => {
  it('persists bus events in a batch per tick with increasing cursors, then fans them out', async () => {
    const { bus, el } = make();
    const seen: number[] = [];
    el.subscribe((e) => seen.push(e.cursor));
    for (let i = 0; i < 3; i++)
      bus.publish({ kind: 'node.down', severity: 'ERROR', message: `m${i}`, nodeId: 'n1', data: { i } });
    expect(seen).toEqual([]); // not yet: batched
    await tick();
    expect(seen).toEqual([1, 2, 3]);
    const page = el.read(1, {}, 10);
    expect(page.map((e) => [e.cursor, e.message, e.nodeId, e.data])).toEqual([
      [2, 'm1', 'n1', { i: 1 }],
      [3, 'm2', 'n1', { i: 2 }],
    ]);
    expect(el.readBackwards(undefined, {}, 2).map((e) => e.cursor)).toEqual([3, 2]);
  });

  it('filters in SQL like matchesFilter: ids, container id prefix, kinds with .*, severities', async () => {
    const { bus, el } = make();
    bus.publish({
      kind: 'container.died',
      severity: 'WARNING',
      message: 'a',
      containerId: 'abcdef123',
      serviceId: 's1',
    });
    bus.publish({ kind: 'container.started', severity: 'INFO', message: 'b', containerId: 'abc999' });
    bus.publish({ kind: 'node.down', severity: 'ERROR', message: 'c', nodeId: 'n1' });
    await tick();
    const msgs = (f: Parameters<EventLog['read']>[1]) => el.read(0, f, 10).map((e) => e.message);
    expect(msgs({ containerId: 'abc' })).toEqual(['a', 'b']);
    expect(msgs({ containerId: 'abcd' })).toEqual(['a']);
    expect(msgs({ kinds: ['container.*'] })).toEqual(['a', 'b']);
    expect(msgs({ kinds: ['node.down', 'container.started'] })).toEqual(['b', 'c']);
    expect(msgs({ severities: ['ERROR', 'WARNING'] })).toEqual(['a', 'c']);
    expect(msgs({ serviceId: 's1', kinds: ['container.died'] })).toEqual(['a']);
  });

  it('prunes by count and by age; cursors are never reused', async () => {
    const { bus, el } = make({ maxEvents: 5, maxAgeMs: 60_000 });
    const old = new Date(Date.now() - 120_000);
    for (let i = 0; i < 3; i++) bus.publish({ kind: 'x', severity: 'INFO', message: `old${i}`, time: old });
    for (let i = 0; i < 8; i++) bus.publish({ kind: 'x', severity: 'INFO', message: `new${i}` });
    await tick();
    expect(el.repo.count()).toBe(11);
    expect(el.prune()).toBe(6);
    expect(el.read(0, {}, 100).map((e) => e.cursor)).toEqual([7, 8, 9, 10, 11]);
    bus.publish({ kind: 'x', severity: 'INFO', message: 'after' });
    await tick();
    expect(el.lastCursor()).toBe(12);
    el.prune();
    expect(el.repo.count()).toBe(5);
    // Everything pruned: the cursor still goes on from where it was.
    const { el: el2, bus: bus2 } = make({ maxEvents: 1, maxAgeMs: 0 });
    bus2.publish({ kind: 'x', severity: 'INFO', message: '1' });
    bus2.publish({ kind: 'x', severity: 'INFO', message: '2' });
    await tick();
    el2.prune();
    el2.repo.prune({ maxEvents: 0, maxAgeMs: 1 }, new Date(Date.now() + 10_000));
    expect(el2.repo.count()).toBe(0);
    bus2.publish({ kind: 'x', severity: 'INFO', message: '3' });
    await tick();
    expect(el2.read(0, {}, 10).map((e) => e.cursor)).toEqual([3]);
  });

  it("publishes its events to the pubsub and logs other instances' events with its own cursors", async () => {
    const pubsub = new MemoryPubSub();
    const { bus, el } = make(undefined, pubsub);
    await el.start();
    const wire: WireEvent[] = [];
    await pubsub.subscribe(EVENTS_TOPIC, (p) => wire.push(p as WireEvent));
    bus.publish({ kind: 'node.up', severity: 'INFO', message: 'mine' });
    await tick();
    expect(wire).toHaveLength(1);
    expect(wire[0]).toMatchObject({
      origin: 'me',
      originCursor: 1,
      event: { kind: 'node.up', message: 'mine' },
    });
    expect(typeof wire[0]!.event.time).toBe('string');
    await pubsub.publish(EVENTS_TOPIC, {
      origin: 'other',
      originCursor: 77,
      event: { kind: 'node.down', severity: 'ERROR', message: 'theirs', time: '2026-01-01T00:00:00.000Z' },
    } satisfies WireEvent);
    await tick();
    const rows = el.read(0, {}, 10);
    expect(rows.map((e) => [e.cursor, e.message])).toEqual([
      [1, 'mine'],
      [2, 'theirs'],
    ]);
    expect(rows[1]!.time.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(rows[1]!.data).toEqual({ origin: 'other', originCursor: 77 });
    expect(wire).toHaveLength(2); // only the memory echo of the foreign one: not re-published
  });

  it('feeds EventStream: replay from SQLite then live, nothing twice', async () => {
    const { bus, el } = make();
    for (let i = 0; i < 30; i++) bus.publish({ kind: 'k', severity: 'INFO', message: `${i}` });
    await tick();
    const s = new EventStream(el, {}, 5, { queue: 100, pageSize: 7 });
    const got: number[] = [];
    for (let i = 0; i < 25; i++) {
      got.push((await s.next()).value!.cursor);
      if (i % 5 === 0) bus.publish({ kind: 'k', severity: 'INFO', message: 'live' }); // lands mid-replay
    }
    await tick();
    for (;;) {
      const r = await Promise.race([s.next(), new Promise<null>((r) => setTimeout(() => r(null), 30))]);
      if (!r) break;
      got.push(r.value!.cursor);
    }
    expect(got).toEqual(Array.from({ length: 30 }, (_, i) => i + 6));
    await s.return();
    expect(el.subscriberCount).toBe(0);
  });
});

describe('EventStream over a pruned log', () => {
  it('starts with a stream.gap (reason retention) when resuming from before what is kept', async () => {
    const { bus, el } = make({ maxEvents: 3, maxAgeMs: 0 });
    for (let i = 0; i < 8; i++) bus.publish({ kind: 'k', severity: 'INFO', message: `${i}` });
    await tick();
    el.prune();
    const s = new EventStream(el, {}, 2, { queue: 100 });
    const first = (await s.next()).value!;
    expect(first).toMatchObject({
      kind: 'stream.gap',
      cursor: 5,
      gap: { from: 3, to: 5, count: 3 },
      data: { reason: 'retention' },
    });
    const rest = [
      (await s.next()).value!.cursor,
      (await s.next()).value!.cursor,
      (await s.next()).value!.cursor,
    ];
    expect(rest).toEqual([6, 7, 8]);
    await s.return();
    // Resuming from within what is kept: no marker.
    const s2 = new EventStream(el, {}, 6, { queue: 100 });
    expect((await s2.next()).value!.cursor).toBe(7);
    await s2.return();
  });
});

describe('STEVEDORE_EVENT_RETENTION', () => {
  it('defaults to 100k events and 7 days, and reads counts and ages', () => {
    const c = loadConfig({});
    expect(c.eventRetention).toEqual({ maxEvents: 100_000, maxAgeMs: 7 * 86_400_000 });
    expect(parseRetention('5000')).toEqual({ maxEvents: 5000, maxAgeMs: 0 });
    expect(parseRetention('12h')).toEqual({ maxEvents: 0, maxAgeMs: 12 * 3_600_000 });
    expect(parseRetention('30m, 10')).toEqual({ maxEvents: 10, maxAgeMs: 30 * 60_000 });
    expect(parseRetention('7 days')).toMatch(/neither an event count/);
    expect(() => loadConfig({ STEVEDORE_EVENT_RETENTION: 'forever' })).toThrow(/STEVEDORE_EVENT_RETENTION/);
  });
});
