import type { Pass } from './pass.js';
import { superviseSlot } from './restart.js';

/**
 * The global orchestrator: one task meant to run on every eligible node (ready, active and
 * passing the service's constraints, as the scheduler's eligibility filters found in the control
 * layer). A task on a node no longer eligible is shut down; an eligible node without a task meant
 * to run gets one from the restart supervisor (restart.ts), bound to that node from birth. On a
 * draining node the updater (update.ts) stops the task: it has nowhere else to go.
 */
export function planGlobal(pass: Pass, eligibleNodes: string[]): void {
  const wanted = new Set(eligibleNodes);
  for (const t of pass.active())
    if (!wanted.has(String(pass.key(t)))) pass.stop(t, 'node no longer eligible');
  const history = pass.byKey();
  for (const nodeId of eligibleNodes) superviseSlot(pass, 0, nodeId, history.get(nodeId) ?? []);
}
