import { describe, expect, it } from 'vitest';
import { defaultFilters, defaultScorers } from './index.js';
import { Scheduler } from './pipeline.js';
import { DEFAULT_SCORE_LIMIT, SCORE_ALL, nodesToScore } from './score-limit.js';
import { makeTask, nodeInfo, placedTask } from './testing.js';
import type { NodeInfo, PlacementDecision, TaskRequest } from './types.js';

const scheduler = (scoreLimit = DEFAULT_SCORE_LIMIT) =>
  new Scheduler({ filters: defaultFilters(), scorers: defaultScorers(), scoreLimit });

const zones = ['a', 'b', 'c'];
function cluster(count: number): NodeInfo[] {
  return Array.from({ length: count }, (_, i) =>
    nodeInfo(`n${String(i).padStart(4, '0')}`, {
      cpus: 8,
      memoryMiB: 16384,
      labels: { zone: zones[i % 3]! },
    }),
  );
}

function perNode(decisions: PlacementDecision[], nodes: NodeInfo[]): { max: number; min: number } {
  const counts = new Map(nodes.map((n) => [n.node.id, 0]));
  for (const d of decisions) if (d.kind === 'placed') counts.set(d.nodeId, counts.get(d.nodeId)! + 1);
  const values = [...counts.values()];
  return { max: Math.max(...values), min: Math.min(...values) };
}

describe('score limit (how many feasible nodes a group scores)', () => {
  it('scores every node of a small cluster, 2 % or 50 of a large one, and more for a large group', () => {
    expect(nodesToScore(DEFAULT_SCORE_LIMIT, 40, 1)).toBe(40);
    expect(nodesToScore(DEFAULT_SCORE_LIMIT, 80, 1)).toBe(50);
    expect(nodesToScore(DEFAULT_SCORE_LIMIT, 1000, 1)).toBe(50);
    expect(nodesToScore(DEFAULT_SCORE_LIMIT, 5000, 1)).toBe(100);
    expect(nodesToScore(DEFAULT_SCORE_LIMIT, 1000, 200)).toBe(800);
    expect(nodesToScore(DEFAULT_SCORE_LIMIT, 1000, 400)).toBe(1000);
    expect(nodesToScore(SCORE_ALL, 1000, 1)).toBe(1000);
  });

  it('keeps single-task services as evenly spread over the nodes as full scoring does', () => {
    const nodes = cluster(400);
    const tasks: TaskRequest[] = Array.from({ length: 1200 }, (_, i) =>
      makeTask(`s${i}.1`, { service: `s${i}`, cpus: 0.25, memoryMiB: 256 }),
    );
    const bounded = scheduler().scheduleBatch(tasks, nodes);
    const full = scheduler(SCORE_ALL).scheduleBatch(tasks, nodes);
    expect(bounded.every((d) => d.kind === 'placed')).toBe(true);
    expect(perNode(full, nodes)).toEqual({ max: 3, min: 3 });
    // The rotating start walks the whole cluster: no node is left empty or piled on.
    const b = perNode(bounded, nodes);
    expect(b.max - b.min).toBeLessThanOrEqual(1);
  });

  it('keeps a spread service even over zones counting the replicas it already runs', () => {
    const nodes = cluster(300);
    // One replica already runs in zone a, on a node the scan meets late.
    nodes[297] = nodeInfo('n0297', {
      cpus: 8,
      memoryMiB: 16384,
      labels: { zone: 'a' },
      tasks: [placedTask('z.1', { service: 'z' })],
    });
    const placement = { spread: ['node.labels.zone'] };
    const tasks = Array.from({ length: 5 }, (_, i) => makeTask(`z.${i + 2}`, { service: 'z', placement }));
    const zonesUsed = new Map<string, number>([['a', 1]]);
    for (const d of scheduler().scheduleBatch(tasks, nodes))
      if (d.kind === 'placed') {
        const zone = nodes.find((n) => n.node.id === d.nodeId)!.node.labels.zone!;
        zonesUsed.set(zone, (zonesUsed.get(zone) ?? 0) + 1);
      }
    expect(Object.fromEntries(zonesUsed)).toEqual({ a: 2, b: 2, c: 2 });
  });

  it('judges every node before calling a task unplaced, and explains with all of them', () => {
    const nodes = cluster(500);
    // Only the last node fits: the scan must go past the first 100 feasible-looking nodes.
    nodes[499] = nodeInfo('n0499', { cpus: 64, memoryMiB: 16384, labels: { zone: 'c' } });
    const [fits, none] = scheduler().scheduleBatch(
      [makeTask('big.1', { service: 'big', cpus: 32 }), makeTask('huge.1', { service: 'huge', cpus: 128 })],
      nodes,
    );
    expect(fits).toMatchObject({ kind: 'placed', nodeId: 'n0499' });
    expect(none).toMatchObject({ kind: 'unplaced', nodesConsidered: 500 });
    if (none?.kind === 'unplaced') expect(none.failures.reduce((sum, f) => sum + f.nodes, 0)).toBe(500);
  });
});
