import { describe, expect, it } from 'vitest';
import { dependencyOrder } from './dependency-order.js';

const deps: Record<string, string[]> = { a: ['b'], b: ['c'], c: [], d: [] };
const order = (names: string[], d = deps) =>
  dependencyOrder(
    names,
    (n) => n,
    (n) => d[n] ?? [],
  );

describe('dependencyOrder', () => {
  it('puts dependencies first and keeps the given order otherwise', () => {
    expect(order(['d', 'a', 'b', 'c'])).toEqual({ order: ['d', 'c', 'b', 'a'], cycles: [] });
  });

  it('reports a cycle as the chain that goes round', () => {
    const r = order(['a', 'b', 'c'], { a: ['b'], b: ['c'], c: ['a'] });
    expect(r.cycles).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('skips a dependency the set does not hold', () => {
    expect(order(['a'], { a: ['ghost'] })).toEqual({ order: ['a'], cycles: [] });
  });
});
