/**
 * Dependencies-first order of a set of named items (compose's depends_on), and the cycles that
 * make such an order impossible. Pure: the compose reader reports each cycle against the file and
 * the stack use case refuses a deploy with one; both order through here so they cannot disagree.
 */
export interface DependencyOrder<T> {
  /** Every item once, each after the items it depends on; the input's order otherwise. */
  readonly order: T[];
  /** Each cycle found, as the chain of keys that goes round, first key repeated at the end. */
  readonly cycles: string[][];
}

export function dependencyOrder<T>(
  items: readonly T[],
  key: (item: T) => string,
  dependsOn: (item: T) => readonly string[],
): DependencyOrder<T> {
  const byKey = new Map(items.map((i) => [key(i), i]));
  const state = new Map<string, 'visiting' | 'done'>();
  const order: T[] = [];
  const cycles: string[][] = [];
  const visit = (item: T, trail: string[]): void => {
    const k = key(item);
    const st = state.get(k);
    if (st === 'done') return;
    if (st === 'visiting') {
      cycles.push([...trail.slice(trail.indexOf(k)), k]);
      return;
    }
    state.set(k, 'visiting');
    // A dependency the set does not hold is someone else's finding (an unknown service).
    for (const d of dependsOn(item)) {
      const dep = byKey.get(d);
      if (dep) visit(dep, [...trail, k]);
    }
    state.set(k, 'done');
    order.push(item);
  };
  for (const i of items) visit(i, []);
  return { order, cycles };
}
