/**
 * The order of two feasible nodes: higher score first; equal scores go to the lower tie-break
 * value (fewer tasks on the node, then less allocated: see `tieBreak`), and only then to the lower
 * index (nodes are indexed in id order). Without the tie-break value equal nodes always gave the
 * lowest id the extra replica, so 100 services × 5 replicas over 3 equal nodes landed 200/200/100.
 */
export function better(
  score: number,
  tie: number,
  node: number,
  score2: number,
  tie2: number,
  node2: number,
): boolean {
  return score > score2 || (score === score2 && (tie < tie2 || (tie === tie2 && node < node2)));
}

/**
 * Max-heap of (score, tie-break, node index) in the order of `better`. Within a group of identical
 * tasks only the node that just received a task changes score, and it is always the one on top,
 * so pop + push is all we need.
 */
export class NodeHeap {
  private readonly scores: number[] = [];
  private readonly ties: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  /** Index of the best node, or -1 when empty. */
  peek(): number {
    return this.nodes.length > 0 ? (this.nodes[0] as number) : -1;
  }

  peekScore(): number {
    return this.scores.length > 0 ? (this.scores[0] as number) : Number.NEGATIVE_INFINITY;
  }

  /** Tie-break value of the best node (Infinity when empty). */
  peekTie(): number {
    return this.ties.length > 0 ? (this.ties[0] as number) : Number.POSITIVE_INFINITY;
  }

  push(node: number, score: number, tie = 0): void {
    this.nodes.push(node);
    this.scores.push(score);
    this.ties.push(tie);
    this.up(this.nodes.length - 1);
  }

  pop(): number {
    const top = this.peek();
    const last = this.nodes.length - 1;
    if (last < 0) return -1;
    this.swap(0, last);
    this.nodes.pop();
    this.scores.pop();
    this.ties.pop();
    if (this.nodes.length > 0) this.down(0);
    return top;
  }

  /** Builds the heap in O(n) from pushed-without-order entries. */
  static from(nodes: number[], scores: number[], ties: number[] = nodes.map(() => 0)): NodeHeap {
    const heap = new NodeHeap();
    heap.nodes.push(...nodes);
    heap.scores.push(...scores);
    heap.ties.push(...ties);
    for (let i = (nodes.length >> 1) - 1; i >= 0; i--) heap.down(i);
    return heap;
  }

  private better(a: number, b: number): boolean {
    const { scores, ties, nodes } = this;
    return better(
      scores[a] as number,
      ties[a] as number,
      nodes[a] as number,
      scores[b] as number,
      ties[b] as number,
      nodes[b] as number,
    );
  }

  private swap(a: number, b: number): void {
    const n = this.nodes[a] as number;
    this.nodes[a] = this.nodes[b] as number;
    this.nodes[b] = n;
    const s = this.scores[a] as number;
    this.scores[a] = this.scores[b] as number;
    this.scores[b] = s;
    const t = this.ties[a] as number;
    this.ties[a] = this.ties[b] as number;
    this.ties[b] = t;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const n = this.nodes.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < n && this.better(l, best)) best = l;
      if (r < n && this.better(r, best)) best = r;
      if (best === i) return;
      this.swap(i, best);
      i = best;
    }
  }
}
