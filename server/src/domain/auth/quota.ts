/**
 * Quotas per environment: CPUs, memory, services and containers. Pure maths over what services
 * and standalone containers ask for; the API layer gathers the numbers and refuses a change that
 * would go over with FORBIDDEN and every number an operator needs to decide.
 *
 * What counts: a replica counts max(limit, reservation) of CPU and memory, times the replicas
 * (a GLOBAL service: times the nodes of its environment). An environment with a CPU (memory)
 * quota requires every new workload to state a CPU (memory) limit or reservation, as Kubernetes
 * does for ResourceQuota: an unbounded container cannot be counted.
 */
export interface Quota {
  /** CPUs (may be fractional); null = unlimited. */
  maxCpus: number | null;
  maxMemoryBytes: number | null;
  maxServices: number | null;
  maxContainers: number | null;
}

export const NO_QUOTA: Quota = {
  maxCpus: null,
  maxMemoryBytes: null,
  maxServices: null,
  maxContainers: null,
};

export interface Usage {
  nanoCpus: number;
  memoryBytes: number;
  services: number;
  containers: number;
}

export const ZERO_USAGE: Usage = { nanoCpus: 0, memoryBytes: 0, services: 0, containers: 0 };

export interface ReplicaShape {
  limits: { nanoCpus: number; memoryBytes: number };
  reservations: { nanoCpus: number; memoryBytes: number };
}

export interface WorkloadShape extends ReplicaShape {
  mode: 'REPLICATED' | 'GLOBAL';
  replicas: number;
}

/** CPU and memory one replica counts for. */
export function perReplica(s: ReplicaShape): { nanoCpus: number; memoryBytes: number } {
  return {
    nanoCpus: Math.max(s.limits.nanoCpus, s.reservations.nanoCpus),
    memoryBytes: Math.max(s.limits.memoryBytes, s.reservations.memoryBytes),
  };
}

/** What one service counts for; `nodes` is how many a GLOBAL service runs on. */
export function serviceUsage(s: WorkloadShape, nodes: number): Usage {
  const n = s.mode === 'GLOBAL' ? nodes : s.replicas;
  const r = perReplica(s);
  return { nanoCpus: r.nanoCpus * n, memoryBytes: r.memoryBytes * n, services: 1, containers: n };
}

/** What one standalone container counts for. */
export function containerUsage(s: ReplicaShape): Usage {
  return { ...perReplica(s), services: 0, containers: 1 };
}

export function addUsage(a: Usage, b: Usage): Usage {
  return {
    nanoCpus: a.nanoCpus + b.nanoCpus,
    memoryBytes: a.memoryBytes + b.memoryBytes,
    services: a.services + b.services,
    containers: a.containers + b.containers,
  };
}

export function sumUsage(list: readonly Usage[]): Usage {
  return list.reduce(addUsage, ZERO_USAGE);
}

export function subUsage(a: Usage, b: Usage): Usage {
  return {
    nanoCpus: a.nanoCpus - b.nanoCpus,
    memoryBytes: a.memoryBytes - b.memoryBytes,
    services: a.services - b.services,
    containers: a.containers - b.containers,
  };
}

export type QuotaResource = 'cpus' | 'memory' | 'services' | 'containers';

export interface QuotaViolation {
  resource: QuotaResource;
  /** The quota in display units (CPUs, bytes, count). */
  limit: number;
  inUse: number;
  asks: number;
  message: string;
}

/** 3.5, 0.25, 4: CPUs as an operator writes them. */
export function formatCpus(nanoCpus: number): string {
  return String(Math.round((nanoCpus / 1e9) * 1000) / 1000);
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Math.round(v * 100) / 100} ${units[i]}`;
}

/**
 * Checks a change: `inUse` is the environment's use now (including what is being replaced),
 * `before` the replaced part (a service's current use; zero for something new) and `after` what
 * it becomes. Only growth is refused: scaling down an environment that is over quota is fine.
 */
export function checkQuota(
  env: string,
  quota: Quota,
  inUse: Usage,
  before: Usage,
  after: Usage,
): QuotaViolation[] {
  const out: QuotaViolation[] = [];
  const delta = subUsage(after, before);
  const one = (
    resource: QuotaResource,
    max: number | null,
    used: number,
    asks: number,
    unit: number,
    fmt: (n: number) => string,
    noun: string,
  ) => {
    if (max === null || asks <= 0 || used + asks <= Math.round(max * unit)) return;
    out.push({
      resource,
      limit: max,
      inUse: used / unit,
      asks: asks / unit,
      message: `quota: ${fmt(Math.round(max * unit))} ${noun} in ${env}, ${fmt(used)} in use, this asks ${fmt(asks)}`,
    });
  };
  one('cpus', quota.maxCpus, inUse.nanoCpus, delta.nanoCpus, 1e9, formatCpus, 'CPUs');
  one('memory', quota.maxMemoryBytes, inUse.memoryBytes, delta.memoryBytes, 1, formatBytes, 'of memory');
  one('services', quota.maxServices, inUse.services, delta.services, 1, String, 'services');
  one('containers', quota.maxContainers, inUse.containers, delta.containers, 1, String, 'containers');
  return out;
}

/**
 * With a CPU or memory quota, a replica must say how much it uses: an environment cannot cap
 * what it cannot count. `field` is where the caller gives it (`resources`).
 */
export function checkBounded(
  env: string,
  quota: Quota,
  replica: ReplicaShape,
  field = 'resources',
): QuotaViolation[] {
  const r = perReplica(replica);
  const out: QuotaViolation[] = [];
  if (quota.maxCpus !== null && r.nanoCpus === 0)
    out.push({
      resource: 'cpus',
      limit: quota.maxCpus,
      inUse: 0,
      asks: 0,
      message: `quota: ${env} caps CPUs at ${quota.maxCpus}: give ${field}.cpuLimit or ${field}.cpuReservation`,
    });
  if (quota.maxMemoryBytes !== null && r.memoryBytes === 0)
    out.push({
      resource: 'memory',
      limit: quota.maxMemoryBytes,
      inUse: 0,
      asks: 0,
      message: `quota: ${env} caps memory at ${formatBytes(quota.maxMemoryBytes)}: give ${field}.memoryLimit or ${field}.memoryReservation`,
    });
  return out;
}

/** A quota as stored (JSON), tolerant of missing keys. */
export function normalizeQuota(q: Partial<Quota> | null | undefined): Quota {
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);
  return {
    maxCpus: n(q?.maxCpus),
    maxMemoryBytes: n(q?.maxMemoryBytes),
    maxServices: n(q?.maxServices),
    maxContainers: n(q?.maxContainers),
  };
}

/**
 * How many replicas of one shape fit: the largest count in [current, desired] whose growth over
 * `current` stays within the quota, given `othersInUse` (the environment's use without this
 * service). The autoscaler asks this before scaling up, so it stops at the quota instead of
 * failing the whole step; `limitedBy` names the resource that capped it (null when it all fits).
 */
export function replicasWithinQuota(
  quota: Quota,
  othersInUse: Usage,
  replica: ReplicaShape,
  current: number,
  desired: number,
): { replicas: number; limitedBy: QuotaResource | null } {
  if (desired <= current) return { replicas: desired, limitedBy: null };
  const r = perReplica(replica);
  let fit = desired;
  let limitedBy: QuotaResource | null = null;
  const cap = (resource: QuotaResource, max: number | null, used: number, each: number) => {
    if (max === null || each <= 0) return;
    // Replicas (all of this service) that fit beside the others; never below what runs now.
    const n = Math.max(current, Math.floor((max - used) / each));
    if (n < fit) {
      fit = n;
      limitedBy = resource;
    }
  };
  cap(
    'cpus',
    quota.maxCpus === null ? null : Math.round(quota.maxCpus * 1e9),
    othersInUse.nanoCpus,
    r.nanoCpus,
  );
  cap('memory', quota.maxMemoryBytes, othersInUse.memoryBytes, r.memoryBytes);
  cap('containers', quota.maxContainers, othersInUse.containers, 1);
  return { replicas: fit, limitedBy };
}
