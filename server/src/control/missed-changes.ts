import type { ObservedContainer } from '../domain/orchestrator/observed.js';

/**
 * An engine event announcing a change may reach us a little before the container list shows
 * that change (dockerd logs "die" before it checkpoints the container), so an event this long
 * before the previous list still explains a difference found now.
 */
const EVENT_SLACK_MS = 5_000;
/** Announcements older than this explain nothing any more and are forgotten. */
const FORGET_MS = 60_000;

/**
 * What the full container lists find that the engine events missed. Engine events drive the
 * reconcile loop; a periodic full list (the resync) is the safety net. Each pass hands its lists
 * here: a task container that appeared, vanished or changed state or health since the previous
 * list of its node, with no engine event about it in between, is a change the events missed
 * (a dropped event, a stream that broke and could not replay, a container changed by hand while
 * the control plane was not listening). Nodes are compared only between two lists of the same
 * node, so a node coming back is not counted.
 */
export class MissedChanges {
  private readonly previous = new Map<string, { at: number; containers: Map<string, string> }>();
  private readonly lastEvent = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** An engine event about this container arrived. */
  announced(containerId: string): void {
    this.lastEvent.set(containerId, this.now());
  }

  /**
   * Compares the lists made at `listedAt` (per node observed) with each node's previous list and
   * returns how many container changes no event announced; keeps these lists for the next time.
   */
  compare(listsByNode: ReadonlyMap<string, readonly ObservedContainer[]>, listedAt: number): number {
    let missed = 0;
    for (const [nodeId, list] of listsByNode) {
      const current = new Map<string, string>();
      for (const c of list) current.set(c.containerId, signature(c));
      const prev = this.previous.get(nodeId);
      if (prev) {
        const since = prev.at - EVENT_SLACK_MS;
        const unannounced = (id: string) => (this.lastEvent.get(id) ?? -Infinity) < since;
        for (const [id, sig] of current) if (prev.containers.get(id) !== sig && unannounced(id)) missed++;
        for (const id of prev.containers.keys()) if (!current.has(id) && unannounced(id)) missed++;
      }
      this.previous.set(nodeId, { at: listedAt, containers: current });
    }
    // A node not listed this time (down, or its list failed) starts over when it is listed again.
    for (const nodeId of [...this.previous.keys()])
      if (!listsByNode.has(nodeId)) this.previous.delete(nodeId);
    const horizon = this.now() - FORGET_MS;
    for (const [id, at] of this.lastEvent) if (at < horizon) this.lastEvent.delete(id);
    return missed;
  }
}

function signature(c: ObservedContainer): string {
  return `${c.state}|${c.health ?? ''}|${c.exitCode ?? ''}`;
}
