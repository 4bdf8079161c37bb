import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf, type SortOrder } from './paging.js';

interface Item {
  id: string;
  name: string;
  at: number;
}
const byName: SortOrder<Item> = { name: 'NAME:ASC', key: (i) => [i.name, i.id], directions: ['ASC', 'ASC'] };
const newest: SortOrder<Item> = { name: 'AT:DESC', key: (i) => [i.at, i.id], directions: ['DESC', 'ASC'] };
// 53 items, names and times with ties (broken by id).
const items: Item[] = Array.from({ length: 53 }, (_, i) => ({
  id: `id${String(i).padStart(2, '0')}`,
  name: `n${i % 10}`,
  at: 1000 + (i % 7),
}));

function pageAll(list: readonly Item[], order: SortOrder<Item>, first: number): Item[][] {
  const pages: Item[][] = [];
  let after: ReturnType<typeof decodeCursor> | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const p = pageOf(list, order, first, after && 'key' in after ? after.key : undefined);
    pages.push(p.items.map((x) => x.item));
    expect(p.totalCount).toBe(list.length);
    if (!p.hasNextPage) return pages;
    after = decodeCursor(p.items.at(-1)!.cursor, order as SortOrder<unknown>);
  }
  throw new Error('did not end');
}

describe('cursor paging (domain/paging)', () => {
  it('pages through every item exactly once, in order, with first=7 (ties broken by id)', () => {
    for (const order of [byName, newest]) {
      const pages = pageAll(items, order, 7);
      expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 7, 7, 7, 7, 4]);
      const seen = pages.flat();
      const sorted = [...items].sort((a, b) => {
        const [x, y] = [order.key(a), order.key(b)];
        for (let i = 0; i < x.length; i++)
          if (x[i] !== y[i]) return (x[i]! < y[i]! ? -1 : 1) * (order.directions[i] === 'DESC' ? -1 : 1);
        return 0;
      });
      expect(seen.map((i) => i.id)).toEqual(sorted.map((i) => i.id));
      expect(new Set(seen.map((i) => i.id)).size).toBe(items.length);
    }
  });

  it('neither repeats nor skips the items that stay when the list changes between pages', () => {
    const first = pageOf(items, byName, 10);
    const cursor = decodeCursor(first.items.at(-1)!.cursor, byName as SortOrder<unknown>);
    if (!('key' in cursor)) throw new Error(cursor.error);
    // One item of the first page removed, one added before the cursor: the rest pages on unchanged.
    const changed = [
      ...items.filter((i) => i.id !== first.items[0]!.item.id),
      { id: 'zz', name: 'a', at: 0 },
    ];
    const rest = pageOf(changed, byName, 100, cursor.key);
    const expected = pageOf(items, byName, 100, cursor.key);
    expect(rest.items.map((x) => x.item.id)).toEqual(expected.items.map((x) => x.item.id));
    expect(rest.hasPreviousPage).toBe(true);
  });

  it('refuses what is not a cursor of this order', () => {
    const c = encodeCursor(byName.name, ['n1', 'id01']);
    expect(decodeCursor(c, byName as SortOrder<unknown>)).toEqual({ key: ['n1', 'id01'] });
    expect(decodeCursor(c, newest as SortOrder<unknown>)).toHaveProperty('error');
    for (const bad of ['', 'not a cursor!', 'bm9wZQ', encodeCursor('NAME:ASC', ['only-one']), 'W3t9XQ'])
      expect(decodeCursor(bad, byName as SortOrder<unknown>)).toHaveProperty('error');
  });

  it('first=0 gives an empty page that still counts the list', () => {
    const p = pageOf(items, byName, 0);
    expect(p.items).toEqual([]);
    expect(p.totalCount).toBe(53);
    expect(p.hasNextPage).toBe(true);
  });
});
