import { describe, expect, it } from 'vitest';
import { defaultScheduler, leastAllocatedScorer, Scheduler, defaultFilters, sameSpec } from './index.js';
import { makeTask, nodeInfo, placedTask, replicas, tcp } from './testing.js';
import type { NodeInfo, PlacementDecision, TaskRequest } from './types.js';

function nodesOf(decisions: PlacementDecision[]): string[] {
  return decisions.map((d) => (d.kind === 'placed' ? d.nodeId : `unplaced: ${d.reason}`));
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** Zone (and rack) of the node each placed decision went to. */
function labelCounts(
  decisions: PlacementDecision[],
  nodes: NodeInfo[],
  label: string,
): Record<string, number> {
  const byId = new Map(nodes.map((n) => [n.node.id, n]));
  return countBy(
    decisions.filter((d) => d.kind === 'placed'),
    (d) => byId.get(d.kind === 'placed' ? d.nodeId : '')?.node.labels[label] ?? '(none)',
  );
}

describe('Scheduler.scheduleBatch', () => {
  it('reports "no nodes in the cluster" when there are none', () => {
    expect(defaultScheduler().scheduleBatch([makeTask('t1')], [])).toEqual([
      { kind: 'unplaced', taskId: 't1', reason: 'no nodes in the cluster', nodesConsidered: 0, failures: [] },
    ]);
  });

  it('places on the emptiest node and does not mutate its inputs', () => {
    const nodes = [
      nodeInfo('a', { tasks: [placedTask('x', { service: 'other', cpus: 2, memoryMiB: 4096 })] }),
      nodeInfo('b'),
    ];
    const tasks = [makeTask('t1', { cpus: 1, memoryMiB: 1024 })];
    const before = JSON.stringify({ nodes, tasks });
    const [decision] = defaultScheduler().scheduleBatch(tasks, nodes);
    expect(decision).toMatchObject({ kind: 'placed', taskId: 't1', nodeId: 'b', preempted: [] });
    expect(decision?.kind === 'placed' && decision.score).toBeGreaterThan(0);
    expect(JSON.stringify({ nodes, tasks })).toBe(before);
  });

  it('lets later tasks see earlier placements of the same pass', () => {
    const nodes = [nodeInfo('a', { cpus: 4, memoryMiB: 1024 })];
    const decisions = defaultScheduler().scheduleBatch(replicas(3, { memoryMiB: 512 }), nodes);
    expect(nodesOf(decisions)).toEqual(['a', 'a', 'unplaced: 1 node: 1 lacked 512 MiB memory']);
  });

  it('spreads 6 replicas 2/2/2 over zones of 1, 2 and 3 nodes', () => {
    const nodes = [
      nodeInfo('a1', { labels: { zone: 'a' } }),
      nodeInfo('b1', { labels: { zone: 'b' } }),
      nodeInfo('b2', { labels: { zone: 'b' } }),
      nodeInfo('c1', { labels: { zone: 'c' } }),
      nodeInfo('c2', { labels: { zone: 'c' } }),
      nodeInfo('c3', { labels: { zone: 'c' } }),
    ];
    const spread = replicas(6, { cpus: 0.5, memoryMiB: 256, placement: { spread: ['node.labels.zone'] } });
    const decisions = defaultScheduler().scheduleBatch(spread, nodes);
    expect(labelCounts(decisions, nodes, 'zone')).toEqual({ a: 2, b: 2, c: 2 });
    // Within zones the per-node spread still applies: b1, b2 one each, c gets two distinct nodes.
    expect(countBy(nodesOf(decisions), (n) => n)).toEqual({ a1: 2, b1: 1, b2: 1, c1: 1, c2: 1 });

    // Without the preference, per-node spread alone gives 1/2/3 — the tree is what makes it even.
    const plain = replicas(6, { cpus: 0.5, memoryMiB: 256 });
    expect(labelCounts(defaultScheduler().scheduleBatch(plain, nodes), nodes, 'zone')).toEqual({
      a: 1,
      b: 2,
      c: 3,
    });
  });

  it('counts existing tasks when spreading', () => {
    const nodes = [
      nodeInfo('a1', { labels: { zone: 'a' }, tasks: [placedTask('svc.old1'), placedTask('svc.old2')] }),
      nodeInfo('b1', { labels: { zone: 'b' } }),
      nodeInfo('c1', { labels: { zone: 'c' } }),
    ];
    const decisions = defaultScheduler().scheduleBatch(
      replicas(4, { placement: { spread: ['node.labels.zone'] } }),
      nodes,
    );
    expect(labelCounts(decisions, nodes, 'zone')).toEqual({ b: 2, c: 2 });
  });

  it('nests spread preferences: by zone, then by rack within the zone', () => {
    const nodes = [
      nodeInfo('a-r1-1', { labels: { zone: 'a', rack: 'r1' } }),
      nodeInfo('a-r1-2', { labels: { zone: 'a', rack: 'r1' } }),
      nodeInfo('a-r1-3', { labels: { zone: 'a', rack: 'r1' } }),
      nodeInfo('a-r2-1', { labels: { zone: 'a', rack: 'r2' } }),
      nodeInfo('b-r3-1', { labels: { zone: 'b', rack: 'r3' } }),
      nodeInfo('b-r3-2', { labels: { zone: 'b', rack: 'r3' } }),
    ];
    const decisions = defaultScheduler().scheduleBatch(
      replicas(4, { placement: { spread: ['node.labels.zone', 'node.labels.rack'] } }),
      nodes,
    );
    expect(labelCounts(decisions, nodes, 'zone')).toEqual({ a: 2, b: 2 });
    expect(labelCounts(decisions, nodes, 'rack')).toEqual({ r1: 1, r2: 1, r3: 2 });
  });

  it('treats nodes missing the spread label as one group of their own', () => {
    const nodes = [
      nodeInfo('a1', { labels: { zone: 'a' } }),
      nodeInfo('b1', { labels: { zone: 'b' } }),
      nodeInfo('n1'),
      nodeInfo('n2'),
    ];
    const decisions = defaultScheduler().scheduleBatch(
      replicas(6, { placement: { spread: ['node.labels.zone'] } }),
      nodes,
    );
    expect(labelCounts(decisions, nodes, 'zone')).toEqual({ a: 2, b: 2, '(none)': 2 });
  });

  it('skips full zones and keeps spreading over the rest', () => {
    const nodes = [
      nodeInfo('a1', { labels: { zone: 'a' }, memoryMiB: 256 }),
      nodeInfo('b1', { labels: { zone: 'b' } }),
      nodeInfo('c1', { labels: { zone: 'c' } }),
    ];
    const decisions = defaultScheduler().scheduleBatch(
      replicas(5, { memoryMiB: 256, placement: { spread: ['node.labels.zone'] } }),
      nodes,
    );
    expect(labelCounts(decisions, nodes, 'zone')).toEqual({ a: 1, b: 2, c: 2 });
  });

  it('keeps replicas with anti-affinity to their own service on different nodes', () => {
    // One big empty node that resource scoring loves, two nearly full ones.
    const nodes = [
      nodeInfo('big', { cpus: 64, memoryMiB: 262144 }),
      nodeInfo('small1', {
        cpus: 4,
        memoryMiB: 4096,
        tasks: [placedTask('x1', { service: 'x', cpus: 3, memoryMiB: 3072 })],
      }),
      nodeInfo('small2', {
        cpus: 4,
        memoryMiB: 4096,
        tasks: [placedTask('x2', { service: 'x', cpus: 3, memoryMiB: 3072 })],
      }),
    ];
    const apart = replicas(3, {
      service: 'db',
      cpus: 0.5,
      memoryMiB: 512,
      placement: { serviceAffinity: [{ service: 'db', weight: -100 }] },
    });
    expect(nodesOf(defaultScheduler().scheduleBatch(apart, nodes))).toEqual(['big', 'small1', 'small2']);

    // Resource scoring alone would stack them all on the big node.
    const resourcesOnly = new Scheduler({ filters: defaultFilters(), scorers: [leastAllocatedScorer()] });
    expect(nodesOf(resourcesOnly.scheduleBatch(apart, nodes))).toEqual(['big', 'big', 'big']);
  });

  it('co-locates with a service it has affinity for', () => {
    const nodes = [
      nodeInfo('a'),
      nodeInfo('b', { tasks: [placedTask('c1', { service: 'cache' })] }),
      nodeInfo('c'),
    ];
    const task = makeTask('api.1', {
      service: 'api',
      placement: { serviceAffinity: [{ service: 'cache', weight: 100 }] },
    });
    expect(nodesOf(defaultScheduler().scheduleBatch([task], nodes))).toEqual(['b']);
  });

  it('follows node affinity', () => {
    const nodes = [nodeInfo('a'), nodeInfo('b', { labels: { disk: 'ssd' } }), nodeInfo('c')];
    const task = makeTask('t', {
      placement: { nodeAffinity: [{ expression: 'node.labels.disk == ssd', weight: 50 }] },
    });
    expect(nodesOf(defaultScheduler().scheduleBatch([task], nodes))).toEqual(['b']);
  });

  it("enforces maxReplicasPerNode, counting this pass's placements", () => {
    const nodes = [
      nodeInfo('a'),
      nodeInfo('b', { tasks: [placedTask('web.0', { service: 'web' })] }),
      nodeInfo('c'),
    ];
    const decisions = defaultScheduler().scheduleBatch(
      replicas(4, { service: 'web', placement: { maxReplicasPerNode: 1 } }),
      nodes,
    );
    expect(nodesOf(decisions)).toEqual([
      'a',
      'c',
      'unplaced: 3 nodes: 3 already had the maximum of 1 task of web',
      'unplaced: 3 nodes: 3 already had the maximum of 1 task of web',
    ]);
    expect(decisions[3]).toMatchObject({
      failures: [
        { filter: 'max-replicas', nodes: 3, reason: '3 nodes already had the maximum of 1 task of web' },
      ],
    });
  });

  it('avoids nodes where a host port is taken', () => {
    const nodes = [
      nodeInfo('a', { tasks: [placedTask('other.1', { service: 'other', hostPorts: [tcp(8080)] })] }),
      nodeInfo('b'),
    ];
    const decisions = defaultScheduler().scheduleBatch(replicas(2, { hostPorts: [tcp(8080)] }), nodes);
    expect(nodesOf(decisions)).toEqual(['b', 'unplaced: 2 nodes: 2 had host port 8080/tcp in use']);
  });

  it('places higher priority first, whatever the input order', () => {
    const nodes = [nodeInfo('a', { cpus: 2, memoryMiB: 1024 })];
    const low = makeTask('low', { service: 'batch', priority: 1, memoryMiB: 768 });
    const high = makeTask('high', { service: 'web', priority: 10, memoryMiB: 768 });
    const decisions = defaultScheduler().scheduleBatch([low, high], nodes);
    // Decisions come back in input order.
    expect(nodesOf(decisions)).toEqual(['unplaced: 1 node: 1 lacked 768 MiB memory', 'a']);
  });

  it('preempts the fewest, lowest-priority tasks', () => {
    const big = (id: string, priority: number, memoryMiB: number) =>
      placedTask(id, { service: `s-${id}`, priority, memoryMiB });
    const nodes = [
      // Two victims needed here (each 512 MiB).
      nodeInfo('a', { memoryMiB: 1024, tasks: [big('a1', 0, 512), big('a2', 0, 512)] }),
      // One victim suffices here; the priority-1 one is evicted, priority-5 one kept.
      nodeInfo('b', { memoryMiB: 1280, tasks: [big('b1', 5, 256), big('b2', 1, 1024)] }),
      // One victim too, but of priority 3: worse than b's priority 1.
      nodeInfo('c', { memoryMiB: 768, tasks: [big('c1', 3, 768)] }),
      // Only higher-priority tasks: never touched.
      nodeInfo('d', { memoryMiB: 768, tasks: [big('d1', 50, 768)] }),
    ];
    const task = makeTask('urgent', { priority: 10, preemption: true, memoryMiB: 768 });
    const [decision] = defaultScheduler().scheduleBatch([task], nodes);
    expect(decision?.kind).toBe('placed');
    if (decision?.kind !== 'placed') return;
    expect(decision.nodeId).toBe('b');
    expect(decision.preempted.map((t) => t.taskId)).toEqual(['b2']);

    // Without preemption the same task stays pending.
    const [pending] = defaultScheduler().scheduleBatch([{ ...task, preemption: false }], nodes);
    expect(pending).toMatchObject({ kind: 'unplaced', reason: '4 nodes: 4 lacked 768 MiB memory' });
  });

  it('evicts several lowest-priority tasks when one is not enough, keeping higher ones', () => {
    const nodes = [
      nodeInfo('a', {
        memoryMiB: 4096,
        tasks: [
          placedTask('p1', { service: 'x', priority: 1, memoryMiB: 1024 }),
          placedTask('p2', { service: 'y', priority: 2, memoryMiB: 1024 }),
          placedTask('p7', { service: 'z', priority: 7, memoryMiB: 1024 }),
          placedTask('p0', { service: 'w', priority: 0, memoryMiB: 1024 }),
        ],
      }),
    ];
    const task = makeTask('t', { priority: 5, preemption: true, memoryMiB: 2048 });
    const [decision] = defaultScheduler().scheduleBatch([task], nodes);
    expect(decision?.kind === 'placed' && decision.preempted.map((t) => t.taskId)).toEqual(['p0', 'p1']);
  });

  it('later tasks see a preemption of earlier ones', () => {
    const nodes = [
      nodeInfo('a', { memoryMiB: 1000, tasks: [placedTask('old', { service: 'old', memoryMiB: 1000 })] }),
    ];
    const decisions = defaultScheduler().scheduleBatch(
      replicas(3, { priority: 5, preemption: true, memoryMiB: 500 }),
      nodes,
    );
    expect(decisions.map((d) => (d.kind === 'placed' ? d.preempted.map((t) => t.taskId) : d.reason))).toEqual(
      [['old'], [], '1 node: 1 lacked 500 MiB memory'],
    );
  });

  it('explains an unplaceable task, counting each node under the first filter failing it', () => {
    const nodes = [
      nodeInfo('us1', { labels: { zone: 'us' }, memoryMiB: 256 }),
      nodeInfo('us2', { labels: { zone: 'us' } }),
      nodeInfo('eu1', { labels: { zone: 'eu' }, memoryMiB: 256 }),
      nodeInfo('eu2', { labels: { zone: 'eu' }, memoryMiB: 511 }),
      nodeInfo('eu3', {
        labels: { zone: 'eu' },
        memoryMiB: 1024,
        tasks: [placedTask('x', { service: 'x', memoryMiB: 768 })],
      }),
    ];
    const task = makeTask('t', { memoryMiB: 512, placement: { constraints: ['node.labels.zone == eu'] } });
    expect(defaultScheduler().scheduleBatch([task], nodes)).toEqual([
      {
        kind: 'unplaced',
        taskId: 't',
        reason: '5 nodes: 2 failed constraint node.labels.zone==eu, 3 lacked 512 MiB memory',
        nodesConsidered: 5,
        failures: [
          { filter: 'constraints', nodes: 2, reason: '2 nodes failed constraint node.labels.zone==eu' },
          { filter: 'resources', nodes: 3, reason: '3 nodes lacked 512 MiB memory' },
        ],
      },
    ]);
  });

  it('explains node readiness per cause', () => {
    const nodes = [
      nodeInfo('a', { status: 'DOWN' }),
      nodeInfo('b', { status: 'UNKNOWN' }),
      nodeInfo('c', { availability: 'PAUSE' }),
      nodeInfo('d', { availability: 'DRAIN' }),
    ];
    const [decision] = defaultScheduler().scheduleBatch([makeTask('t')], nodes);
    expect(decision).toMatchObject({
      reason: '4 nodes: 2 were not ready, 1 was drained, 1 was paused',
      failures: [
        { filter: 'node-ready', nodes: 2, reason: '2 nodes were not ready' },
        { filter: 'node-ready', nodes: 1, reason: '1 node was drained' },
        { filter: 'node-ready', nodes: 1, reason: '1 node was paused' },
      ],
    });
  });

  it('is deterministic: same result on repeat and whatever the node order, ties to the lowest id', () => {
    const nodes = Array.from({ length: 12 }, (_, i) =>
      nodeInfo(`n${String(i).padStart(2, '0')}`, { labels: { zone: ['a', 'b', 'c'][i % 3] as string } }),
    );
    const tasks: TaskRequest[] = [
      ...replicas(7, { service: 'web', memoryMiB: 256, placement: { spread: ['node.labels.zone'] } }),
      ...replicas(5, { service: 'api', cpus: 1 }),
    ];
    const first = defaultScheduler().scheduleBatch(tasks, nodes);
    const again = defaultScheduler().scheduleBatch(tasks, nodes);
    const reversed = defaultScheduler().scheduleBatch(tasks, [...nodes].reverse());
    expect(again).toEqual(first);
    expect(reversed).toEqual(first);
    // All-equal nodes: first api replica goes to the lowest id not favoured otherwise.
    expect(nodesOf(first).slice(7)).toEqual(['n00', 'n01', 'n02', 'n03', 'n04']);
  });
});

describe('ties between equal nodes (issue #13 item 5)', () => {
  /** Tasks per node after placing `services` × `perService` replicas, in one batch or pass by pass. */
  function spreadOver(
    ids: string[],
    services: number,
    perService: number,
    { batch }: { batch: boolean },
  ): Record<string, number> {
    const nodes = ids.map((id) => nodeInfo(id, { cpus: 2, memoryMiB: 24064 }));
    const all = Array.from({ length: services }, (_, s) =>
      replicas(perService, { service: `s${String(s).padStart(3, '0')}` }),
    );
    const scheduler = defaultScheduler();
    // Pass by pass is how the reconciler sees services created one after another: each pass
    // starts from NodeInfos holding what earlier passes placed.
    for (const tasks of batch ? [all.flat()] : all) {
      for (const d of scheduler.scheduleBatch(tasks, nodes)) {
        expect(d.kind).toBe('placed');
        const task = tasks.find((t) => t.taskId === d.taskId)!;
        nodes
          .find((n) => d.kind === 'placed' && n.node.id === d.nodeId)!
          .tasks.push(placedTask(task.taskId, { service: task.serviceId }));
      }
    }
    return Object.fromEntries(nodes.map((n) => [n.node.id, n.tasks.length]));
  }

  it('puts 100 services × 5 replicas 167/167/166 on three equal nodes, in one pass or many', () => {
    for (const batch of [true, false]) {
      const counts = Object.values(spreadOver(['n1', 'n2', 'n3'], 100, 5, { batch })).sort();
      expect(counts).toEqual([166, 167, 167]);
    }
  });

  it('puts 12 services × 2 replicas 8/8/8 on three equal nodes', () => {
    for (const batch of [true, false])
      expect(spreadOver(['n1', 'n2', 'n3'], 12, 2, { batch })).toEqual({ n1: 8, n2: 8, n3: 8 });
  });

  it('balances whatever the node ids are and however many nodes there are', () => {
    for (const ids of [
      ['zz', 'aa', 'mm'],
      ['node-9', 'node-10', 'node-1', 'node-100', 'node-2'],
    ]) {
      const counts = Object.values(spreadOver(ids, 30, 5, { batch: false }));
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('gives a tie to the node with fewer tasks, then to the less allocated one, before the node id', () => {
    const task = makeTask('t', { service: 'new' });
    const busier = nodeInfo('a', {
      tasks: [placedTask('x', { service: 'other' }), placedTask('y', { service: 'other' })],
    });
    const fewer = nodeInfo('b', { tasks: [placedTask('z', { service: 'other', cpus: 0 })] });
    expect(defaultScheduler().schedule(task, [busier, fewer])).toMatchObject({ nodeId: 'b' });
    // Same count: the one with less reserved wins. Scores differ here (least-allocated sees the
    // reservations), so use a scheduler scoring only service spread to isolate the tie-break.
    const spreadOnly = defaultScheduler({
      weights: { leastAllocated: 0, balancedResources: 0, nodeAffinity: 0, serviceAffinity: 0, load: 0 },
    });
    const reserved = nodeInfo('a', { tasks: [placedTask('x', { service: 'other', cpus: 1 })] });
    const light = nodeInfo('b', { tasks: [placedTask('y', { service: 'other', cpus: 0.5 })] });
    expect(spreadOnly.schedule(task, [reserved, light])).toMatchObject({ nodeId: 'b' });
    // Across spread groups with as many of the service's tasks, too.
    const zoned = makeTask('t', { service: 'new', placement: { spread: ['node.labels.zone'] } });
    const zoneA = nodeInfo('a', { labels: { zone: 'a' }, tasks: [placedTask('x', { service: 'other' })] });
    const zoneB = nodeInfo('b', { labels: { zone: 'b' } });
    expect(defaultScheduler().schedule(zoned, [zoneA, zoneB])).toMatchObject({ nodeId: 'b' });
    // Equal in everything: the lower id.
    expect(spreadOnly.schedule(task, [nodeInfo('b'), nodeInfo('a')])).toMatchObject({ nodeId: 'a' });
  });
});

describe('incremental pipeline matches one-task-at-a-time scheduling', () => {
  /** Reference: schedule each task alone against the nodes as updated so far (no shared state). */
  function oneByOne(scheduler: Scheduler, tasks: TaskRequest[], nodes: NodeInfo[]): PlacementDecision[] {
    const current = nodes.map((n) => ({ ...n, tasks: [...n.tasks], reserved: { ...n.reserved } }));
    const sorted = tasks
      .map((t, i) => ({ t, i }))
      .sort(
        (a, b) =>
          b.t.priority - a.t.priority ||
          (a.t.serviceId < b.t.serviceId ? -1 : a.t.serviceId > b.t.serviceId ? 1 : 0) ||
          a.i - b.i,
      );
    const out = new Array<PlacementDecision>(tasks.length);
    for (const { t, i } of sorted) {
      const d = scheduler.schedule(t, current);
      out[i] = d;
      if (d.kind === 'placed') {
        const node = current.find((n) => n.node.id === d.nodeId)!;
        node.tasks.push({ ...t, hostPorts: t.hostPorts });
        node.reserved = {
          nanoCpus: node.reserved.nanoCpus + t.reservations.nanoCpus,
          memoryBytes: node.reserved.memoryBytes + t.reservations.memoryBytes,
        };
      }
    }
    return out;
  }

  it('on a mixed workload with constraints, spread, ports and limits', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const zones = ['a', 'b', 'c'];
    const nodes = Array.from({ length: 40 }, (_, i) =>
      nodeInfo(`n${String(i).padStart(3, '0')}`, {
        labels: { zone: zones[i % 3] as string, rack: `r${i % 5}`, ...(i % 4 === 0 ? { ssd: 'yes' } : {}) },
        cpus: 4 + (i % 3) * 4,
        memoryMiB: 4096 * (1 + (i % 4)),
        status: i === 13 ? 'DOWN' : 'READY',
      }),
    );
    const tasks: TaskRequest[] = [];
    for (let s = 0; s < 8; s++) {
      const count = 5 + Math.floor(rand() * 20);
      tasks.push(
        ...replicas(count, {
          service: `s${s}`,
          priority: s % 3,
          cpus: 0.25 * (1 + (s % 4)),
          memoryMiB: 256 * (1 + (s % 5)),
          hostPorts: s === 5 ? [tcp(9000)] : [],
          placement: {
            constraints: s % 2 === 0 ? ['node.labels.zone in (a, b)'] : [],
            spread: s % 3 === 0 ? ['node.labels.zone', 'node.labels.rack'] : [],
            maxReplicasPerNode: s === 4 ? 1 : 0,
            nodeAffinity: s === 6 ? [{ expression: 'node.labels.ssd exists', weight: 80 }] : [],
            serviceAffinity:
              s === 7
                ? [
                    { service: 's7', weight: -60 },
                    { service: 's1', weight: 30 },
                  ]
                : [],
          },
        }),
      );
    }
    const scheduler = defaultScheduler();
    const batch = scheduler.scheduleBatch(tasks, nodes);
    expect(batch).toEqual(oneByOne(scheduler, tasks, nodes));
    expect(batch.filter((d) => d.kind === 'placed').length).toBeGreaterThan(50);
  });
});

describe('sameSpec: tasks that share one evaluation of the nodes', () => {
  /** Every field set (Required: an optional field added to TaskRequest must be set here too). */
  const full: Required<TaskRequest> = {
    taskId: 'a',
    serviceId: 's',
    serviceName: 'web',
    clusterId: 'c1',
    priority: 1,
    preemption: true,
    reservations: { nanoCpus: 1e9, memoryBytes: 512 * 2 ** 20 },
    placement: {
      constraints: ['node.labels.zone==eu'],
      spread: ['node.labels.zone'],
      maxReplicasPerNode: 2,
      nodeAffinity: [{ expression: 'node.labels.disk==ssd', weight: 5 }],
      serviceAffinity: [{ service: 'db', weight: -5 }],
    },
    hostPorts: [{ hostIp: '0.0.0.0', hostPort: 80, protocol: 'tcp' }],
  };

  /** Path and value of every leaf (string, number, boolean) of `value`. */
  function leaves(value: unknown, path: string[] = []): { path: string[]; value: unknown }[] {
    if (value === null || typeof value !== 'object') return [{ path, value }];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }

  function withLeaf(path: string[], value: unknown): TaskRequest {
    const copy = structuredClone(full) as unknown as Record<string, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[path.at(-1) as string] = value;
    return copy as unknown as TaskRequest;
  }

  function changed(value: unknown): unknown {
    if (typeof value === 'number') return value + 1;
    if (typeof value === 'boolean') return !value;
    return `${String(value)}x`;
  }

  it('puts tasks differing only in their id in one group', () => {
    expect(sameSpec(full, { ...structuredClone(full), taskId: 'b' })).toBe(true);
  });

  it('splits tasks differing in any other field, however deep (every leaf of a full request)', () => {
    const paths = leaves(full);
    expect(paths.length).toBeGreaterThan(15);
    for (const { path, value } of paths) {
      if (path[0] === 'taskId') continue;
      expect(sameSpec(full, withLeaf(path, changed(value))), path.join('.')).toBe(false);
    }
  });

  it('splits tasks differing in list lengths or in a field the comparison never named', () => {
    const longer = structuredClone(full);
    longer.placement.constraints.push('node.labels.disk==ssd');
    expect(sameSpec(full, longer)).toBe(false);
    const noPorts = { ...structuredClone(full), hostPorts: [] };
    expect(sameSpec(full, noPorts)).toBe(false);
    // A field TaskRequest may gain later: compared without sameSpec being told about it.
    const a = { ...full, volumes: ['data'] } as TaskRequest;
    const b = { ...full, taskId: 'b', volumes: ['logs'] } as TaskRequest;
    expect(sameSpec(a, b)).toBe(false);
    expect(sameSpec(a, { ...a, taskId: 'b' })).toBe(true);
  });

  it('gives tasks of one service that differ in a later field their own evaluation', () => {
    // A filter reading a field sameSpec was never told about: the second task gets its own verdict.
    const scheduler = new Scheduler({
      filters: [
        {
          name: 'tier',
          eligibility: true,
          enabled: () => true,
          check: (t, n) => {
            const tier = (t as TaskRequest & { tier?: string }).tier;
            return n.node.labels.tier === tier || `lacked tier ${tier}`;
          },
          explain: (_t, reason) => reason,
        },
      ],
      scorers: [],
    });
    const gold = { ...makeTask('t1', { service: 's' }), tier: 'gold' } as TaskRequest;
    const iron = { ...makeTask('t2', { service: 's' }), tier: 'iron' } as TaskRequest;
    const decisions = scheduler.scheduleBatch([gold, iron], [nodeInfo('n1', { labels: { tier: 'gold' } })]);
    expect(nodesOf(decisions)).toEqual(['n1', 'unplaced: 1 node: 1 lacked tier iron']);
    expect(decisions[1]).toMatchObject({
      nodesConsidered: 1,
      failures: [{ filter: 'tier', nodes: 1, reason: '1 node lacked tier iron' }],
    });
  });
});
