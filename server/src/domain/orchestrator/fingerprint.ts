import { createHash } from 'node:crypto';
import type { ServiceSpec } from '../service.js';

/**
 * The part of a spec a running container embodies. Two revisions with the same fingerprint run
 * the same containers, so scaling or changing update settings replaces nothing, and a rollback
 * to an older revision keeps the tasks already on it.
 */
export function containerFingerprint(spec: ServiceSpec): string {
  const relevant = {
    image: spec.image,
    command: spec.command,
    env: sortKeys(spec.env),
    labels: sortKeys(spec.labels),
    ports: spec.ports,
    mounts: spec.mounts,
    networks: spec.networks,
    limits: spec.limits,
    reservations: spec.reservations,
    healthCheck: spec.healthCheck,
    constraints: spec.placement.constraints,
    // Only when set, so specs from before these fields keep their fingerprint (no rollout on upgrade).
    ...(spec.secrets?.length ? { secrets: spec.secrets } : {}),
    ...(spec.security ? { security: spec.security } : {}),
    ...(spec.aliases?.length ? { aliases: spec.aliases } : {}),
  };
  return createHash('sha256').update(JSON.stringify(relevant)).digest('hex').slice(0, 16);
}

function sortKeys(r: Record<string, string>): [string, string][] {
  return Object.entries(r).sort(([a], [b]) => a.localeCompare(b));
}
