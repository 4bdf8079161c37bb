import type { Cluster, RemoteResources } from '../clusters.js';
import type { MemberHealth } from './member.js';
import type { RemoteMember } from './remote-member.js';

/**
 * One RemoteMember per REMOTE cluster, shared: the member heartbeat (control/member-heartbeat.ts)
 * pings the same instance that the federation's member registry applies work through, so the
 * health and latency the API reports and the ones placement and failover read are the same, and
 * a member is pinged once per beat however many parts look at it.
 */
export class RemoteMemberPool {
  private readonly members = new Map<string, RemoteMember>();

  constructor(private readonly make: (cluster: Cluster) => RemoteMember) {}

  /** The cluster's member, made on first use (or again after it was closed). */
  member(cluster: Cluster): RemoteMember {
    let m = this.members.get(cluster.id);
    if (!m || m.isClosed) {
      m = this.make(cluster);
      this.members.set(cluster.id, m);
    }
    return m;
  }

  /** Keeps one member per REMOTE cluster of `clusters`: new ones made, those of removed clusters closed. */
  async sync(clusters: readonly Cluster[]): Promise<RemoteMember[]> {
    const remote = clusters.filter((c) => c.kind === 'REMOTE');
    const keep = new Set(remote.map((c) => c.id));
    for (const [id, m] of this.members)
      if (!keep.has(id)) {
        this.members.delete(id);
        await m.close();
      }
    return remote.map((c) => this.member(c));
  }

  /** The last health a ping saw; undefined before the member was made. */
  health(clusterId: string): MemberHealth | undefined {
    return this.members.get(clusterId)?.health();
  }

  /** The member's room in the API's terms (reserved = capacity − free), after its first answer. */
  resources(clusterId: string): RemoteResources | undefined {
    const m = this.members.get(clusterId);
    if (!m) return undefined;
    const c = m.capacity();
    return {
      totalCpus: c.cpuTotal,
      totalMemoryBytes: c.memoryTotal,
      reservedCpus: c.cpuTotal - c.cpuFree,
      reservedMemoryBytes: c.memoryTotal - c.memoryFree,
      usedCpus: c.cpuUtilisation == null ? null : c.cpuUtilisation * c.cpuTotal,
      usedMemoryBytes: c.memoryUtilisation == null ? null : c.memoryUtilisation * c.memoryTotal,
    };
  }

  latencyP50Ms(clusterId: string): number | null {
    return this.members.get(clusterId)?.latencyP50Ms() ?? null;
  }

  async closeAll(): Promise<void> {
    const all = [...this.members.values()];
    this.members.clear();
    await Promise.all(all.map((m) => m.close()));
  }
}
