import type { ObservedContainer } from '../domain/orchestrator/observed.js';

/**
 * An engine event announcing a change may reach us a little before the container list shows
 * that change (dockerd logs "die" before it checkpoints the container), so an event this long
 * before the previous list still explains a difference found now.
 */
const EVENT_SLACK_MS = 5_000;
/**
 * The other way round: under load (hundreds of containers created at once) the event stream
 * lags the container list by seconds, so a difference is only called missed once its event has
 * had this long to arrive after the list that showed it.
 */
const EVENT_LAG_MS = 10_000;
/** Announcements older than this explain nothing any more and are forgotten. */
const FORGET_MS = 60_000;

/** A difference seen in a list with no event yet: missed unless an event explains it in time. */
type Suspect = { since: number; foundAt: number; change: string };

/**
 * What the full container lists find that the engine events missed. Engine events drive the
 * reconcile loop; a periodic full list (the resync) is the safety net. Each pass hands its lists
 * here: a task container that appeared, vanished or changed state or health since the previous
 * list of its node, with no engine event about it from shortly before that previous list until
 * EVENT_LAG_MS after the list that showed it, is a change the events missed (a dropped event, a
 * stream that broke and could not replay, a container changed by hand while the control plane
 * was not listening). Nodes are compared only between two lists of the same node, so a node
 * coming back is not counted.
 */
export class MissedChanges {
  private readonly previous = new Map<string, { at: number; containers: Map<string, string> }>();
  private readonly lastEvent = new Map<string, number>();
  /** Differences waiting for their event, by container id. */
  private readonly suspects = new Map<string, Suspect>();
  /** The last compare's confirmed misses (up to 10), for the log: container id and what changed. */
  lastMissed: { containerId: string; change: string }[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** An engine event about this container arrived. */
  announced(containerId: string): void {
    this.lastEvent.set(containerId, this.now());
  }

  /**
   * Compares the lists made at `listedAt` (per node observed) with each node's previous list,
   * keeps these lists for the next time, and returns how many earlier differences are now
   * confirmed as missed: no event about them arrived within EVENT_LAG_MS of their list.
   */
  compare(listsByNode: ReadonlyMap<string, readonly ObservedContainer[]>, listedAt: number): number {
    const explained = (id: string, since: number) => (this.lastEvent.get(id) ?? -Infinity) >= since;
    for (const [nodeId, list] of listsByNode) {
      const current = new Map<string, string>();
      for (const c of list) current.set(c.containerId, signature(c));
      const prev = this.previous.get(nodeId);
      if (prev) {
        const since = prev.at - EVENT_SLACK_MS;
        const suspect = (id: string, change: string) => {
          if (!explained(id, since) && !this.suspects.has(id))
            this.suspects.set(id, { since, foundAt: listedAt, change });
        };
        for (const [id, sig] of current) {
          const was = prev.containers.get(id);
          if (was !== sig) suspect(id, `${was ?? 'absent'} -> ${sig}`);
        }
        for (const [id, was] of prev.containers) if (!current.has(id)) suspect(id, `${was} -> absent`);
      }
      this.previous.set(nodeId, { at: listedAt, containers: current });
    }
    // A node not listed this time (down, or its list failed) starts over when it is listed again.
    for (const nodeId of [...this.previous.keys()])
      if (!listsByNode.has(nodeId)) this.previous.delete(nodeId);
    const now = this.now();
    let missed = 0;
    this.lastMissed = [];
    for (const [id, s] of this.suspects) {
      if (explained(id, s.since)) this.suspects.delete(id);
      else if (now - s.foundAt >= EVENT_LAG_MS) {
        missed++;
        if (this.lastMissed.length < 10)
          this.lastMissed.push({ containerId: id.slice(0, 12), change: s.change });
        this.suspects.delete(id);
      }
    }
    const horizon = now - FORGET_MS;
    for (const [id, at] of this.lastEvent) if (at < horizon) this.lastEvent.delete(id);
    return missed;
  }
}

function signature(c: ObservedContainer): string {
  return `${c.state}|${c.health ?? ''}|${c.exitCode ?? ''}`;
}
