/**
 * Max-heap of (score, node index) with ties going to the lower index; nodes are indexed in id
 * order, so ties are broken by node id. Within a group of identical tasks only the node that just
 * received a task changes score, and it is always the one on top, so pop + push is all we need.
 */
export class NodeHeap {
  private readonly scores: number[] = [];
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

  push(node: number, score: number): void {
    this.nodes.push(node);
    this.scores.push(score);
    this.up(this.nodes.length - 1);
  }

  pop(): number {
    const top = this.peek();
    const last = this.nodes.length - 1;
    if (last < 0) return -1;
    this.swap(0, last);
    this.nodes.pop();
    this.scores.pop();
    if (this.nodes.length > 0) this.down(0);
    return top;
  }

  /** Builds the heap in O(n) from pushed-without-order entries. */
  static from(nodes: number[], scores: number[]): NodeHeap {
    const heap = new NodeHeap();
    heap.nodes.push(...nodes);
    heap.scores.push(...scores);
    for (let i = (nodes.length >> 1) - 1; i >= 0; i--) heap.down(i);
    return heap;
  }

  private better(a: number, b: number): boolean {
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    return sa > sb || (sa === sb && (this.nodes[a] as number) < (this.nodes[b] as number));
  }

  private swap(a: number, b: number): void {
    const n = this.nodes[a] as number;
    this.nodes[a] = this.nodes[b] as number;
    this.nodes[b] = n;
    const s = this.scores[a] as number;
    this.scores[a] = this.scores[b] as number;
    this.scores[b] = s;
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
