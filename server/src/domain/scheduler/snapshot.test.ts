import { describe, expect, it } from 'vitest';
import { T0, at, service, spec, task } from '../orchestrator/testing.js';
import type { Service } from '../service.js';
import { defaultScheduler } from './index.js';
import { duePending, eligibleNodes, nodeInfos, placeBatch, requestFor, type LiveLoads } from './snapshot.js';
import { makeNode, nodeInfo, resources } from './testing.js';

const scheduler = defaultScheduler();
const noLoad: LiveLoads = { sample: () => undefined, maxAgeMs: 0, now: T0 };
/** A service of cluster c1, where makeNode puts its nodes. */
const svc = (over: Parameters<typeof spec>[0] = {}, id = 's1'): Service =>
  service(spec(over), { id, clusterId: 'c1' });
const byId = (...services: Service[]) => new Map(services.map((s) => [s.id, s]));

describe('requestFor', () => {
  it("asks for the service's reservations, placement and published host ports", () => {
    const s = svc({
      priority: 5,
      preemption: true,
      reservations: resources(1, 256),
      placement: {
        constraints: ['node.labels.zone==eu'],
        spread: [],
        maxReplicasPerNode: 2,
        nodeAffinity: [],
        serviceAffinity: [],
      },
      ports: [
        { containerPort: 80, hostPort: 8080, hostIp: '', protocol: 'tcp' },
        { containerPort: 53, hostPort: 5353, hostIp: '127.0.0.1', protocol: 'udp' },
        { containerPort: 9000, hostPort: 0, hostIp: '', protocol: 'tcp' },
      ],
    });
    expect(requestFor(s, { id: 't1' })).toEqual({
      taskId: 't1',
      serviceId: 's1',
      serviceName: 'web',
      clusterId: 'c1',
      priority: 5,
      preemption: true,
      reservations: resources(1, 256),
      placement: s.spec.placement,
      hostPorts: [
        { hostIp: '0.0.0.0', hostPort: 8080, protocol: 'tcp' },
        { hostIp: '127.0.0.1', hostPort: 5353, protocol: 'udp' },
      ],
    });
  });
});

describe('nodeInfos', () => {
  const s = svc({ reservations: resources(1, 512) });

  it('puts tasks past PENDING on their node and sums their reservations', () => {
    const active = [
      task('run', 1, { nodeId: 'a', state: 'RUNNING' }),
      task('assigned', 2, { nodeId: 'a', state: 'ASSIGNED' }),
      task('starting', 3, { nodeId: 'b', state: 'STARTING' }),
    ];
    const infos = nodeInfos([makeNode('a'), makeNode('b'), makeNode('c')], active, byId(s), noLoad);
    expect(infos.map((i) => [i.node.id, i.tasks.map((t) => t.taskId), i.reserved])).toEqual([
      ['a', ['run', 'assigned'], resources(2, 1024)],
      ['b', ['starting'], resources(1, 512)],
      ['c', [], resources(0, 0)],
    ]);
    expect(infos[0]!.tasks[0]).toEqual({
      taskId: 'run',
      serviceId: 's1',
      serviceName: 'web',
      priority: 0,
      reservations: resources(1, 512),
      hostPorts: [],
    });
  });

  it('leaves out PENDING, NEW and nodeless tasks and tasks of unknown services', () => {
    const active = [
      task('pending', 1, { nodeId: 'a', state: 'PENDING' }),
      task('new', 2, { nodeId: 'a', state: 'NEW' }),
      task('nodeless', 3, { nodeId: null, state: 'RUNNING' }),
      task('orphan', 4, { nodeId: 'a', serviceId: 'gone' }),
    ];
    const [info] = nodeInfos([makeNode('a')], active, byId(s), noLoad);
    expect(info!.tasks).toEqual([]);
    expect(info!.reserved).toEqual(resources(0, 0));
  });

  it('carries live load that is fresh and drops samples older than maxAgeMs', () => {
    const loads: LiveLoads = {
      sample: (id) =>
        id === 'fresh'
          ? { cpuPercent: 30, memoryPercent: 40, measuredAt: at(-1000) }
          : id === 'stale'
            ? { cpuPercent: 90, memoryPercent: 90, measuredAt: at(-10_000) }
            : undefined,
      maxAgeMs: 5000,
      now: T0,
    };
    // Only READY nodes must all have a figure; these two are not, so 'fresh' keeps its own.
    const down = { status: 'DOWN' as const };
    const infos = nodeInfos(
      [makeNode('fresh'), makeNode('stale', down), makeNode('unknown', down)],
      [],
      byId(s),
      loads,
    );
    expect(infos.map((i) => [i.cpuLoadPercent, i.memoryLoadPercent])).toEqual([
      [30, 40],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect('cpuLoadPercent' in infos[1]!).toBe(false);
  });

  it('carries no load at all while a READY node has no fresh figure (measured nodes would beat it)', () => {
    const loads: LiveLoads = {
      sample: (id) => (id === 'a' ? { cpuPercent: 1, memoryPercent: 1, measuredAt: at(-1000) } : undefined),
      maxAgeMs: 5000,
      now: T0,
    };
    const infos = nodeInfos([makeNode('a'), makeNode('b')], [], byId(s), loads);
    expect(infos.map((i) => i.cpuLoadPercent)).toEqual([undefined, undefined]);
    const all: LiveLoads = {
      ...loads,
      sample: () => ({ cpuPercent: 1, memoryPercent: 1, measuredAt: at(-1000) }),
    };
    expect(nodeInfos([makeNode('a'), makeNode('b')], [], byId(s), all).map((i) => i.cpuLoadPercent)).toEqual([
      1, 1,
    ]);
  });
});

describe('eligibleNodes', () => {
  const global = svc({
    mode: 'GLOBAL',
    placement: { ...spec().placement, constraints: ['node.labels.gpu==yes'] },
  });
  const gpu = { gpu: 'yes' };

  it('keeps nodes that pass the eligibility filters, ignoring what already runs there', () => {
    const nodes = [
      makeNode('ok', { labels: gpu, memoryMiB: 1 }),
      makeNode('nolabel'),
      makeNode('down', { labels: gpu, status: 'DOWN' }),
      makeNode('drained', { labels: gpu, availability: 'DRAIN' }),
      makeNode('paused', { labels: gpu, availability: 'PAUSE' }),
      makeNode('elsewhere', { labels: gpu, clusterId: 'c2' }),
    ];
    expect(eligibleNodes(scheduler, global, nodes, [])).toEqual(['ok']);
  });

  it("keeps a paused node that holds one of the service's tasks wanted running", () => {
    const nodes = [
      makeNode('p1', { labels: gpu, availability: 'PAUSE' }),
      makeNode('p2', { labels: gpu, availability: 'PAUSE' }),
    ];
    for (const state of ['ASSIGNED', 'STARTING', 'RUNNING'] as const)
      expect(eligibleNodes(scheduler, global, nodes, [task('g', 0, { nodeId: 'p1', state })])).toEqual([
        'p1',
      ]);
  });

  it('does not hold a paused node for a task stopping, finished, pending or of another service', () => {
    const nodes = [makeNode('p1', { labels: gpu, availability: 'PAUSE' })];
    const notHolding = [
      task('stopping', 0, { nodeId: 'p1', desiredState: 'SHUTDOWN' }),
      task('done', 0, { nodeId: 'p1', state: 'COMPLETE' }),
      task('pending', 0, { nodeId: 'p1', state: 'PENDING' }),
      task('other', 0, { nodeId: 'p1', serviceId: 's2' }),
    ];
    for (const t of notHolding) expect(eligibleNodes(scheduler, global, nodes, [t])).toEqual([]);
  });

  it('does not hold a drained or paused-and-down node', () => {
    const nodes = [
      makeNode('drained', { labels: gpu, availability: 'DRAIN' }),
      makeNode('pauseddown', { labels: gpu, availability: 'PAUSE', status: 'DOWN' }),
    ];
    const held = [task('a', 0, { nodeId: 'drained' }), task('b', 0, { nodeId: 'pauseddown' })];
    expect(eligibleNodes(scheduler, global, nodes, held)).toEqual([]);
  });
});

describe('duePending', () => {
  it('returns PENDING tasks wanted running whose backoff passed, and when the next one is due', () => {
    const active = [
      task('due', 1, { state: 'PENDING', nodeId: null }),
      task('passed', 2, { state: 'PENDING', nodeId: null, notBefore: at(-1) }),
      task('later', 3, { state: 'PENDING', nodeId: null, notBefore: at(3000) }),
      task('soon', 4, { state: 'PENDING', nodeId: null, notBefore: at(1000) }),
      task('stopping', 5, { state: 'PENDING', nodeId: null, desiredState: 'SHUTDOWN' }),
      task('running', 6),
    ];
    const { ready, nextDelay } = duePending(active, T0);
    expect(ready.map((t) => t.id)).toEqual(['due', 'passed']);
    expect(nextDelay).toBe(1005);
  });

  it('wants no wake-up when no task waits for its backoff', () => {
    expect(duePending([task('running', 1)], T0).nextDelay).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('placeBatch', () => {
  const big = svc({ reservations: resources(0, 4096) });

  it('checks a task bound to a node on that node alone, so the reason names one node', () => {
    const infos = [nodeInfo('a', { memoryMiB: 1024 }), nodeInfo('b')];
    const [d] = placeBatch(scheduler, [task('g', 0, { state: 'PENDING', nodeId: 'a' })], byId(big), infos);
    expect(d!.decision).toEqual({
      kind: 'unplaced',
      taskId: 'g',
      reason: '1 node: 1 lacked 4 GiB memory',
      nodesConsidered: 1,
      failures: [{ filter: 'resources', nodes: 1, reason: '1 node lacked 4 GiB memory' }],
    });
  });

  it('places a bound task on its own node even when another scores better', () => {
    const infos = [
      nodeInfo('a', { cpus: 1, memoryMiB: 4096 }),
      nodeInfo('b', { cpus: 64, memoryMiB: 65536 }),
    ];
    const [d] = placeBatch(scheduler, [task('g', 0, { state: 'PENDING', nodeId: 'a' })], byId(big), infos);
    expect(d!.decision).toMatchObject({ kind: 'placed', nodeId: 'a' });
  });

  it('schedules unbound tasks, and bound ones whose node is unknown, across all nodes in one batch', () => {
    const infos = [nodeInfo('a', { memoryMiB: 4096 }), nodeInfo('b', { memoryMiB: 4096 })];
    const ready = [
      task('r1', 1, { state: 'PENDING', nodeId: null }),
      task('lost', 0, { state: 'PENDING', nodeId: 'gone' }),
      task('r3', 3, { state: 'PENDING', nodeId: null }),
    ];
    const out = placeBatch(scheduler, ready, byId(big), infos);
    expect(out.map((o) => [o.task.id, o.service.id, o.decision.kind])).toEqual([
      ['r1', 's1', 'placed'],
      ['lost', 's1', 'placed'],
      ['r3', 's1', 'unplaced'],
    ]);
    const placedOn = out.flatMap((o) => (o.decision.kind === 'placed' ? [o.decision.nodeId] : []));
    expect(new Set(placedOn)).toEqual(new Set(['a', 'b']));
    expect(out[2]!.decision).toMatchObject({ nodesConsidered: 2, reason: '2 nodes: 2 lacked 4 GiB memory' });
  });

  it('skips tasks of services it was not given', () => {
    const out = placeBatch(
      scheduler,
      [
        task('mine', 1, { state: 'PENDING', nodeId: null }),
        task('theirs', 1, { state: 'PENDING', nodeId: null, serviceId: 'gone' }),
      ],
      byId(svc()),
      [nodeInfo('a')],
    );
    expect(out.map((o) => o.task.id)).toEqual(['mine']);
  });
});
