/**
 * The health of a REMOTE member cluster (another control plane) from what its pings observe: pure
 * maths, so the member client (app/federation/remote-member.ts) only does the I/O.
 *
 * - UNREACHABLE: the last ping failed (refused, timed out, refused our token): the reason says how.
 * - DEGRADED: the member answered but none of its clusters has a READY node (it cannot run work),
 *   or some of its clusters are not HEALTHY (their reasons are quoted).
 * - HEALTHY: it answered and every one of its LOCAL clusters is HEALTHY.
 *
 * `since` is kept while the status stays the same, so a failover grace period counts from the
 * moment the member entered the status and not from the last ping.
 */
export type RemoteHealthStatus = 'HEALTHY' | 'DEGRADED' | 'UNREACHABLE';

export interface RemoteHealth {
  status: RemoteHealthStatus;
  reason: string;
  since: Date;
}

/** One of the member's own clusters as its `clusters` query reports it. */
export interface RemoteClusterReport {
  name: string;
  status: RemoteHealthStatus;
  reason: string;
  readyNodes: number;
}

export type RemotePing =
  { ok: true; clusters: readonly RemoteClusterReport[] } | { ok: false; error: string };

/** The status and reason one ping says, before `since` is applied. */
export function pingVerdict(ping: RemotePing): { status: RemoteHealthStatus; reason: string } {
  if (!ping.ok) return { status: 'UNREACHABLE', reason: ping.error };
  const ready = ping.clusters.reduce((s, c) => s + c.readyNodes, 0);
  if (ready === 0)
    return {
      status: 'DEGRADED',
      reason: ping.clusters.length
        ? `no node ready on the member (${ping.clusters.map((c) => `${c.name}: ${c.reason}`).join('; ')})`
        : 'the member has no cluster',
    };
  const bad = ping.clusters.filter((c) => c.status !== 'HEALTHY');
  if (bad.length)
    return {
      status: 'DEGRADED',
      reason: bad.map((c) => `${c.name} ${c.status}: ${c.reason}`).join('; '),
    };
  const n = ping.clusters.length;
  return {
    status: 'HEALTHY',
    reason: `${ready} node${ready === 1 ? '' : 's'} ready in ${n} cluster${n === 1 ? '' : 's'}`,
  };
}

/** The next health: the ping's verdict, `since` carried over while the status does not change. */
export function nextRemoteHealth(prev: RemoteHealth | null, ping: RemotePing, now: Date): RemoteHealth {
  const v = pingVerdict(ping);
  return { ...v, since: prev && prev.status === v.status ? prev.since : now };
}

/**
 * A bounded window of round-trip samples (ms), oldest dropped first, with its median. Failed pings
 * add no sample: an unreachable member has no latency, not an infinite one.
 */
export class LatencyWindow {
  private readonly samples: number[] = [];
  constructor(private readonly size = 60) {}

  add(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) return;
    this.samples.push(ms);
    if (this.samples.length > this.size) this.samples.shift();
  }

  /** The median of the window (the mean of the two middle samples for an even count); null when empty. */
  p50(): number | null {
    if (!this.samples.length) return null;
    const s = [...this.samples].sort((a, b) => a - b);
    const mid = s.length >> 1;
    const v = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    return Math.round(v * 10) / 10;
  }

  get count(): number {
    return this.samples.length;
  }
}
