/**
 * Scheduler throughput benchmark: `npx tsx bench/src/scheduler.ts`.
 *
 * Builds synthetic clusters (1,000 and 5,000 nodes over 3 zones, racks, disk labels, mixed
 * capacities) and a 10,000-task workload over 50 services with constraints, nested spread,
 * per-node limits and affinities, then times `defaultScheduler().scheduleBatch` against a naive
 * baseline over the same data: for each task, the first ready node (in id order) that satisfies the
 * constraints and has room. The baseline does far less (no scoring, no spread) and is there to
 * show what the scoring and spreading cost, and how even the result is.
 *
 * A last row is the pipeline's worst case: 10,000 single-task services, where no two consecutive
 * tasks share an evaluation. Everything is bounded to finish well within a minute.
 */
import {
  compileConstraint,
  defaultFilters,
  defaultScheduler,
  defaultScorers,
  Scheduler,
  type Constraint,
  type NodeInfo,
  type PlacementDecision,
  type TaskRequest,
} from '../../server/src/domain/scheduler/index.js';
import type { Node } from '../../server/src/domain/node.js';
import { EMPTY_PLACEMENT, type Placement } from '../../server/src/domain/placement.js';
import { GIB, MIB, NANO_CPUS_PER_CPU } from '../../server/src/domain/resources.js';
import { SCORE_ALL } from '../../server/src/domain/scheduler/score-limit.js';

const ZONES = ['eu-1', 'eu-2', 'us-1'];
const TASKS = 10_000;
const SERVICES = 50;

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildNodes(count: number): NodeInfo[] {
  const rand = prng(count);
  const nodes: NodeInfo[] = [];
  for (let i = 0; i < count; i++) {
    const id = `node-${String(i).padStart(5, '0')}`;
    // Uneven zones: 50% / 30% / 20%, so spread has to work against node counts.
    const r = rand();
    const zone = r < 0.5 ? ZONES[0] : r < 0.8 ? ZONES[1] : ZONES[2];
    const size = i % 3;
    const node: Node = {
      id,
      clusterId: 'bench',
      name: id,
      endpoint: `tcp://${id}:2375`,
      engineId: null,
      role: i < 3 ? 'MANAGER' : 'WORKER',
      status: i % 97 === 0 ? 'DOWN' : 'READY',
      statusMessage: null,
      availability: i % 101 === 0 ? 'DRAIN' : 'ACTIVE',
      labels: {
        zone: zone as string,
        rack: `r${Math.floor(rand() * 16)}`,
        disk: rand() < 0.4 ? 'ssd' : 'hdd',
        ...(i % 10 === 0 ? { gpu: 'a100' } : {}),
      },
      platform: { os: 'linux', arch: 'x86_64' },
      capacity: { nanoCpus: [8, 16, 32][size]! * NANO_CPUS_PER_CPU, memoryBytes: [32, 64, 128][size]! * GIB },
      engineVersion: '27.0.0',
      hostname: id,
      publishAddress: '10.0.0.1',
      lastSeenAt: null,
      createdAt: new Date(0),
    };
    nodes.push({ node, tasks: [], reserved: { nanoCpus: 0, memoryBytes: 0 }, cpuLoadPercent: rand() * 100 });
  }
  return nodes;
}

function servicePlacement(s: number): Placement {
  const constraints: string[] = [];
  if (s % 3 === 0) constraints.push('node.labels.zone in (eu-1, eu-2)');
  if (s % 5 === 0) constraints.push('node.labels.disk == ssd');
  if (s % 11 === 0) constraints.push('node.role != manager');
  return {
    ...EMPTY_PLACEMENT,
    constraints,
    spread: s % 7 === 0 ? ['node.labels.zone', 'node.labels.rack'] : s % 2 === 0 ? ['node.labels.zone'] : [],
    maxReplicasPerNode: s % 9 === 0 ? 2 : 0,
    nodeAffinity: s % 4 === 1 ? [{ expression: 'node.labels.gpu exists', weight: 40 }] : [],
    serviceAffinity: s % 6 === 1 ? [{ service: `svc-${s}`, weight: -50 }] : [],
  };
}

function buildTasks(services: number, total: number): TaskRequest[] {
  const tasks: TaskRequest[] = [];
  const perService = Math.ceil(total / services);
  for (let s = 0; s < services && tasks.length < total; s++) {
    const placement = servicePlacement(s);
    const reservations = {
      nanoCpus: (0.25 + (s % 4) * 0.25) * NANO_CPUS_PER_CPU,
      memoryBytes: (256 + (s % 4) * 256) * MIB,
    };
    for (let r = 0; r < perService && tasks.length < total; r++) {
      tasks.push({
        taskId: `svc-${s}.${r + 1}`,
        serviceId: `svc-${s}`,
        serviceName: `svc-${s}`,
        clusterId: 'bench',
        priority: s % 3,
        preemption: false,
        reservations,
        placement,
        hostPorts: [],
      });
    }
  }
  return tasks;
}

/** The baseline: first ready node with room that meets the constraints. */
function naive(tasks: readonly TaskRequest[], input: readonly NodeInfo[]): PlacementDecision[] {
  const nodes = input.map((n) => ({ node: n.node, reserved: { ...n.reserved } }));
  const decisions: PlacementDecision[] = [];
  for (const task of tasks) {
    let decision: PlacementDecision = {
      kind: 'unplaced',
      taskId: task.taskId,
      reason: 'no room',
      nodesConsidered: nodes.length,
      failures: [],
    };
    const constraints: Constraint[] = [];
    for (const expression of task.placement.constraints) {
      const c = compileConstraint(expression);
      if (c.ok) constraints.push(c.constraint);
    }
    for (const n of nodes) {
      if (n.node.status !== 'READY' || n.node.availability !== 'ACTIVE') continue;
      if (n.reserved.nanoCpus + task.reservations.nanoCpus > n.node.capacity.nanoCpus) continue;
      if (n.reserved.memoryBytes + task.reservations.memoryBytes > n.node.capacity.memoryBytes) continue;
      if (!constraints.every((c) => c.matches(n.node))) continue;
      n.reserved.nanoCpus += task.reservations.nanoCpus;
      n.reserved.memoryBytes += task.reservations.memoryBytes;
      decision = {
        kind: 'placed',
        taskId: task.taskId,
        nodeId: n.node.id,
        score: 0,
        preempted: [],
        notes: [],
      };
      break;
    }
    decisions.push(decision);
  }
  return decisions;
}

/** Worst zone imbalance over zone-spread services: max − min replicas per allowed zone. */
function zoneSkew(
  decisions: PlacementDecision[],
  tasks: readonly TaskRequest[],
  nodes: readonly NodeInfo[],
): number {
  const zoneOf = new Map(nodes.map((n) => [n.node.id, n.node.labels.zone ?? '']));
  const perService = new Map<string, Map<string, number>>();
  decisions.forEach((d, i) => {
    const task = tasks[i]!;
    if (d.kind !== 'placed' || task.placement.spread[0] !== 'node.labels.zone') return;
    const counts = perService.get(task.serviceId) ?? new Map<string, number>();
    const zone = zoneOf.get(d.nodeId) ?? '';
    counts.set(zone, (counts.get(zone) ?? 0) + 1);
    perService.set(task.serviceId, counts);
  });
  let worst = 0;
  for (const counts of perService.values()) {
    const values = [...counts.values()];
    worst = Math.max(worst, Math.max(...values) - Math.min(...values));
  }
  return worst;
}

/** Max and min tasks per ready, active node (the bench's nodes start empty). */
function perNode(decisions: PlacementDecision[], nodes: readonly NodeInfo[]): string {
  const counts = new Map<string, number>();
  for (const n of nodes)
    if (n.node.status === 'READY' && n.node.availability === 'ACTIVE') counts.set(n.node.id, 0);
  for (const d of decisions) if (d.kind === 'placed') counts.set(d.nodeId, (counts.get(d.nodeId) ?? 0) + 1);
  const values = [...counts.values()];
  return `${Math.max(...values)}/${Math.min(...values)}`;
}

/** Best of `runs` timings (ms), with one warm-up; stops early past the time budget. */
function time<T>(runs: number, budgetMs: number, fn: () => T): { ms: number; result: T } {
  let result = fn();
  let best = Number.POSITIVE_INFINITY;
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    best = Math.min(best, performance.now() - t0);
    if (performance.now() - started > budgetMs) break;
  }
  return { ms: best, result };
}

interface Row {
  scenario: string;
  placed: string;
  schedMs: string;
  schedRate: string;
  naiveMs: string;
  naiveRate: string;
  ratio: string;
  skew: string;
  spread: string;
}

function rate(count: number, ms: number): string {
  return `${Math.round(count / (ms / 1000)).toLocaleString('en-US')}/s`;
}

function scenario(
  name: string,
  nodes: NodeInfo[],
  tasks: TaskRequest[],
  runs: number,
  scheduler: Scheduler = defaultScheduler(),
): Row {
  const sched = time(runs, 15_000, () => scheduler.scheduleBatch(tasks, nodes));
  const base = time(runs, 5_000, () => naive(tasks, nodes));
  const placed = sched.result.filter((d) => d.kind === 'placed').length;
  const naivePlaced = base.result.filter((d) => d.kind === 'placed').length;
  return {
    scenario: name,
    placed: `${placed}/${tasks.length} (naive ${naivePlaced})`,
    schedMs: sched.ms.toFixed(1),
    schedRate: rate(placed, sched.ms),
    naiveMs: base.ms.toFixed(1),
    naiveRate: rate(naivePlaced, base.ms),
    ratio: `${(sched.ms / base.ms).toFixed(2)}×`,
    skew: `${zoneSkew(sched.result, tasks, nodes)} (naive ${zoneSkew(base.result, tasks, nodes)})`,
    spread: `${perNode(sched.result, nodes)} (naive ${perNode(base.result, nodes)})`,
  };
}

function printTable(rows: Row[]): void {
  const headers: Row = {
    scenario: 'scenario',
    placed: 'placed',
    schedMs: 'sched ms',
    schedRate: 'sched rate',
    naiveMs: 'naive ms',
    naiveRate: 'naive rate',
    ratio: 'sched/naive time',
    skew: 'zone skew',
    spread: 'max/min per node',
  };
  const keys = Object.keys(headers) as (keyof Row)[];
  const width = (k: keyof Row) => Math.max(headers[k].length, ...rows.map((r) => r[k].length));
  const line = (r: Row) => keys.map((k) => r[k].padEnd(width(k))).join('  ');
  console.log(line(headers));
  console.log(keys.map((k) => '-'.repeat(width(k))).join('  '));
  for (const r of rows) console.log(line(r));
}

const started = performance.now();
const workload = buildTasks(SERVICES, TASKS);
const rows: Row[] = [];
for (const count of [1_000, 5_000]) {
  rows.push(scenario(`${TASKS} tasks/${SERVICES} svcs on ${count} nodes`, buildNodes(count), workload, 5));
}
const worstNodes = buildNodes(1_000);
const worstTasks = buildTasks(TASKS, TASKS);
rows.push(scenario(`${TASKS} single-task svcs on 1000 nodes`, worstNodes, worstTasks, 3));
// The same case scoring every feasible node for every task: the baseline for the bound's quality.
const scoreAll = new Scheduler({
  filters: defaultFilters(),
  scorers: defaultScorers(),
  scoreLimit: SCORE_ALL,
});
rows.push(scenario(`  the same, every node scored`, worstNodes, worstTasks, 1, scoreAll));
printTable(rows);
const bounded = rows.at(-2)!;
const full = rows.at(-1)!;
const rateOf = (r: Row) => Number(r.schedRate.replace(/[^0-9]/g, ''));
console.log(
  `\nworst case: bounded scoring ${bounded.schedRate} vs every node scored ${full.schedRate} ` +
    `(${(rateOf(bounded) / rateOf(full)).toFixed(1)}×; target ≥ 25,000/s); zone skew ${bounded.skew.split(' ')[0]} vs ${full.skew.split(' ')[0]}, ` +
    `max/min per node ${bounded.spread.split(' ')[0]} vs ${full.spread.split(' ')[0]}`,
);
console.log(
  `\nzone skew: worst (max - min) replicas per zone over zone-spread services (0-1 is even).` +
    `\nnaive = first ready node with room meeting constraints (no scoring, no spread). Total ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
