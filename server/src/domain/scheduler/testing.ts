/** Plain-data builders for scheduler tests and benchmarks (no I/O, nothing mocked). */
import type { Node, NodeAvailability, NodeRole, NodeStatus } from '../node.js';
import { EMPTY_PLACEMENT, type Placement } from '../placement.js';
import { MIB, NANO_CPUS_PER_CPU, type Resources } from '../resources.js';
import { PassContext } from './context.js';
import type { HostPortClaim, NodeInfo, PlacedTask, TaskRequest } from './types.js';

export interface NodeSpec {
  name?: string;
  /** Default 'c1', the cluster makeTask's tasks belong to by default. */
  clusterId?: string;
  labels?: Record<string, string>;
  cpus?: number;
  memoryMiB?: number;
  status?: NodeStatus;
  availability?: NodeAvailability;
  role?: NodeRole;
  os?: string;
  arch?: string;
  hostname?: string | null;
}

const EPOCH = new Date(0);

export function makeNode(id: string, spec: NodeSpec = {}): Node {
  return {
    id,
    clusterId: spec.clusterId ?? 'c1',
    name: spec.name ?? id,
    endpoint: `tcp://${id}:2375`,
    engineId: null,
    role: spec.role ?? 'WORKER',
    status: spec.status ?? 'READY',
    statusMessage: null,
    availability: spec.availability ?? 'ACTIVE',
    labels: spec.labels ?? {},
    platform: { os: spec.os ?? 'linux', arch: spec.arch ?? 'x86_64' },
    capacity: resources(spec.cpus ?? 4, spec.memoryMiB ?? 8192),
    engineVersion: '27.0.0',
    hostname: spec.hostname === undefined ? `${id}.local` : spec.hostname,
    publishAddress: '127.0.0.1',
    lastSeenAt: null,
    createdAt: EPOCH,
  };
}

export function resources(cpus: number, memoryMiB: number): Resources {
  return { nanoCpus: Math.round(cpus * NANO_CPUS_PER_CPU), memoryBytes: memoryMiB * MIB };
}

export interface NodeInfoSpec extends NodeSpec {
  tasks?: PlacedTask[];
  cpuLoadPercent?: number;
  memoryLoadPercent?: number;
}

/** A NodeInfo whose `reserved` is the sum of its tasks' reservations. */
export function nodeInfo(id: string, spec: NodeInfoSpec = {}): NodeInfo {
  const tasks = spec.tasks ?? [];
  const info: NodeInfo = {
    node: makeNode(id, spec),
    tasks,
    reserved: tasks.reduce(
      (sum, t) => ({
        nanoCpus: sum.nanoCpus + t.reservations.nanoCpus,
        memoryBytes: sum.memoryBytes + t.reservations.memoryBytes,
      }),
      { nanoCpus: 0, memoryBytes: 0 },
    ),
  };
  if (spec.cpuLoadPercent !== undefined) info.cpuLoadPercent = spec.cpuLoadPercent;
  if (spec.memoryLoadPercent !== undefined) info.memoryLoadPercent = spec.memoryLoadPercent;
  return info;
}

export interface TaskSpec {
  service?: string;
  serviceName?: string;
  /** Default 'c1', the cluster of makeNode's nodes. */
  clusterId?: string;
  priority?: number;
  preemption?: boolean;
  cpus?: number;
  memoryMiB?: number;
  placement?: Partial<Placement>;
  hostPorts?: HostPortClaim[];
}

export function makeTask(id: string, spec: TaskSpec = {}): TaskRequest {
  const service = spec.service ?? 'svc';
  return {
    taskId: id,
    serviceId: service,
    serviceName: spec.serviceName ?? service,
    clusterId: spec.clusterId ?? 'c1',
    priority: spec.priority ?? 0,
    preemption: spec.preemption ?? false,
    reservations: resources(spec.cpus ?? 0, spec.memoryMiB ?? 0),
    placement: { ...EMPTY_PLACEMENT, ...spec.placement },
    hostPorts: spec.hostPorts ?? [],
  };
}

/** `count` replicas of one service: `${service}.1` … */
export function replicas(count: number, spec: TaskSpec = {}): TaskRequest[] {
  const service = spec.service ?? 'svc';
  return Array.from({ length: count }, (_, i) => makeTask(`${service}.${i + 1}`, spec));
}

export function placedTask(id: string, spec: TaskSpec = {}): PlacedTask {
  const t = makeTask(id, spec);
  return {
    taskId: t.taskId,
    serviceId: t.serviceId,
    serviceName: t.serviceName,
    priority: t.priority,
    reservations: t.reservations,
    hostPorts: t.hostPorts,
  };
}

export function tcp(hostPort: number, hostIp = '0.0.0.0'): HostPortClaim {
  return { hostIp, hostPort, protocol: 'tcp' };
}

export function contextFor(nodes: NodeInfo[]): PassContext {
  return new PassContext(nodes);
}
