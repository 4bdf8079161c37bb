import type { FieldError } from '@stevedore/spec-rules';

/**
 * Volumes: named volumes live on one node (the local driver); Stevedore records which node holds
 * each one it knows, and a service mounting a named volume is pinned to that node with a
 * placement constraint `node.id == <id>` (see app/volumes/volumes.ts).
 *
 * Bind mounts reach into the host: they are allowed only under the host paths an operator lists
 * in STEVEDORE_BIND_ALLOWED_PATHS (none by default).
 */
export interface VolumeRecord {
  nodeId: string;
  name: string;
  /** Services that caused it (first mount), or empty for volumes made through the API. */
  createdBy: string;
  labels: Record<string, string>;
  createdAt: Date;
}

export const BIND_RULE = 'STEVEDORE_BIND_ALLOWED_PATHS';

const normalize = (p: string) => p.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');

/** True when `path` is `root` or below it (segment-wise: /data2 is not under /data). */
export function isUnder(path: string, root: string): boolean {
  const p = normalize(path);
  const r = normalize(root);
  return r === '/' || p === r || p.startsWith(`${r}/`);
}

/**
 * Bind sources checked against the allowed host paths; `field` prefixes the index path as the
 * spec validators do (`volumes[2].source`).
 */
export function checkBindSources(
  mounts: readonly { type?: string | null; source?: string | null }[],
  allowed: readonly string[],
  field = 'volumes',
): FieldError[] {
  const errors: FieldError[] = [];
  mounts.forEach((m, i) => {
    if ((m.type ?? '').toLowerCase() !== 'bind') return;
    const source = m.source ?? '';
    // A malformed source (relative, empty) is the spec validator's to report, with all other faults.
    if (!source.startsWith('/')) return;
    if (allowed.length === 0)
      errors.push({
        field: `${field}[${i}].source`,
        reason: `bind mounts are refused: no host path is allowed (${BIND_RULE} is empty); use a named volume, or have the operator allow a host path`,
      });
    else if (source.split('/').includes('..'))
      errors.push({
        field: `${field}[${i}].source`,
        reason: `bind source "${source}" must not contain ".."`,
      });
    else if (!allowed.some((a) => isUnder(source, a)))
      errors.push({
        field: `${field}[${i}].source`,
        reason: `bind source "${source}" is outside the allowed host paths (${BIND_RULE}=${allowed.join(',')})`,
      });
  });
  return errors;
}

/** `/srv/data, /mnt/x` → normalized absolute paths; a relative one is a configuration error. */
export function parseAllowedPaths(v: string): string[] | string {
  const out: string[] = [];
  for (const raw of v
    .split(/[,:]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!raw.startsWith('/')) return `"${raw}" is not an absolute path`;
    if (raw.split('/').includes('..')) return `"${raw}" must not contain ".."`;
    out.push(normalize(raw));
  }
  return out;
}

/** The placement constraint that keeps a service's tasks on the node holding its volume. */
export const pinConstraint = (nodeId: string) => `node.id == ${nodeId}`;

/** Named (non-anonymous) volume mounts of a spec. */
export const namedVolumes = (mounts: readonly { type: string; source: string }[]) => [
  ...new Set(mounts.filter((m) => m.type === 'volume' && m.source !== '').map((m) => m.source)),
];

/** A placement Stevedore added itself: the service runs where one of its named volumes lives. */
export interface VolumePin {
  volume: string;
  nodeId: string;
  nodeName: string;
  constraint: string;
}

/**
 * The pins a spec's named volumes call for: each volume's recorded holder (`holderOf`, the first
 * node recorded), when that node is in the service's cluster. GLOBAL services are never pinned.
 */
export function volumePins(
  spec: { mode: string; mounts: readonly { type: string; source: string }[] },
  clusterId: string,
  holderOf: (volume: string) => { id: string; name: string; clusterId: string } | undefined,
): VolumePin[] {
  if (spec.mode === 'GLOBAL') return [];
  return namedVolumes(spec.mounts).flatMap((volume) => {
    const node = holderOf(volume);
    return node && node.clusterId === clusterId
      ? [{ volume, nodeId: node.id, nodeName: node.name, constraint: pinConstraint(node.id) }]
      : [];
  });
}

/** Why a pin is there, in the dashboard's words. */
export const pinReason = (p: VolumePin) => `pinned to ${p.nodeName}: volume ${p.volume} lives there`;
