import { NodeAvailability, NodeStatus } from '../../node.js';
import { was } from '../explain.js';
import type { FilterPlugin } from '../types.js';

/**
 * Only READY nodes that the operator left ACTIVE take new tasks (swarmkit's ReadyFilter plus its
 * availability check). Down or unknown engines cannot start containers; PAUSE and DRAIN are the
 * operator saying "no new work here". Reasons are kept apart so the explanation says which it was.
 */
export function nodeReadyFilter(): FilterPlugin {
  return {
    name: 'node-ready',
    eligibility: true,
    enabled: () => true,
    check(_task, { node }) {
      if (node.status !== NodeStatus.READY) return 'not ready';
      if (node.availability === NodeAvailability.DRAIN) return 'drained';
      if (node.availability === NodeAvailability.PAUSE) return 'paused';
      return true;
    },
    explain: (_task, reason, count) => `${was(count)} ${reason}`,
  };
}
