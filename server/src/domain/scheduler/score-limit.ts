/**
 * How many feasible nodes one group of identical tasks scores (Nomad's LimitIterator,
 * Kubernetes' percentageOfNodesToScore). Scoring every feasible node for every group costs
 * O(groups × nodes): with 10,000 single-task services on 1,000 nodes that is ten million scorer
 * calls. Past `minNodes`, a group scores the first feasible nodes it meets, at least `minNodes`
 * and `percent` % of the cluster, and at least `perTask` per task of the group (a large group
 * then scores every node, as before, so its replicas still spread over the whole cluster). The
 * nodes are visited from a start that rotates from group to group and pass to pass (`NodeCursor`),
 * so successive groups look at different nodes and load still spreads over all of them.
 *
 * Filters still judge every node before a task is called unplaced: when the scored nodes run out
 * the group scores the next ones, and an explanation counts every node. Spread preferences still
 * count the service's tasks on every eligible node; only the choice inside a spread group is
 * made among the scored ones.
 */
export interface ScoreLimit {
  /** Clusters up to this size (and at least this many feasible nodes) are always scored whole. */
  minNodes: number;
  /** Share of the cluster's nodes scored at least, in percent. */
  percent: number;
  /** Feasible nodes scored per task of the group, at least. */
  perTask: number;
}

/**
 * 50 nodes is half Kubernetes' minimum and five times Nomad's log2(1,000): on 1,000 nodes the
 * worst case (every task its own group) places over 25,000/s with the same zone skew and tasks
 * per node as scoring every node (`npm run bench scheduler` prints both side by side).
 */
export const DEFAULT_SCORE_LIMIT: ScoreLimit = { minNodes: 50, percent: 2, perTask: 4 };

/** No bound: every feasible node is scored for every group. */
export const SCORE_ALL: ScoreLimit = {
  minNodes: Number.POSITIVE_INFINITY,
  percent: 100,
  perTask: Number.POSITIVE_INFINITY,
};

/** Feasible nodes a group of `groupSize` tasks scores on a cluster of `nodeCount` nodes. */
export function nodesToScore(limit: ScoreLimit, nodeCount: number, groupSize: number): number {
  if (nodeCount <= limit.minNodes) return nodeCount;
  const wanted = Math.max(
    limit.minNodes,
    Math.ceil((nodeCount * limit.percent) / 100),
    groupSize * limit.perTask,
  );
  return Math.min(nodeCount, wanted);
}

/** The rotating start of the node scan: each group begins where the previous one stopped. */
export class NodeCursor {
  private next = 0;

  /** Where the next group starts, in a cluster of `nodeCount` nodes. */
  start(nodeCount: number): number {
    return nodeCount > 0 ? this.next % nodeCount : 0;
  }

  /** The group that started at `start` visited `visited` nodes. */
  advance(start: number, visited: number, nodeCount: number): void {
    this.next = nodeCount > 0 ? (start + visited) % nodeCount : 0;
  }
}
