import type { FilterPlugin, HostPortClaim } from '../types.js';

const WILDCARD = new Set(['', '0.0.0.0', '::']);

/** Two bindings collide on the same port and protocol when the addresses match or either is a wildcard. */
export function portsOverlap(a: HostPortClaim, b: HostPortClaim): boolean {
  return (
    a.hostPort === b.hostPort &&
    a.protocol === b.protocol &&
    (a.hostIp === b.hostIp || WILDCARD.has(a.hostIp) || WILDCARD.has(b.hostIp))
  );
}

/**
 * A host-mode published port can be bound by one container per node (swarmkit's HostPortFilter);
 * the engine would refuse the second bind, so refuse the node up front. Only tasks with host
 * ports pay for the scan, and the node's task list is short.
 */
export function hostPortsFilter(): FilterPlugin {
  return {
    name: 'host-ports',
    eligibility: false,
    enabled: (task) => task.hostPorts.length > 0,
    check(task, info) {
      for (const claim of task.hostPorts) {
        for (const placed of info.tasks) {
          for (const used of placed.hostPorts) {
            if (portsOverlap(claim, used)) return `had host port ${claim.hostPort}/${claim.protocol} in use`;
          }
        }
      }
      return true;
    },
    explain: (_task, reason) => reason,
  };
}
