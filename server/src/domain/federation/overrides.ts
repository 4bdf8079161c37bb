import type { ServiceSpec } from '../service.js';
import type { ClusterOverride } from './types.js';

/**
 * The member copy's spec for one cluster: the template with that cluster's override (image, env
 * merged, resources where given), `replicas` set to its share, its name `NAME-CLUSTER`, the
 * federation labels added and no federated placement of its own (the copy is an ordinary service).
 */
export function memberSpec(
  template: ServiceSpec,
  cluster: { id: string; name: string },
  replicas: number,
  override: ClusterOverride | undefined,
  labels: Record<string, string>,
): ServiceSpec {
  const { clusters: _federated, ...placement } = template.placement;
  const r = override?.resources;
  return {
    ...template,
    name: memberName(template.name, cluster.name),
    image: override?.image ?? template.image,
    env: { ...template.env, ...(override?.env ?? {}) },
    labels: { ...template.labels, ...labels },
    replicas,
    placement,
    limits: {
      nanoCpus: r?.nanoCpusLimit ?? template.limits.nanoCpus,
      memoryBytes: r?.memoryLimitBytes ?? template.limits.memoryBytes,
    },
    reservations: {
      nanoCpus: r?.nanoCpusReservation ?? template.reservations.nanoCpus,
      memoryBytes: r?.memoryReservationBytes ?? template.reservations.memoryBytes,
    },
    // A copy's ingress would bind the template's port once per cluster: the copies are not published.
    ingress: null,
    autoscale: null,
  };
}

/** `web` in cluster `eu-1` runs as service `web-eu-1`. */
export function memberName(template: string, cluster: string): string {
  return `${template}-${cluster}`;
}

/** The override of a cluster, by name or id. */
export function overrideFor(
  overrides: readonly ClusterOverride[],
  cluster: { id: string; name: string },
): ClusterOverride | undefined {
  return overrides.find((o) => o.cluster === cluster.name || o.cluster === cluster.id);
}
