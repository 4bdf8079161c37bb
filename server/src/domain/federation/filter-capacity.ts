import type { ClusterFilter } from './types.js';

/**
 * The cluster must have room for at least one replica's reservations. A cluster that is
 * UNREACHABLE (its nodes report nothing) is left to the health filter: within the grace period
 * it keeps its share although it shows no free room.
 */
export const capacityFilter: ClusterFilter = {
  name: 'capacity',
  check: (c, ctx) => {
    if (c.health.status === 'UNREACHABLE') return true;
    const r = ctx.reservation;
    return (
      (r.nanoCpus <= 0 || c.cpuFree >= r.nanoCpus) && (r.memoryBytes <= 0 || c.memoryFree >= r.memoryBytes)
    );
  },
  explain: (c, ctx) => {
    const r = ctx.reservation;
    const short: string[] = [];
    if (r.nanoCpus > 0 && c.cpuFree < r.nanoCpus)
      short.push(
        `${(Math.max(0, c.cpuFree) / 1e9).toFixed(2)} CPUs free of ${(r.nanoCpus / 1e9).toFixed(2)} reserved per replica`,
      );
    if (r.memoryBytes > 0 && c.memoryFree < r.memoryBytes)
      short.push(
        `${Math.round(Math.max(0, c.memoryFree) / 2 ** 20)} MiB free of ${Math.round(r.memoryBytes / 2 ** 20)} MiB per replica`,
      );
    return `no room: ${short.join(', ')}`;
  },
};
