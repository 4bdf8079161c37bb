import { isTerminal, type Task } from '../task.js';

/**
 * The slots a replicated service wants, as swarmkit's replicated orchestrator keeps them: the
 * slots in use stay (a slot is in use while some task of it is meant to run, including one
 * waiting out its restart backoff), new replicas take the lowest free numbers, and a scale-down
 * chooses which slots go rather than always cutting the highest numbers:
 *   1. slots whose task is not up (pending, starting, failed and waiting to restart) go first;
 *   2. then one from the node running the most replicas of the service, so the rest stay spread;
 *   3. ties: the highest slot number.
 */
export function replicatedSlots(
  tasks: Iterable<Task>,
  replicas: number,
  isUp: (t: Task) => boolean,
): number[] {
  // The task meant to run in each slot (the newest, when an update briefly has two).
  const bySlot = new Map<number, Task>();
  for (const t of tasks) {
    if (t.slot <= 0 || t.desiredState !== 'RUNNING') continue;
    const cur = bySlot.get(t.slot);
    if (!cur || t.createdAt.getTime() > cur.createdAt.getTime()) bySlot.set(t.slot, t);
  }
  const keep = new Set(bySlot.keys());
  if (keep.size < replicas) {
    for (let n = 1; keep.size < replicas; n++) if (!keep.has(n)) keep.add(n);
    return [...keep].sort((a, b) => a - b);
  }
  const perNode = new Map<string, number>();
  for (const t of bySlot.values())
    if (t.nodeId && !isTerminal(t.state)) perNode.set(t.nodeId, (perNode.get(t.nodeId) ?? 0) + 1);
  while (keep.size > replicas) {
    let drop: { slot: number; rank: [number, number, number] } | null = null;
    for (const slot of keep) {
      const t = bySlot.get(slot)!;
      const up = !isTerminal(t.state) && isUp(t);
      const load = up && t.nodeId ? (perNode.get(t.nodeId) ?? 0) : Number.MAX_SAFE_INTEGER;
      const rank: [number, number, number] = [up ? 0 : 1, load, slot];
      if (!drop || greater(rank, drop.rank)) drop = { slot, rank };
    }
    const gone = bySlot.get(drop!.slot)!;
    keep.delete(drop!.slot);
    if (gone.nodeId && !isTerminal(gone.state)) perNode.set(gone.nodeId, (perNode.get(gone.nodeId) ?? 1) - 1);
  }
  return [...keep].sort((a, b) => a - b);
}

function greater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}
