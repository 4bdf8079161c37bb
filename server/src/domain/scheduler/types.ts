import type { Node } from '../node.js';
import type { Placement } from '../placement.js';
import type { Resources } from '../resources.js';

/** A published host port a task needs on the node it lands on. */
export interface HostPortClaim {
  hostIp: string;
  hostPort: number;
  protocol: 'tcp' | 'udp';
}

/** One task (replica slot) waiting for a node. */
export interface TaskRequest {
  taskId: string;
  serviceId: string;
  serviceName: string;
  /** The service's cluster: only that cluster's nodes may run the task (the cluster filter). */
  clusterId: string;
  /** Higher goes first; may preempt lower-priority tasks when `preemption` is allowed. */
  priority: number;
  preemption: boolean;
  reservations: Resources;
  placement: Placement;
  hostPorts: HostPortClaim[];
}

/** A task already running (or assigned) on a node, as the scheduler sees it. */
export interface PlacedTask {
  taskId: string;
  serviceId: string;
  serviceName: string;
  priority: number;
  reservations: Resources;
  hostPorts: HostPortClaim[];
}

/** A node plus what is already on it: the scheduler's working view (NodeInfo in swarmkit). */
export interface NodeInfo {
  node: Node;
  tasks: PlacedTask[];
  /** Sum of reservations of `tasks`; kept alongside so filters need not re-add. */
  reserved: Resources;
  /** Live CPU use of the node in 0..100 percent, when stats are known. */
  cpuLoadPercent?: number;
  memoryLoadPercent?: number;
}

/**
 * What a filter says about one node: `true` when the node can run the task, otherwise the reason
 * it cannot, phrased as what happened to the node ("lacked 512 MiB memory"). Nodes failing with the
 * same reason string are counted together in explanations, so keep reasons free of node names.
 */
export type FilterResult = true | string;

/**
 * A filter removes nodes that cannot run the task, and can say why in words (swarmkit's Filter:
 * `enabled` is SetTask, `check` is Check, `explain` is Explain).
 *
 * Contract the pipeline relies on for speed: `check` may look only at the task's spec (not its
 * id) and at the one node it is given (plus `ctx` lookups about that node). Placing a task then
 * only changes the verdict for the node it landed on, so the pipeline re-checks just that node.
 */
export interface FilterPlugin {
  readonly name: string;
  /**
   * True when the filter judges the node itself (status, labels, platform) rather than what runs
   * on it. Nodes failing an eligibility filter are left out of the service's spread groups and are
   * never preemption candidates, as evicting tasks cannot make them fit.
   */
  readonly eligibility: boolean;
  /** Whether this filter has anything to check for the task (swarmkit's SetTask). */
  enabled(task: TaskRequest): boolean;
  check(task: TaskRequest, node: NodeInfo, ctx: SchedulingContext): FilterResult;
  /**
   * Words for `count` nodes that failed with `reason` (a string `check` returned), without the
   * count itself and with the verb agreeing with it: "lacked 512 MiB memory", "were not ready".
   * The pipeline prefixes the count: "3 nodes lacked 512 MiB memory".
   */
  explain(task: TaskRequest, reason: string, count: number): string;
}

/**
 * A scorer rates a feasible node 0..100 (Kubernetes' MaxNodeScore); the pipeline weights it.
 * Same locality contract as filters: the score depends on the task's spec and that node only.
 */
export interface ScorePlugin {
  readonly name: string;
  readonly weight: number;
  enabled(task: TaskRequest): boolean;
  score(task: TaskRequest, node: NodeInfo, ctx: SchedulingContext): number;
  /**
   * What this scorer saw on the node a task was placed on, in a few words for the placement
   * reason ("cpu load 3%, memory load 1%"); undefined when there is nothing worth saying.
   */
  describe?(task: TaskRequest, node: NodeInfo): string | undefined;
}

/** Shared facts for one scheduling pass, with indexes so plugins need not rescan task lists. */
export interface SchedulingContext {
  /** Every node of the pass (working copies, sorted by id). */
  readonly nodes: readonly NodeInfo[];
  /** Tasks on `node` whose service id is `serviceId`. */
  tasksOfServiceId(node: NodeInfo, serviceId: string): number;
  /** Tasks on `node` whose service id or service name is `service` (affinity terms name either). */
  tasksOfService(node: NodeInfo, service: string): number;
}

/** Nodes one filter rejected for one reason (a node is counted under the first filter failing it). */
export interface FilterFailure {
  filter: string;
  nodes: number;
  /** Full sentence, e.g. "3 nodes lacked 512 MiB memory". */
  reason: string;
}

/**
 * Why a task found no node, as data: the scheduler's decision carries it, the task stores it
 * (`Task.unplaced`) and the API serves it. `reason` is the whole sentence the parts add up to.
 */
export interface Unplaced {
  /** "5 nodes: 2 failed constraint node.labels.zone==eu, 3 lacked 512 MiB memory". */
  reason: string;
  /** Nodes the task was checked against (0 when the cluster has none). */
  nodesConsidered: number;
  /** Per filter and reason, in filter order; each node counted once, under the first filter failing it. */
  failures: FilterFailure[];
}

export type PlacementDecision =
  | {
      kind: 'placed';
      taskId: string;
      nodeId: string;
      score: number;
      preempted: PlacedTask[];
      /** What the scorers saw on the chosen node (ScorePlugin.describe), for the placement reason. */
      notes: string[];
    }
  | ({ kind: 'unplaced'; taskId: string } & Unplaced);
