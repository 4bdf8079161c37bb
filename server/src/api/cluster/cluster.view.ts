import type { AppModules } from '../../core.js';
import type { Cluster } from '../../app/clusters.js';
import { NodeType } from '../node/node.type.js';
import { toKeyValues } from '../common/key-value.js';
import type { ClusterHealthStatus, ClusterKind, ClusterType } from './cluster.type.js';

/**
 * A cluster as GraphQL serves it: its nodes, their counts and resources now. Takes only the use
 * cases, not a request's context, so the request's loaders (api/loaders.ts) build the same views.
 */
export function toClusterType(ctx: { core: AppModules }, c: Cluster): ClusterType {
  const svc = ctx.core.nodes;
  const nodes = svc.list(c.id);
  const ready = nodes.filter((n) => n.status === 'READY');
  const runtimes = nodes.map((n) => svc.runtimeOf(n.id));
  // A REMOTE cluster's nodes are the member's own: its room is what the member heartbeat read.
  const rr = ctx.core.clusters.remoteResources(c);
  const allocated = rr
    ? { nanoCpus: rr.reservedCpus * 1e9, memoryBytes: rr.reservedMemoryBytes }
    : svc.allocatedTotal(ready);
  // Live use of the containers the stats hub samples now (stats subscriptions), if any.
  const used = rr
    ? rr.usedCpus == null
      ? null
      : { usedCpus: rr.usedCpus, usedMemoryBytes: rr.usedMemoryBytes }
    : ctx.core.live.usage(new Set(ready.map((n) => n.id)));
  const totalCpus = rr ? rr.totalCpus : ready.reduce((s, n) => s + n.capacity.nanoCpus, 0) / 1e9;
  const totalMemoryBytes = rr ? rr.totalMemoryBytes : ready.reduce((s, n) => s + n.capacity.memoryBytes, 0);
  const pct = (part: number | null | undefined, whole: number) =>
    part == null || whole <= 0 ? null : Math.round((part / whole) * 1000) / 10;
  const health = ctx.core.clusters.health(c, nodes);
  return {
    id: c.id,
    name: c.name,
    region: c.region,
    zone: c.zone,
    labels: toKeyValues(c.labels),
    environment: ctx.core.environments.nameOf(ctx.core.environments.ofCluster(c.id)),
    kind: c.kind as ClusterKind,
    remote: c.remote ? { url: c.remote.url, hasCa: !!c.remote.ca, hasToken: c.remote.hasToken } : null,
    health: { status: health.status as ClusterHealthStatus, reason: health.reason },
    latencyP50Ms: ctx.core.clusters.latencyP50Ms(nodes, (id) => svc.latencyOf(id), c),
    utilisation: {
      allocatedCpuPercent: pct(allocated.nanoCpus / 1e9, totalCpus),
      allocatedMemoryPercent: pct(allocated.memoryBytes, totalMemoryBytes),
      cpuPercent: pct(used?.usedCpus, totalCpus),
      memoryPercent: pct(used?.usedMemoryBytes, totalMemoryBytes),
    },
    nodeCounts: {
      total: nodes.length,
      managers: nodes.filter((n) => n.role === 'MANAGER').length,
      workers: nodes.filter((n) => n.role === 'WORKER').length,
      healthy: ready.length,
      unhealthy: nodes.length - ready.length,
      ready: ready.length,
      down: nodes.filter((n) => n.status === 'DOWN').length,
      draining: nodes.filter((n) => n.availability === 'DRAIN').length,
    },
    resources: {
      totalCpus,
      totalMemoryBytes,
      reservedCpus: allocated.nanoCpus / 1e9,
      reservedMemoryBytes: allocated.memoryBytes,
      usedCpus: used?.usedCpus ?? null,
      usedMemoryBytes: used?.usedMemoryBytes ?? null,
    },
    nodes: nodes.map((n) => NodeType.from(n, svc.runtimeOf(n.id))),
    containerCount: runtimes.reduce((s, r) => s + r.containers, 0),
    runningContainerCount: runtimes.reduce((s, r) => s + r.containersRunning, 0),
    timestamp: new Date(),
  };
}
