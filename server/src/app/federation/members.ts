import type { Cluster } from '../../store/cluster.repo.js';
import { LocalMember, type LocalMemberDeps } from './local-member.js';
import type { MemberCluster } from './member.js';

/** A cluster as the registry reads it: `kind` is 'REMOTE' for a member that is another control plane. */
export type MemberClusterRecord = Cluster;

/**
 * The member clusters of the fleet, one object per cluster, built on first use and kept: a
 * LocalMember for a group of this control plane's engines, and for a cluster of kind REMOTE
 * whatever the injected factory builds (app/federation/remote-member.ts). Without a factory a
 * REMOTE cluster has no member, and federation leaves it out.
 */
export class MemberRegistry {
  private readonly members = new Map<string, MemberCluster>();

  constructor(
    private readonly local: LocalMemberDeps,
    private readonly remote?: (cluster: MemberClusterRecord) => MemberCluster,
  ) {}

  memberFor(cluster: MemberClusterRecord): MemberCluster | undefined {
    const have = this.members.get(cluster.id);
    const kind = cluster.kind === 'REMOTE' ? 'REMOTE' : 'LOCAL';
    if (have && have.kind === kind) return have;
    if (have) void have.close();
    const made = kind === 'REMOTE' ? this.remote?.(cluster) : new LocalMember(cluster.id, this.local);
    if (made) this.members.set(cluster.id, made);
    else this.members.delete(cluster.id);
    return made;
  }

  /** Members of clusters that no longer exist are closed and forgotten. */
  prune(existing: ReadonlySet<string>): void {
    for (const [id, m] of this.members)
      if (!existing.has(id)) {
        void m.close();
        this.members.delete(id);
      }
  }

  async close(): Promise<void> {
    await Promise.all([...this.members.values()].map((m) => m.close()));
    this.members.clear();
  }
}
