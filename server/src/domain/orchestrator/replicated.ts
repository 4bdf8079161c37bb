import { isTerminal, type Task } from '../task.js';
import { isReady, type Pass } from './pass.js';
import { superviseSlot } from './restart.js';

/**
 * The replicated orchestrator: a service of n replicas keeps one task meant to run in each of n
 * slots. Tasks of slots it no longer keeps are shut down; a kept slot without a task meant to run
 * gets one from the restart supervisor (restart.ts). `slots` comes from wantedSlots, taken
 * before the updater stopped anything this pass.
 */
export function planReplicated(pass: Pass, slots: number[]): void {
  const wanted = new Set(slots);
  for (const t of pass.active())
    if (!wanted.has(t.slot)) pass.stop(t, `scaled down to ${pass.spec.replicas}`);
  const history = pass.byKey();
  for (const slot of slots) superviseSlot(pass, slot, null, history.get(slot) ?? []);
}

/**
 * Which slots the service keeps, decided on the tasks as observed and before the updater stops
 * any for replacement (a slot being replaced stays the slot it was). `extra`: slots a canary or
 * blue-green keeps for the new revision beside the replicas (progressive.ts).
 */
export function wantedSlots(pass: Pass, extra = 0): number[] {
  return replicatedSlots(pass.all(), pass.spec.replicas + extra, (t) => isReady(t, pass.spec));
}

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
