/**
 * The engine driver's vocabulary for networks, volumes and the helper-container calls that
 * volume backups need (wait, copy in, copy out). Kept apart from types.ts: these are the
 * networking/volumes feature's additions to the driver.
 */

export type NetworkDriverName = 'bridge';

export interface NetworkCreateSpec {
  name: string;
  driver: NetworkDriverName;
  /** No outside access (Docker's --internal). */
  internal: boolean;
  /** CIDR; absent: the engine picks from its default pools. */
  subnet?: string;
  /** Part of the subnet this engine hands out addresses from (IPAM IPRange). */
  ipRange?: string;
  gateway?: string;
  labels: Record<string, string>;
}

export interface NetworkEndpoint {
  containerId: string;
  name: string;
  /** Address without prefix length, e.g. 10.240.0.2. */
  ipv4: string;
}

export interface NetworkSummary {
  id: string;
  name: string;
  driver: string;
  internal: boolean;
  scope: string;
  subnet: string | null;
  gateway: string | null;
  labels: Record<string, string>;
  createdAt: Date | null;
  /** Only filled by inspectNetwork. */
  containers: NetworkEndpoint[];
}

export interface VolumeCreateSpec {
  name: string;
  /** Default "local". */
  driver?: string;
  /** Driver options (local driver: type, device, o as for mount(8); tmpfs for secret volumes). */
  driverOpts?: Record<string, string>;
  labels: Record<string, string>;
}

export interface VolumeSummary {
  name: string;
  driver: string;
  mountpoint: string;
  scope: string;
  labels: Record<string, string>;
  /** Driver options the volume was created with. */
  options: Record<string, string>;
  createdAt: Date | null;
}

export interface VolumeDetails extends VolumeSummary {
  /** Containers (any state) that mount the volume. */
  usedBy: { id: string; name: string; state: string }[];
}
