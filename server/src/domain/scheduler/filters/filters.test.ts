import { describe, expect, it } from 'vitest';
import { contextFor, makeTask, nodeInfo, placedTask, tcp } from '../testing.js';
import type { FilterPlugin, NodeInfo, TaskRequest } from '../types.js';
import { defaultScheduler } from '../index.js';
import { clusterFilter } from './cluster.js';
import { constraintsFilter } from './constraints.js';
import { hostPortsFilter, portsOverlap } from './host-ports.js';
import { maxReplicasFilter } from './max-replicas.js';
import { nodeReadyFilter } from './node-ready.js';
import { resourcesFilter } from './resources.js';

function run(filter: FilterPlugin, task: TaskRequest, info: NodeInfo) {
  return filter.check(task, info, contextFor([info]));
}

describe('node-ready filter', () => {
  const filter = nodeReadyFilter();
  const task = makeTask('t');

  it('passes READY + ACTIVE nodes and names why others fail', () => {
    expect(run(filter, task, nodeInfo('a'))).toBe(true);
    expect(run(filter, task, nodeInfo('b', { status: 'DOWN' }))).toBe('not ready');
    expect(run(filter, task, nodeInfo('c', { status: 'UNKNOWN', availability: 'DRAIN' }))).toBe('not ready');
    expect(run(filter, task, nodeInfo('d', { availability: 'DRAIN' }))).toBe('drained');
    expect(run(filter, task, nodeInfo('e', { availability: 'PAUSE' }))).toBe('paused');
  });

  it('explains with agreement', () => {
    expect(filter.explain(task, 'not ready', 2)).toBe('were not ready');
    expect(filter.explain(task, 'drained', 1)).toBe('was drained');
    expect(filter.explain(task, 'paused', 3)).toBe('were paused');
  });

  it('is an eligibility filter', () => {
    expect(filter.eligibility).toBe(true);
  });
});

describe('cluster filter', () => {
  const filter = clusterFilter();
  const task = makeTask('t', { clusterId: 'staging' });

  it("passes only the nodes of the task's own cluster", () => {
    expect(run(filter, task, nodeInfo('a', { clusterId: 'staging' }))).toBe(true);
    expect(run(filter, task, nodeInfo('b', { clusterId: 'default' }))).toBe('in another cluster');
    expect(run(filter, task, nodeInfo('c', { clusterId: 'production' }))).toBe('in another cluster');
  });

  it('explains with agreement', () => {
    expect(filter.explain(task, 'in another cluster', 3)).toBe('are in another cluster');
    expect(filter.explain(task, 'in another cluster', 1)).toBe('is in another cluster');
  });

  it('is an eligibility filter that is always on, and in the default pipeline first', () => {
    expect(filter.eligibility).toBe(true);
    expect(filter.enabled(makeTask('t'))).toBe(true);
    expect(defaultScheduler().filters[0]?.name).toBe('cluster');
  });

  it('keeps the default pipeline inside the cluster: no spill-over when the own cluster is full', () => {
    const nodes = [
      nodeInfo('d1', { clusterId: 'default' }),
      nodeInfo('d2', { clusterId: 'default' }),
      nodeInfo('s1', { clusterId: 'staging', memoryMiB: 1024 }),
    ];
    const tasks = [1, 2, 3].map((i) => makeTask(`t${i}`, { clusterId: 'staging', memoryMiB: 512 }));
    const decisions = defaultScheduler().scheduleBatch(tasks, nodes);
    expect(decisions.map((d) => (d.kind === 'placed' ? d.nodeId : d.reason))).toEqual([
      's1',
      's1',
      '3 nodes: 2 are in another cluster, 1 lacked 512 MiB memory',
    ]);
    expect(decisions[2]).toMatchObject({
      failures: [
        { filter: 'cluster', nodes: 2, reason: '2 nodes are in another cluster' },
        { filter: 'resources', nodes: 1, reason: '1 node lacked 512 MiB memory' },
      ],
    });
  });
});

describe('resources filter', () => {
  const filter = resourcesFilter();

  it('fits against capacity minus reserved', () => {
    const info = nodeInfo('a', {
      cpus: 4,
      memoryMiB: 2048,
      tasks: [placedTask('x', { cpus: 3, memoryMiB: 1536 })],
    });
    expect(run(filter, makeTask('t', { cpus: 1, memoryMiB: 512 }), info)).toBe(true);
    expect(run(filter, makeTask('t', { cpus: 1, memoryMiB: 513 }), info)).toBe('lacked 513 MiB memory');
    expect(run(filter, makeTask('t', { cpus: 2, memoryMiB: 512 }), info)).toBe('lacked 2 CPU');
    expect(run(filter, makeTask('t', { cpus: 1.5, memoryMiB: 1000 }), info)).toBe(
      'lacked 1.5 CPU and 1000 MiB memory',
    );
  });

  it('is disabled for tasks without reservations', () => {
    expect(filter.enabled(makeTask('t'))).toBe(false);
    expect(filter.enabled(makeTask('t', { memoryMiB: 1 }))).toBe(true);
  });
});

describe('constraints filter', () => {
  const filter = constraintsFilter();
  const task = makeTask('t', {
    placement: { constraints: ['node.labels.zone == eu', 'node.labels.disk in (ssd, nvme)'] },
  });

  it('passes nodes matching every constraint and reports the first one failed', () => {
    expect(run(filter, task, nodeInfo('a', { labels: { zone: 'eu', disk: 'ssd' } }))).toBe(true);
    expect(run(filter, task, nodeInfo('b', { labels: { zone: 'us', disk: 'ssd' } }))).toBe(
      'failed constraint node.labels.zone==eu',
    );
    expect(run(filter, task, nodeInfo('c', { labels: { zone: 'eu' } }))).toBe(
      'failed constraint node.labels.disk in (ssd, nvme)',
    );
  });

  it('fails every node on an invalid expression, with the parse error', () => {
    const bad = makeTask('t', { placement: { constraints: ['node.labels.zone = eu'] } });
    expect(run(filter, bad, nodeInfo('a', { labels: { zone: 'eu' } }))).toBe(
      'failed invalid constraint "node.labels.zone = eu": use "==" (or "!=") to compare, not "="',
    );
  });

  it('is enabled only with constraints', () => {
    expect(filter.enabled(makeTask('t'))).toBe(false);
    expect(filter.enabled(task)).toBe(true);
  });
});

describe('host-ports filter', () => {
  const filter = hostPortsFilter();
  const web = makeTask('t', { hostPorts: [tcp(8080)] });

  it('fails when the port/protocol is bound on an overlapping address', () => {
    const busy = nodeInfo('a', { tasks: [placedTask('x', { hostPorts: [tcp(8080, '10.0.0.5')] })] });
    expect(run(filter, web, busy)).toBe('had host port 8080/tcp in use');
    expect(filter.explain(web, 'had host port 8080/tcp in use', 1)).toBe('had host port 8080/tcp in use');
  });

  it('passes on other ports, other protocols and distinct specific addresses', () => {
    const other = nodeInfo('a', {
      tasks: [
        placedTask('x', { hostPorts: [tcp(8081)] }),
        placedTask('y', { hostPorts: [{ hostIp: '0.0.0.0', hostPort: 8080, protocol: 'udp' }] }),
        placedTask('z', { hostPorts: [tcp(9000, '10.0.0.5')] }),
      ],
    });
    expect(run(filter, web, other)).toBe(true);
    expect(run(filter, makeTask('t', { hostPorts: [tcp(9000, '10.0.0.6')] }), other)).toBe(true);
    expect(run(filter, makeTask('t', { hostPorts: [tcp(9000, '10.0.0.5')] }), other)).toBe(
      'had host port 9000/tcp in use',
    );
  });

  it('treats 0.0.0.0, :: and empty as wildcards', () => {
    expect(portsOverlap(tcp(80, '::'), tcp(80, '198.51.100.1'))).toBe(true);
    expect(portsOverlap(tcp(80, ''), tcp(80, '198.51.100.1'))).toBe(true);
    expect(portsOverlap(tcp(80, '198.51.100.2'), tcp(80, '198.51.100.1'))).toBe(false);
  });
});

describe('max-replicas filter', () => {
  const filter = maxReplicasFilter();
  const task = makeTask('t', { service: 'web', placement: { maxReplicasPerNode: 2 } });

  it('counts tasks of the same service (by id) on the node', () => {
    const one = nodeInfo('a', {
      tasks: [placedTask('w1', { service: 'web' }), placedTask('o', { service: 'other' })],
    });
    const two = nodeInfo('b', {
      tasks: [placedTask('w1', { service: 'web' }), placedTask('w2', { service: 'web' })],
    });
    expect(run(filter, task, one)).toBe(true);
    expect(run(filter, task, two)).toBe('already had the maximum of 2 tasks of web');
  });

  it('sees tasks added to the working node through the context', () => {
    const info = nodeInfo('a');
    const ctx = contextFor([info]);
    const single = makeTask('t', { service: 'web', placement: { maxReplicasPerNode: 1 } });
    expect(filter.check(single, info, ctx)).toBe(true);
    ctx.addTask(info, placedTask('w1', { service: 'web' }));
    expect(filter.check(single, info, ctx)).toBe('already had the maximum of 1 task of web');
    ctx.removeTask(info, 'w1');
    expect(filter.check(single, info, ctx)).toBe(true);
  });

  it('is disabled when unlimited (0)', () => {
    expect(filter.enabled(makeTask('t'))).toBe(false);
  });
});
