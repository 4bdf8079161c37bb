/**
 * Cursor paging over a stable sort key (the maths of the Relay connections, api/common/connection.ts).
 *
 * An item's key is a tuple of sort values ending in something unique (its id), so no two items tie
 * and a cursor names one place in the order, not one position: paging on while items are added or
 * removed neither repeats nor skips the items that stay. A cursor is opaque to clients: base64url of
 * JSON `[order, ...key]`, where `order` names the sort it was made under (a cursor from another
 * order is refused, not misread).
 */
export type SortValue = string | number;
export type Direction = 'ASC' | 'DESC';

/** How a list is sorted: a name (kept in its cursors), the key of an item, and each part's direction. */
export interface SortOrder<T> {
  name: string;
  key: (item: T) => SortValue[];
  directions: readonly Direction[];
}

export const DEFAULT_FIRST = 50;
export const MAX_FIRST = 500;

export function encodeCursor(order: string, key: readonly SortValue[]): string {
  return Buffer.from(JSON.stringify([order, ...key]), 'utf8').toString('base64url');
}

/** The key a cursor holds, or why it is not one of this order's cursors. */
export function decodeCursor(
  cursor: string,
  order: SortOrder<unknown>,
): { key: SortValue[] } | { error: string } {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return { error: 'is not a cursor of this list' };
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== order.directions.length + 1 ||
    !parsed.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  )
    return { error: 'is not a cursor of this list' };
  if (parsed[0] !== order.name) return { error: 'was made for another order of this list (orderBy changed)' };
  return { key: parsed.slice(1) as SortValue[] };
}

function compareValue(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function compareKeys(
  a: readonly SortValue[],
  b: readonly SortValue[],
  dirs: readonly Direction[],
): number {
  for (let i = 0; i < dirs.length; i++) {
    const c = compareValue(a[i]!, b[i]!);
    if (c !== 0) return dirs[i] === 'DESC' ? -c : c;
  }
  return 0;
}

export interface Page<T> {
  items: { item: T; cursor: string }[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * One page: `items` sorted by `order`, those strictly after `afterKey` (all when absent), at most
 * `first`. `totalCount` counts every item given (the list under its filters, not the page).
 */
export function pageOf<T>(
  items: readonly T[],
  order: SortOrder<T>,
  first: number,
  afterKey?: readonly SortValue[],
): Page<T> {
  const keyed = items.map((item) => ({ item, key: order.key(item) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key, order.directions));
  let start = 0;
  if (afterKey) {
    // The first item past the cursor (binary search: the keys are sorted and unique).
    let lo = 0;
    let hi = keyed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareKeys(keyed[mid]!.key, afterKey, order.directions) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const slice = keyed.slice(start, start + first);
  return {
    items: slice.map((k) => ({ item: k.item, cursor: encodeCursor(order.name, k.key) })),
    totalCount: keyed.length,
    hasNextPage: start + slice.length < keyed.length,
    hasPreviousPage: start > 0,
  };
}
