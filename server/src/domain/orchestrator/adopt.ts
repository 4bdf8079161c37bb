import { isTerminal, transition, type Task } from '../task.js';
import type { ObservedContainer } from './observed.js';

/**
 * Re-adoption after a restore. A store restored from a snapshot is behind the engines: the
 * containers started after the snapshot carry task ids it never saw. In normal running that
 * cannot happen (a task is written before its container is created), so such a container is an
 * orphan and is removed; just after a restore it is the fleet's real state, and removing it would
 * restart work that is fine. So, while a restore's recovery window is open, a running container
 * of a service the store knows, at a revision the store knows, becomes a task again, built from
 * its labels (task id, slot, revision), with no engine call: the container keeps running.
 */
export function adoptedTask(c: ObservedContainer, nodeId: string, now: Date): Task | null {
  if (!c.taskId || !c.serviceId || c.slot == null || c.revision == null) return null;
  // Only live work is worth keeping; an exited container is what it looks like: finished.
  if (c.state !== 'running' && c.state !== 'restarting' && c.state !== 'paused') return null;
  const reason = 'adopted after a restore: running on its engine, unknown to the snapshot';
  return {
    id: c.taskId,
    serviceId: c.serviceId,
    slot: c.slot,
    revision: c.revision,
    desiredState: 'RUNNING',
    state: 'RUNNING',
    stateReason: reason,
    history: [{ state: 'RUNNING', at: now, reason }],
    nodeId,
    containerId: c.containerId,
    health: c.health,
    exitCode: null,
    failures: 0,
    notBefore: null,
    readyAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The snapshot's tasks that an adopted one replaced: same service and slot (a global service:
 * same node), meant to run, and with no container on its node, which was listed. They were
 * replaced after the snapshot (a rolling update went on), so they end as SHUTDOWN, not FAILED:
 * nothing failed, and a failure would count against the restart backoff and the update's
 * failure ratio.
 */
export function supersededBy(
  adopted: Task,
  tasks: Iterable<Task>,
  observedTaskIds: ReadonlySet<string>,
  observedNodes: ReadonlySet<string>,
  now: Date,
): Task[] {
  const out: Task[] = [];
  for (const t of tasks) {
    if (t.id === adopted.id || t.serviceId !== adopted.serviceId || isTerminal(t.state)) continue;
    if (t.slot !== adopted.slot || (adopted.slot === 0 && t.nodeId !== adopted.nodeId)) continue;
    if (observedTaskIds.has(t.id)) continue;
    if (t.nodeId && !observedNodes.has(t.nodeId)) continue;
    out.push({
      ...transition(t, 'SHUTDOWN', `replaced after the snapshot by task ${adopted.id.slice(0, 8)}`, now),
      desiredState: 'SHUTDOWN',
    });
  }
  return out;
}
