import { PassContext, workingCopy } from './context.js';
import { countNodes } from './explain.js';
import { planPreemption } from './preemption.js';
import { SpreadTree, spreadLevels } from './scorers/spread.js';
import { DEFAULT_SCORE_LIMIT, NodeCursor, nodesToScore, type ScoreLimit } from './score-limit.js';
import type {
  FilterFailure,
  FilterPlugin,
  NodeInfo,
  PlacedTask,
  PlacementDecision,
  ScorePlugin,
  TaskRequest,
  Unplaced,
} from './types.js';

export interface SchedulerOptions {
  /** Run in this order, except that eligibility filters always run before capacity filters. */
  filters: readonly FilterPlugin[];
  scorers: readonly ScorePlugin[];
  /** How many feasible nodes a group scores (score-limit.ts); default DEFAULT_SCORE_LIMIT, SCORE_ALL for all. */
  scoreLimit?: ScoreLimit;
}

export const NO_NODES_REASON = 'no nodes in the cluster';

/**
 * The scheduling pipeline: filter, then pick (spread tree, then weighted scores), place, repeat.
 *
 * `scheduleBatch` sorts tasks by priority (highest first) and places them one at a time on
 * working copies of the nodes, so each task sees the reservations, ports and replica counts of
 * the ones placed before it. The caller's inputs are never mutated.
 *
 * Speed comes from the plugins' locality contract (see FilterPlugin): consecutive identical tasks
 * (same service and spec, like swarmkit's task groups) share one evaluation of every node; after
 * each placement only the node that received the task is re-checked and re-scored, and the next
 * node comes off a heap. A batch costs O(groups × nodes + tasks × log nodes) plugin work instead
 * of O(tasks × nodes).
 *
 * Deterministic: equal scores go to the node with fewer tasks, then the less allocated one (as
 * swarm: the service's own tasks are spread first, by the service-spread scorer, then total tasks
 * per node decide), and only nodes equal in all of that go to the lower node id; tasks of equal
 * priority keep their input order within a service, services in id order.
 */
export class Scheduler {
  readonly filters: readonly FilterPlugin[];
  readonly scorers: readonly ScorePlugin[];
  readonly scoreLimit: ScoreLimit;
  /** Where the next group's node scan starts (rotates over groups and batches). */
  private readonly cursor = new NodeCursor();

  constructor(options: SchedulerOptions) {
    this.scoreLimit = options.scoreLimit ?? DEFAULT_SCORE_LIMIT;
    this.filters = [
      ...options.filters.filter((f) => f.eligibility),
      ...options.filters.filter((f) => !f.eligibility),
    ];
    this.scorers = options.scorers.filter((s) => s.weight > 0);
  }

  /** Decisions in the same order as `tasks`. */
  scheduleBatch(tasks: readonly TaskRequest[], nodes: readonly NodeInfo[]): PlacementDecision[] {
    const decisions = new Array<PlacementDecision>(tasks.length);
    if (nodes.length === 0) {
      tasks.forEach((task, i) => {
        decisions[i] = {
          kind: 'unplaced',
          taskId: task.taskId,
          reason: NO_NODES_REASON,
          nodesConsidered: 0,
          failures: [],
        };
      });
      return decisions;
    }
    const working = nodes.map(workingCopy).sort((a, b) => compareIds(a.node.id, b.node.id));
    const ctx = new PassContext(working);
    const scratch = new Scratch(working.length);
    const order = tasks.map((_, i) => i);
    order.sort((a, b) => {
      const ta = tasks[a] as TaskRequest;
      const tb = tasks[b] as TaskRequest;
      return tb.priority - ta.priority || compareIds(ta.serviceId, tb.serviceId) || a - b;
    });

    let state: GroupState | null = null;
    let unplaced: Unplaced | null = null;
    for (let k = 0; k < order.length; k++) {
      const i = order[k] as number;
      const task = tasks[i] as TaskRequest;
      if (state && !sameSpec(state.task, task)) {
        this.cursor.advance(state.start, state.visited, working.length);
        state = null;
        unplaced = null;
      }
      if (!state) {
        const limit = nodesToScore(this.scoreLimit, working.length, groupSize(tasks, order, k));
        const start = this.cursor.start(working.length);
        state = new GroupState(task, this.filters, this.scorers, working, ctx, limit, start, scratch);
      }

      let index = state.tree.pick();
      while (index < 0 && state.more()) index = state.tree.pick();
      if (index >= 0) {
        const score = state.tree.lastScore;
        const info = nodeAt(working, index);
        const notes = state.notes(info);
        state.place(index, task);
        decisions[i] = {
          kind: 'placed',
          taskId: task.taskId,
          nodeId: info.node.id,
          score,
          preempted: [],
          notes,
        };
        continue;
      }
      if (task.preemption && !state.preemptionFailed) {
        const group = state;
        while (group.more());
        const plan = planPreemption(task, working, group.eligibleNodes(), (n) => group.fits(n), ctx);
        if (plan) {
          const info = nodeAt(working, plan.nodeIndex);
          for (const victim of plan.victims) ctx.removeTask(info, victim.taskId);
          const score = state.score(info);
          const notes = state.notes(info);
          ctx.addTask(info, placedTask(task));
          decisions[i] = {
            kind: 'placed',
            taskId: task.taskId,
            nodeId: info.node.id,
            score,
            preempted: plan.victims,
            notes,
          };
          // Evictions changed a node the group state did not expect to change: rebuild it.
          this.cursor.advance(state.start, state.visited, working.length);
          state = null;
          unplaced = null;
          continue;
        }
        // Nothing changed, so the rest of the group would fail the same way: do not search again.
        state.preemptionFailed = true;
      }
      unplaced ??= state.explain();
      decisions[i] = { kind: 'unplaced', taskId: task.taskId, ...unplaced };
    }
    if (state) this.cursor.advance(state.start, state.visited, working.length);
    return decisions;
  }

  /** One task against the cluster as given. */
  schedule(task: TaskRequest, nodes: readonly NodeInfo[]): PlacementDecision {
    return this.scheduleBatch([task], nodes)[0] as PlacementDecision;
  }
}

/**
 * Everything the pipeline knows about the nodes for one group of identical tasks: which filter
 * (if any) rejected each node and why, and the spread tree holding the feasible nodes' scores.
 */
class GroupState {
  private readonly filters: FilterPlugin[];
  /** filters[0 .. eligibilityFilters) are the eligibility filters. */
  private readonly eligibilityFilters: number;
  private readonly scorers: ScorePlugin[];
  private readonly totalWeight: number;
  /** This group's stamp in the batch's scratch: a node is judged for it when judged[i] === gen. */
  private readonly gen: number;
  private readonly judged: Int32Array;
  private readonly eligible: Uint8Array;
  /** Index into `filters` of the filter that rejected the node, or -1 when it is feasible. */
  private readonly failedBy: Int32Array;
  private readonly failReason: (string | undefined)[];
  /** Whether the service had tasks anywhere when the group began (else every node counts 0). */
  private readonly serviceHasTasks: boolean;
  readonly tree: SpreadTree;
  preemptionFailed = false;

  /** Nodes looked at so far, in scan order from `start` (the rest are not judged yet). */
  visited = 0;
  /** Feasible nodes scored so far. */
  private scored = 0;

  constructor(
    readonly task: TaskRequest,
    filters: readonly FilterPlugin[],
    scorers: readonly ScorePlugin[],
    private readonly nodes: NodeInfo[],
    private readonly ctx: PassContext,
    /** Feasible nodes to score before placing (score-limit.ts); more are scored when these run out. */
    private readonly limit: number,
    /** First node index of the scan, which wraps around. */
    readonly start: number,
    scratch: Scratch,
  ) {
    this.filters = filters.filter((f) => f.enabled(task));
    this.eligibilityFilters = this.filters.filter((f) => f.eligibility).length;
    this.scorers = scorers.filter((s) => s.enabled(task));
    this.totalWeight = this.scorers.reduce((sum, s) => sum + s.weight, 0);
    const n = nodes.length;
    this.gen = scratch.nextGeneration();
    ({
      judged: this.judged,
      eligible: this.eligible,
      failedBy: this.failedBy,
      failReason: this.failReason,
    } = scratch);
    this.tree = new SpreadTree(spreadLevels(task.placement.spread));
    this.serviceHasTasks = ctx.tasksOfServiceTotal(task.serviceId) > 0;
    // Spread groups count the service's tasks on every eligible node, scored or not (when it has any).
    if (this.tree.spreads && this.serviceHasTasks) for (let i = 0; i < n; i++) this.judgeEligibility(i);
    this.scan(limit);
  }

  private judgeEligibility(i: number): void {
    if (this.judged[i] === this.gen) return;
    this.judged[i] = this.gen;
    this.eligible[i] = 0;
    const info = this.nodes[i] as NodeInfo;
    if (!this.check(i, info, 0)) return;
    this.eligible[i] = 1;
    // Nodes judged after a placement did not receive it (only judged nodes are picked).
    const own = this.tree.spreads && this.serviceHasTasks;
    this.tree.addNode(i, info.node, own ? this.ctx.tasksOfServiceId(info, this.task.serviceId) : 0);
  }

  /** Judges nodes in scan order until `wanted` more feasible ones are scored or every node is judged. */
  private scan(wanted: number): void {
    const n = this.nodes.length;
    const goal = this.scored + wanted;
    while (this.visited < n && this.scored < goal) {
      const i = (this.start + this.visited) % n;
      this.visited++;
      this.judgeEligibility(i);
      if (!this.eligible[i]) continue;
      const info = this.nodes[i] as NodeInfo;
      if (this.check(i, info, this.eligibilityFilters)) {
        this.offer(i, info);
        this.scored++;
      }
    }
  }

  /** Scores the next nodes when the scored ones are full; false once every node has been judged. */
  more(): boolean {
    if (this.visited >= this.nodes.length) return false;
    this.scan(this.limit);
    return true;
  }

  /** Puts a feasible node in the spread tree with its score and tie-break value. */
  private offer(index: number, info: NodeInfo): void {
    this.tree.offer(index, this.score(info), tieBreak(info));
  }

  /** Runs filters from `from` up to the eligibility boundary (from 0) or to the end; records a failure. */
  private check(index: number, info: NodeInfo, from: number): boolean {
    const to = from === 0 ? this.eligibilityFilters : this.filters.length;
    for (let f = from; f < to; f++) {
      const result = (this.filters[f] as FilterPlugin).check(this.task, info, this.ctx);
      if (result !== true) {
        this.failedBy[index] = f;
        this.failReason[index] = result;
        return false;
      }
    }
    this.failedBy[index] = -1;
    this.failReason[index] = undefined;
    return true;
  }

  /** Capacity filters on any node (used on preemption's hypothetical copies). */
  fits(info: NodeInfo): boolean {
    for (let f = this.eligibilityFilters; f < this.filters.length; f++) {
      if ((this.filters[f] as FilterPlugin).check(this.task, info, this.ctx) !== true) return false;
    }
    return true;
  }

  /** Weighted mean of the enabled scorers, 0..100. */
  score(info: NodeInfo): number {
    if (this.totalWeight === 0) return 0;
    let sum = 0;
    for (const scorer of this.scorers) {
      const s = scorer.score(this.task, info, this.ctx);
      sum += scorer.weight * (s < 0 ? 0 : s > 100 ? 100 : s);
    }
    return sum / this.totalWeight;
  }

  /** The enabled scorers' words about a node (before the task lands on it). */
  notes(info: NodeInfo): string[] {
    const out: string[] = [];
    for (const scorer of this.scorers) {
      const note = scorer.describe?.(this.task, info);
      if (note) out.push(note);
    }
    return out;
  }

  /** Puts `task` (same spec as the group's) on the node `tree.pick()` returned, and rescores it. */
  place(index: number, task: TaskRequest): void {
    const info = nodeAt(this.nodes, index);
    this.ctx.addTask(info, placedTask(task));
    this.tree.placed(index);
    if (this.check(index, info, this.eligibilityFilters)) this.offer(index, info);
  }

  /** Eligible nodes (call once `more()` is false: every node judged). */
  *eligibleNodes(): Iterable<number> {
    for (let i = 0; i < this.nodes.length; i++) if (this.judged[i] === this.gen && this.eligible[i]) yield i;
  }

  /**
   * "5 nodes: 2 failed constraint node.labels.zone==eu, 3 lacked 512 MiB memory". Each node is
   * counted once, under the first filter that rejected it (Nomad's way); parts follow filter
   * order, then larger counts first.
   */
  explain(): Unplaced {
    const groups = new Map<string, { filter: number; reason: string; count: number }>();
    for (let i = 0; i < this.nodes.length; i++) {
      if (this.judged[i] !== this.gen) continue;
      const filter = this.failedBy[i] as number;
      const reason = this.failReason[i];
      if (filter < 0 || reason === undefined) continue;
      const key = `${filter}\u0000${reason}`;
      const group = groups.get(key);
      if (group) group.count++;
      else groups.set(key, { filter, reason, count: 1 });
    }
    const parts = [...groups.values()].sort(
      (a, b) => a.filter - b.filter || b.count - a.count || compareIds(a.reason, b.reason),
    );
    const failures: FilterFailure[] = [];
    const words: string[] = [];
    for (const part of parts) {
      const filter = this.filters[part.filter] as FilterPlugin;
      const text = filter.explain(this.task, part.reason, part.count);
      failures.push({ filter: filter.name, nodes: part.count, reason: `${countNodes(part.count)} ${text}` });
      words.push(`${part.count} ${text}`);
    }
    return {
      reason: `${countNodes(this.nodes.length)}: ${words.join(', ')}`,
      nodesConsidered: this.nodes.length,
      failures,
    };
  }
}

/**
 * Per-node working arrays of one batch, shared by its groups one after another: a group takes a
 * new generation instead of allocating and zeroing arrays of the cluster's size, which with
 * 10,000 single-task services on 1,000 nodes was most of the garbage and a fifth of the time.
 */
class Scratch {
  readonly judged: Int32Array;
  readonly eligible: Uint8Array;
  readonly failedBy: Int32Array;
  readonly failReason: (string | undefined)[];
  private generation = 0;

  constructor(n: number) {
    this.judged = new Int32Array(n);
    this.eligible = new Uint8Array(n);
    this.failedBy = new Int32Array(n);
    this.failReason = new Array<string | undefined>(n);
  }

  nextGeneration(): number {
    return ++this.generation;
  }
}

/**
 * Lower wins among equally scored nodes: the number of tasks on the node, plus half its allocated
 * share (mean of reserved CPU and memory fractions, 0..1), so task count decides first and
 * allocation only between nodes with as many tasks. Depends on the node alone, as scores do.
 */
export function tieBreak(info: NodeInfo): number {
  const cap = info.node.capacity;
  const cpu = cap.nanoCpus > 0 ? Math.min(info.reserved.nanoCpus / cap.nanoCpus, 1) : 1;
  const memory = cap.memoryBytes > 0 ? Math.min(info.reserved.memoryBytes / cap.memoryBytes, 1) : 1;
  return info.tasks.length + (cpu + memory) / 4;
}

/** Tasks from order[k] on that share one evaluation with it (one group), so the bound can grow with it. */
function groupSize(tasks: readonly TaskRequest[], order: readonly number[], k: number): number {
  const first = tasks[order[k] as number] as TaskRequest;
  let size = 1;
  while (k + size < order.length && sameSpec(first, tasks[order[k + size] as number] as TaskRequest)) size++;
  return size;
}

function nodeAt(nodes: readonly NodeInfo[], index: number): NodeInfo {
  const info = nodes[index];
  if (!info) throw new Error(`no node at index ${index}`);
  return info;
}

function placedTask(task: TaskRequest): PlacedTask {
  return {
    taskId: task.taskId,
    serviceId: task.serviceId,
    serviceName: task.serviceName,
    priority: task.priority,
    reservations: { ...task.reservations },
    hostPorts: task.hostPorts.map((p) => ({ ...p })),
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Fields that name a task rather than describe what it needs: the only ones a task group may differ in. */
const TASK_IDENTITY: ReadonlySet<string> = new Set<keyof TaskRequest>(['taskId']);

/**
 * Whether two tasks would get identical filter and score results everywhere (one task group):
 * every field of the request but its identity is compared, however deep, so a field added to
 * TaskRequest later is compared too. Shared objects (one service's placement) compare at once.
 */
export function sameSpec(a: TaskRequest, b: TaskRequest): boolean {
  return a === b || sameFields(a, b, TASK_IDENTITY);
}

type Fields = Readonly<Record<string, unknown>>;

function sameFields(x: object, y: object, skip?: ReadonlySet<string>): boolean {
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (skip?.has(key)) continue;
    if (!Object.hasOwn(y, key) || !sameValue((x as Fields)[key], (y as Fields)[key])) return false;
  }
  return true;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  return Array.isArray(x) === Array.isArray(y) && sameFields(x, y);
}
