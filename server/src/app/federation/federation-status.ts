import type { ClusterExclusion, ClusterShare } from '../../domain/federation/types.js';

/** One member cluster's copy of a federated service, as last observed. */
export interface FederationMemberView {
  clusterId: string;
  cluster: string;
  serviceId: string | null;
  desired: number;
  running: number;
  healthy: number;
}

/** What the federation loop decided for one federated service, and what runs where. */
export interface FederationView {
  division: ClusterShare[];
  excluded: ClusterExclusion[];
  summary: string;
  members: FederationMemberView[];
  /** True while replicas are still moving to the division (start-first, rate-limited). */
  moving: boolean;
  decidedAt: Date;
}

/**
 * The federation loop's last decision per federated service, for the API (Service.federation):
 * the loop writes it every pass, resolvers read it. In memory only: a restarted control plane
 * decides again within one interval, from the clusters and the copies on the members.
 */
export class FederationStatus {
  private readonly views = new Map<string, FederationView>();

  set(serviceId: string, view: FederationView): void {
    this.views.set(serviceId, view);
  }

  get(serviceId: string): FederationView | null {
    return this.views.get(serviceId) ?? null;
  }

  forget(serviceId: string): void {
    this.views.delete(serviceId);
  }

  ids(): string[] {
    return [...this.views.keys()];
  }
}
