import { describe, expect, it } from 'vitest';
import { makeNode } from '../testing.js';
import { SpreadTree, parseSpreadPreference, spreadLevels, validateSpreadPreferences } from './spread.js';

describe('spread preferences', () => {
  it('accept node attributes, with or without swarm\'s "spread=" prefix', () => {
    const zone = parseSpreadPreference('spread=node.labels.zone');
    expect(zone.ok && zone.value.path).toBe('node.labels.zone');
    expect(spreadLevels(['node.labels.zone', 'node.labels.rack']).map((l) => l.path)).toEqual([
      'node.labels.zone',
      'node.labels.rack',
    ]);
  });

  it('report invalid ones', () => {
    expect(validateSpreadPreferences(['node.labels.zone', 'node.zone'])).toEqual([
      'invalid spread preference "node.zone": unknown attribute "node.zone" (expected node.id, node.name, node.hostname, node.role, node.platform.os, node.platform.arch or node.labels.<key>)',
    ]);
  });
});

describe('SpreadTree', () => {
  const zone = (id: string, z?: string) => makeNode(id, { labels: z ? { zone: z } : {} });

  it('picks the group with fewest tasks, then the best node, and tracks placements', () => {
    const tree = new SpreadTree(spreadLevels(['node.labels.zone']));
    const nodes = [zone('a1', 'a'), zone('a2', 'a'), zone('b1', 'b'), zone('x1')];
    tree.addNode(0, nodes[0]!, 1);
    tree.addNode(1, nodes[1]!, 0);
    tree.addNode(2, nodes[2]!, 0);
    tree.addNode(3, nodes[3]!, 0);
    tree.offer(0, 90);
    tree.offer(1, 95);
    tree.offer(2, 10);
    tree.offer(3, 20);
    // zone a has 1 task; b and the unlabelled group have 0; the unlabelled node scores better.
    expect(tree.pick()).toBe(3);
    expect(tree.lastScore).toBe(20);
    tree.placed(3);
    expect(tree.pick()).toBe(2);
    tree.placed(2);
    // all groups at 1 now: best node overall wins.
    expect(tree.pick()).toBe(1);
  });

  it('returns -1 when no group has a feasible node', () => {
    const tree = new SpreadTree([]);
    tree.addNode(0, zone('a1', 'a'), 0);
    expect(tree.pick()).toBe(-1);
  });
});
