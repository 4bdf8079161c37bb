import { formatBytes, formatCpus } from '../../resources.js';
import type { FilterPlugin } from '../types.js';

/**
 * Reservations are hard guarantees (swarm's ResourceFilter, Kubernetes' NodeResourcesFit): the
 * task fits only if capacity minus what is already reserved covers its request. Live usage is
 * irrelevant here; the load scorer handles that softly. The reason names the requested amount,
 * which is the same for every node, so failing nodes group into one line.
 */
export function resourcesFilter(): FilterPlugin {
  return {
    name: 'resources',
    eligibility: false,
    enabled: (task) => task.reservations.nanoCpus > 0 || task.reservations.memoryBytes > 0,
    check(task, info) {
      const want = task.reservations;
      const cap = info.node.capacity;
      const lacksCpu = want.nanoCpus > cap.nanoCpus - info.reserved.nanoCpus;
      const lacksMemory = want.memoryBytes > cap.memoryBytes - info.reserved.memoryBytes;
      if (lacksCpu && lacksMemory)
        return `lacked ${formatCpus(want.nanoCpus)} and ${formatBytes(want.memoryBytes)} memory`;
      if (lacksMemory) return `lacked ${formatBytes(want.memoryBytes)} memory`;
      if (lacksCpu) return `lacked ${formatCpus(want.nanoCpus)}`;
      return true;
    },
    explain: (_task, reason) => reason,
  };
}
