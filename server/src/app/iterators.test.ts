import { describe, expect, it } from 'vitest';
import { Fifo, GapQueue, LatestByKey, LatestSlot, QueueIterator } from './iterators.js';

describe('LatestSlot (stats coalescing)', () => {
  it('gives a slow reader only the newest sample', async () => {
    const slot = new LatestSlot<number>();
    const it = new QueueIterator(slot);
    for (let i = 1; i <= 5; i++) it.push(i);
    expect(await it.next()).toEqual({ value: 5, done: false });
    expect(slot.coalesced).toBe(4);
    it.push(6);
    expect(await it.next()).toEqual({ value: 6, done: false });
  });

  it('hands a pushed value straight to a waiting reader', async () => {
    const it = new QueueIterator(new LatestSlot<string>());
    const p = it.next();
    it.push('a');
    it.push('b');
    expect(await p).toEqual({ value: 'a', done: false });
    expect(await it.next()).toEqual({ value: 'b', done: false });
  });
});

describe('GapQueue', () => {
  const marker = (first: number, last: number, count: number) => -(first * 1000 + last) - count / 1e6;

  it('drops what does not fit and reports it once, in place, when room returns', () => {
    const dropped: number[] = [];
    const q = new GapQueue<number>(
      3,
      (f, l, c) => -(f * 100 + l) - c / 1000,
      (n) => dropped.push(n),
    );
    for (let i = 1; i <= 10; i++) q.push(i);
    expect(q.dropping).toBe(7);
    expect([q.shift(), q.shift()]).toEqual([1, 2]);
    q.push(11); // room again: the marker for 4..10 goes in first
    expect(dropped).toEqual([7]);
    expect([q.shift(), q.shift(), q.shift(), q.shift()]).toEqual([
      3,
      -(4 * 100 + 10) - 7 / 1000,
      11,
      undefined,
    ]);
  });

  it('hands the marker to a reader that drained the queue even if nothing new arrives', () => {
    const q = new GapQueue<number>(1, marker);
    q.push(1);
    q.push(2);
    q.push(3);
    expect(q.shift()).toBe(1);
    expect(q.shift()).toBe(marker(2, 3, 2));
    expect(q.shift()).toBeUndefined();
  });
});

describe('QueueIterator', () => {
  it('settles a pending next at once on return() and runs cleanups once', async () => {
    let cleaned = 0;
    const it = new QueueIterator(new Fifo<number>() as never as LatestSlot<number>).onClose(() => cleaned++);
    const pending = it.next();
    await it.return();
    expect(await pending).toEqual({ value: undefined, done: true });
    await it.return();
    expect(cleaned).toBe(1);
    it.push(1);
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });

  it('delivers what is queued before ending, then the error if any', async () => {
    const it = new QueueIterator(new GapQueue<number>(10, () => 0));
    it.push(1);
    it.end(new Error('boom'));
    expect(await it.next()).toEqual({ value: 1, done: false });
    await expect(it.next()).rejects.toThrow('boom');
  });
});

describe('LatestByKey (clusterStatus coalescing)', () => {
  it('keeps the newest value of each key, oldest key first, never dropping a key', () => {
    const q = new LatestByKey<{ id: string; v: number }>((x) => x.id);
    q.push({ id: 'a', v: 1 });
    q.push({ id: 'b', v: 1 });
    q.push({ id: 'a', v: 2 });
    expect(q.size).toBe(2);
    expect(q.coalesced).toBe(1);
    expect(q.shift()).toEqual({ id: 'a', v: 2 });
    expect(q.shift()).toEqual({ id: 'b', v: 1 });
    expect(q.shift()).toBeUndefined();
  });
});
