import { addResources, subtractResources } from '../resources.js';
import type { NodeInfo, PlacedTask, SchedulingContext } from './types.js';

interface ServiceIndex {
  /** Tasks per service id. */
  byId: Map<string, number>;
  /** Tasks per service name, counting only tasks whose name differs from their id (no double count). */
  byName: Map<string, number>;
}

function bump(map: Map<string, number>, key: string, delta: number): void {
  const next = (map.get(key) ?? 0) + delta;
  if (next === 0) map.delete(key);
  else map.set(key, next);
}

function indexTask(index: ServiceIndex, task: PlacedTask, delta: number): void {
  bump(index.byId, task.serviceId, delta);
  if (task.serviceName !== task.serviceId) bump(index.byName, task.serviceName, delta);
}

/**
 * The SchedulingContext of one pass. Per-node service counters are built lazily (keyed by the
 * NodeInfo object, so hypothetical copies made for preemption get their own) and kept current by
 * `addTask`/`removeTask`, which are the only way the pipeline changes a working node. That keeps
 * max-replicas, service spread and affinity checks O(1) instead of rescanning task lists.
 */
const INDEX = Symbol('serviceIndex');
type Indexed = NodeInfo & { [INDEX]?: ServiceIndex };

function buildIndex(tasks: readonly PlacedTask[]): ServiceIndex {
  const index: ServiceIndex = { byId: new Map(), byName: new Map() };
  for (const task of tasks) indexTask(index, task, 1);
  return index;
}

export class PassContext implements SchedulingContext {
  readonly nodes: readonly NodeInfo[];
  /** Indexes of NodeInfo objects not made by `workingCopy` (those carry theirs along). */
  private readonly indexes = new WeakMap<NodeInfo, ServiceIndex>();
  /** Tasks per service id over the pass's nodes (kept by addTask/removeTask on those nodes). */
  private readonly totals = new Map<string, number>();
  private readonly members: WeakSet<NodeInfo>;

  constructor(nodes: readonly NodeInfo[]) {
    this.nodes = nodes;
    this.members = new WeakSet(nodes);
    for (const n of nodes) for (const t of n.tasks) bump(this.totals, t.serviceId, 1);
  }

  /** Tasks of the service on all of the pass's nodes. */
  tasksOfServiceTotal(serviceId: string): number {
    return this.totals.get(serviceId) ?? 0;
  }

  tasksOfServiceId(node: NodeInfo, serviceId: string): number {
    // A service with no task on the pass's nodes has none on any one of them (a new service, the
    // common case when many are created): no per-node lookup. Preemption's copies keep their own.
    if (!this.totals.has(serviceId) && this.members.has(node)) return 0;
    return this.index(node).byId.get(serviceId) ?? 0;
  }

  tasksOfService(node: NodeInfo, service: string): number {
    const index = this.index(node);
    return (index.byId.get(service) ?? 0) + (index.byName.get(service) ?? 0);
  }

  /** Puts `task` on the (working) node: task list, reserved total and counters. */
  addTask(node: NodeInfo, task: PlacedTask): void {
    const index = this.index(node);
    node.tasks.push(task);
    node.reserved = addResources(node.reserved, task.reservations);
    indexTask(index, task, 1);
    if (this.members.has(node)) bump(this.totals, task.serviceId, 1);
  }

  /** Takes a task off the (working) node; returns false when it was not there. */
  removeTask(node: NodeInfo, taskId: string): boolean {
    const at = node.tasks.findIndex((t) => t.taskId === taskId);
    if (at < 0) return false;
    const index = this.index(node);
    const [task] = node.tasks.splice(at, 1);
    if (task) {
      node.reserved = subtractResources(node.reserved, task.reservations);
      indexTask(index, task, -1);
      if (this.members.has(node)) bump(this.totals, task.serviceId, -1);
    }
    return true;
  }

  private index(node: NodeInfo): ServiceIndex {
    const own = (node as Indexed)[INDEX];
    if (own) return own;
    let index = this.indexes.get(node);
    if (!index) {
      index = buildIndex(node.tasks);
      this.indexes.set(node, index);
    }
    return index;
  }
}

/**
 * A copy the pipeline may change without touching the caller's NodeInfo (the Node itself is
 * shared, read-only). It carries its service index under a private symbol: a property read is
 * much cheaper than a WeakMap lookup on the scheduler's hottest path.
 */
export function workingCopy(info: NodeInfo): NodeInfo {
  const copy: Indexed = {
    node: info.node,
    tasks: info.tasks.slice(),
    reserved: { ...info.reserved },
    cpuLoadPercent: info.cpuLoadPercent,
    memoryLoadPercent: info.memoryLoadPercent,
  };
  copy[INDEX] = buildIndex(copy.tasks);
  return copy;
}
