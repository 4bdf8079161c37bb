import type { ServiceSpec } from '../../domain/service.js';

/**
 * A member cluster as the federation controller sees it: the seam between the fleet's decisions
 * (which clusters run how many replicas of a federated service, with which overrides) and the two
 * kinds of member that carry them out (issue #15, item 2):
 *
 * - LOCAL: a group of engines this control plane drives itself. A member copy is a Service of
 *   this store placed in that cluster, run by this control plane's own reconciler.
 * - REMOTE: another Stevedore control plane reached over its GraphQL API with an API token. A
 *   member copy is a Service in that control plane's store, run by its reconciler; its status is
 *   followed over graphql-ws.
 *
 * As in Karmada, the federated service is a template and each member holds a "work" derived from
 * it. Member copies carry two labels (`FEDERATION_PARENT_LABEL`, `FEDERATION_FLEET_LABEL`) so that
 * a federating control plane that restarts (even after kill -9) finds and adopts its copies from
 * the members themselves instead of creating them twice.
 */
export type MemberKind = 'LOCAL' | 'REMOTE';

/** The federated service (template) a member copy derives from: its id. */
export const FEDERATION_PARENT_LABEL = 'stevedore.federation.parent';
/** The installation id of the federating control plane: a copy is ours only with both labels. */
export const FEDERATION_FLEET_LABEL = 'stevedore.federation.fleet';

/** What one member cluster should run for one federated service. */
export interface MemberWork {
  federatedServiceId: string;
  /**
   * The spec to run there: the template with this cluster's overrides applied, `replicas` set to
   * this cluster's share, and the two federation labels in `labels`.
   */
  spec: ServiceSpec;
}

/** A member copy as last observed on its member. */
export interface MemberServiceStatus {
  federatedServiceId: string;
  /** The copy's id in the member's own store (a local service id, or the remote's service id). */
  memberServiceId: string;
  /** The copy's name on the member. */
  name: string;
  /** The image the copy's current revision runs. */
  image: string;
  desired: number;
  running: number;
  healthy: number;
  /** The copy's rollout, as the member reports it: null when none ever ran. */
  rollout: { state: string; message: string | null } | null;
  observedAt: Date;
}

export type MemberHealthStatus = 'HEALTHY' | 'DEGRADED' | 'UNREACHABLE';

export interface MemberHealth {
  status: MemberHealthStatus;
  /** Why, in a sentence an operator reads ("no node ready: n2 down", "connection refused"). */
  reason: string;
  /** When the member entered this status (the failover grace period counts from here). */
  since: Date;
}

/** Room on a member, for DIVIDED by available capacity and the resources score. */
export interface MemberCapacity {
  /** CPUs and bytes of the member's READY nodes. */
  cpuTotal: number;
  memoryTotal: number;
  /** What reservations leave free (capacity minus allocation). */
  cpuFree: number;
  memoryFree: number;
  /** Live use as a share of capacity, 0..1; null when not sampled. */
  cpuUtilisation: number | null;
  memoryUtilisation: number | null;
}

export interface MemberCluster {
  readonly clusterId: string;
  readonly kind: MemberKind;
  health(): MemberHealth;
  capacity(): MemberCapacity;
  /** Median round trip from this control plane to the member (engines or remote API), ms. */
  latencyP50Ms(): number | null;
  /** Creates or updates the member copy of `work.federatedServiceId`. Idempotent. */
  apply(work: MemberWork): Promise<MemberServiceStatus>;
  /** Removes the member copy of a federated service, if any. Idempotent. */
  remove(federatedServiceId: string): Promise<void>;
  /** Every copy this member holds for this fleet (found by the federation labels). */
  statuses(): Promise<MemberServiceStatus[]>;
  /** Called when a copy's status changes on the member; returns the unsubscribe. */
  onStatus(listener: (status: MemberServiceStatus) => void): () => void;
  close(): Promise<void>;
}
