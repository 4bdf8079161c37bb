/**
 * Spread preferences (swarm's `--placement-pref spread=node.labels.zone`), nested in order.
 *
 * This is deliberately NOT a weighted ScorePlugin. A weighted score can only make spread likely,
 * not guaranteed: with zones of 1, 2 and 3 nodes, resource and per-node spread scores keep
 * pulling replicas toward the big zone. Swarm instead applies preferences as a tree before any
 * other ranking, and so do we: the pipeline builds a SpreadTree per group of identical tasks;
 * each placement walks down from the root choosing the child group with the fewest tasks of the
 * service (among groups that still have a feasible node), and only inside the chosen leaf do the
 * weighted scorers pick the node. 6 replicas over zones of 1/2/3 nodes therefore end up 2/2/2.
 * Equal counts go to the group holding the best node (by score, then the pipeline's tie-break, then
 * the lowest node id), so without imbalance the tree never overrides the scorers.
 *
 * Nodes missing the label form one group of their own (swarm's behaviour). Counts include the
 * service's tasks already on eligible nodes (nodes passing the ready and constraint filters), so
 * a re-scheduling fills the emptiest zone first.
 */
import { parseAttribute, type NodeAttribute, type AttributeParse } from '@stevedore/spec-rules';
import type { Node } from '../../node.js';
import { NodeHeap, better } from '../heap.js';

const SPREAD_PREFIX = /^spread\s*=\s*/i;

/** Parses `node.labels.zone` (or swarm's `spread=node.labels.zone`) into the attribute to group by. */
export function parseSpreadPreference(preference: string): AttributeParse<NodeAttribute> {
  const result = parseAttribute(preference.trim().replace(SPREAD_PREFIX, ''));
  if (result.ok) return result;
  return { ok: false, error: `invalid spread preference "${preference.trim()}": ${result.error}` };
}

/** Every error in a list of spread preferences (for API input validation). */
export function validateSpreadPreferences(preferences: readonly string[]): string[] {
  const errors: string[] = [];
  for (const p of preferences) {
    const result = parseSpreadPreference(p);
    if (!result.ok) errors.push(result.error);
  }
  return errors;
}

const cache = new Map<string, NodeAttribute | null>();

/** Compiled spread levels; invalid preferences are skipped (the API rejects them up front). */
export function spreadLevels(preferences: readonly string[]): NodeAttribute[] {
  const levels: NodeAttribute[] = [];
  for (const p of preferences) {
    let attribute = cache.get(p);
    if (attribute === undefined) {
      if (cache.size >= 1024) cache.clear();
      const parsed = parseSpreadPreference(p);
      attribute = parsed.ok ? parsed.value : null;
      cache.set(p, attribute);
    }
    if (attribute) levels.push(attribute);
  }
  return levels;
}

interface Group {
  /** Attribute value, or undefined for the nodes missing it. */
  readonly key: string | undefined;
  readonly parent: Group | null;
  /** Tasks of the service in this subtree. */
  count: number;
  readonly children: Group[];
  readonly byKey: Map<string | undefined, Group>;
  /** Feasible nodes of a leaf, best first. */
  readonly heap: NodeHeap;
}

function newGroup(key: string | undefined, parent: Group | null): Group {
  return { key, parent, count: 0, children: [], byKey: new Map(), heap: new NodeHeap() };
}

/**
 * The spread tree for one group of identical tasks. Node indexes are positions in the pass's
 * id-sorted node list. Without preferences the tree is a single leaf: plain best-score choice.
 */
export class SpreadTree {
  private readonly root = newGroup(undefined, null);
  /** Leaf group of each added node, by node index. */
  private readonly leaves: (Group | undefined)[] = [];
  /** Score of the node returned by the last `pick`. */
  lastScore = 0;

  constructor(private readonly levels: readonly NodeAttribute[]) {}

  /** Whether task counts matter (with no preferences the tree is one leaf and counts are unused). */
  get spreads(): boolean {
    return this.levels.length > 0;
  }

  /** Registers an eligible node and the service's tasks already on it. */
  addNode(index: number, node: Node, serviceTasks: number): void {
    let group = this.root;
    for (const level of this.levels) {
      const key = level.get(node);
      let child = group.byKey.get(key);
      if (!child) {
        child = newGroup(key, group);
        group.byKey.set(key, child);
        group.children.push(child);
      }
      group = child;
    }
    this.leaves[index] = group;
    if (serviceTasks !== 0) {
      for (let g: Group | null = group; g; g = g.parent) g.count += serviceTasks;
    }
  }

  /** Makes an added node available with its current score and tie-break value (lower wins ties). */
  offer(index: number, score: number, tie = 0): void {
    this.leaves[index]?.heap.push(index, score, tie);
  }

  /** The node the next task should go to, or -1 when no group has a feasible node. */
  pick(): number {
    let group = this.root;
    while (group.children.length > 0) {
      let chosen: Group | undefined;
      let chosenNode = -1;
      let chosenScore = 0;
      let chosenTie = 0;
      for (const child of group.children) {
        const node = this.bestIn(child);
        if (node < 0) continue;
        const score = this.bestScore;
        const tie = this.bestTie;
        if (
          chosen === undefined ||
          child.count < chosen.count ||
          (child.count === chosen.count && better(score, tie, node, chosenScore, chosenTie, chosenNode))
        ) {
          chosen = child;
          chosenNode = node;
          chosenScore = score;
          chosenTie = tie;
        }
      }
      if (!chosen) return -1;
      group = chosen;
    }
    this.lastScore = group.heap.peekScore();
    return group.heap.peek();
  }

  /**
   * Records a task placed on `index`, which must be the node `pick` just returned: counts go up
   * along its path and it leaves its leaf heap until re-offered with its new score.
   */
  placed(index: number): void {
    const leaf = this.leaves[index];
    if (!leaf) throw new Error(`node ${index} is not in the spread tree`);
    if (leaf.heap.peek() !== index) throw new Error(`node ${index} is not the best of its group`);
    leaf.heap.pop();
    for (let g: Group | null = leaf; g; g = g.parent) g.count++;
  }

  private bestScore = 0;
  private bestTie = 0;

  /** Best node in the subtree (-1 if none); its score and tie-break are left in `bestScore`/`bestTie`. */
  private bestIn(group: Group): number {
    if (group.children.length === 0) {
      this.bestScore = group.heap.peekScore();
      this.bestTie = group.heap.peekTie();
      return group.heap.peek();
    }
    let best = -1;
    let bestScore = 0;
    let bestTie = 0;
    for (const child of group.children) {
      const node = this.bestIn(child);
      if (node < 0) continue;
      if (best < 0 || better(this.bestScore, this.bestTie, node, bestScore, bestTie, best)) {
        best = node;
        bestScore = this.bestScore;
        bestTie = this.bestTie;
      }
    }
    this.bestScore = bestScore;
    this.bestTie = bestTie;
    return best;
  }
}
