import type { Readable } from 'node:stream';
import { LABEL } from '../labels.js';
import { packFiles } from '../volumes/tar.js';
import type { SecretRef } from '../../domain/service.js';
import type { ContainerCreateSpec, VolumeMount } from '../../engine/types.js';
import { MAX_SECRET_BYTES, SECRETS_DIR, SECRET_TARGET } from './secrets.js';

export const SECRET_ENV_LABEL = 'stevedore.secret-env';

/**
 * The tar PUT into the secret volume (at its mount point in the holder container): one file per
 * secret at the volume's root (0444, owned by root, readable by the container's user as with swarm
 * secrets). The volume's root directory itself is the tmpfs, mode 0755 from its mount options.
 */
export function secretsArchive(
  files: readonly { target: string; value: Buffer }[],
  mtime = new Date(),
): Readable {
  for (const f of files)
    if (!SECRET_TARGET.test(f.target))
      throw new Error(`secret target "${f.target}" is not a plain file name`);
  return packFiles(
    files.map((f) => ({ name: f.target, mode: 0o444, content: f.value })),
    mtime,
  );
}

// ------------------------------------------------------------------ the tmpfs secret volume
//
// Secret files never touch the engine's disk: each task with secrets gets a local volume backed by
// tmpfs (labelled kind=secret-volume), mounted read-only at /run/secrets. A local tmpfs volume is
// mounted only while some container uses it (the engine unmounts it, emptying it, when its use
// count drops to 0, even after a PUT archive into a created container), so a short-lived holder
// container (kind=secret-holder) keeps it mounted while the files are PUT into it and the task
// container starts; then the holder goes and the task container alone keeps the tmpfs alive.
// When the task container stops the tmpfs is unmounted and the files are gone: tasks are
// replaced, never restarted in place, so every container start goes through the task runner.

export const SECRET_VOLUME_KIND = 'secret-volume';
export const SECRET_HOLDER_KIND = 'secret-holder';
/** Where the holder container mounts the secret volume (read-write). */
export const HOLDER_MOUNT = '/secrets';
const PAGE = 4096;
/** Room per secret on the tmpfs: the largest value (64 KiB, a whole number of pages), plus one page. */
const PER_SECRET_BYTES = MAX_SECRET_BYTES + PAGE;

/** The secret volume of a task: one per task, named after it (create and remove by name, idempotent). */
export function secretVolumeName(taskId: string): string {
  return `stevedore-secrets-${taskId}`;
}

/**
 * Local-driver options that make the volume a tmpfs: sized for `count` secrets of the largest
 * allowed size, root directory 0755, nothing executable, no devices or set-uid files.
 */
export function secretVolumeOptions(count: number): Record<string, string> {
  const size = Math.max(1, count) * PER_SECRET_BYTES;
  return { type: 'tmpfs', device: 'tmpfs', o: `size=${size},mode=0755,noexec,nosuid,nodev` };
}

/** True when the engine reports the volume as a tmpfs: files are written only into such a volume. */
export function isTmpfsVolume(driver: string, options: Record<string, string> | null | undefined): boolean {
  return driver === 'local' && options?.type === 'tmpfs' && options.device === 'tmpfs';
}

/** The read-only mount of a task's secret volume at /run/secrets. */
export function secretMount(taskId: string): VolumeMount {
  return { type: 'volume', source: secretVolumeName(taskId), target: SECRETS_DIR, readOnly: true };
}

/** The task container's spec with its secret volume at /run/secrets (the task id from its labels). */
export function withSecretFiles(create: ContainerCreateSpec): ContainerCreateSpec {
  const taskId = create.labels[LABEL.task];
  if (!taskId) throw new Error('a task container without a task label cannot get secret files');
  return { ...create, mounts: [...create.mounts, secretMount(taskId)] };
}

export interface SecretObject {
  /** Container id (holder) or volume name. */
  id: string;
  labels: Record<string, string>;
}

export interface SecretSweep {
  holders: string[];
  volumes: string[];
}

/**
 * What to collect on a node: holders of tasks the runner is not starting right now (a holder
 * lives only while its task's container starts), and volumes of tasks that are finished or gone
 * (a volume still in use is refused by the engine and tried again at the next sweep). Only this
 * installation's objects: two control planes sharing an engine never collect each other's.
 */
export function secretSweep(
  installationId: string,
  holders: readonly SecretObject[],
  volumes: readonly SecretObject[],
  taskLive: (taskId: string) => boolean,
  taskBusy: (taskId: string) => boolean,
): SecretSweep {
  const mine = (o: SecretObject, kind: string) =>
    o.labels[LABEL.installation] === installationId && o.labels[LABEL.kind] === kind;
  const task = (o: SecretObject) => o.labels[LABEL.task] ?? '';
  return {
    holders: holders.filter((h) => mine(h, SECRET_HOLDER_KIND) && !taskBusy(task(h))).map((h) => h.id),
    volumes: volumes
      .filter((v) => mine(v, SECRET_VOLUME_KIND) && !taskBusy(task(v)) && !taskLive(task(v)))
      .map((v) => v.id),
  };
}

/**
 * Secrets asked for as variables, added to the container spec; their names go in a label so
 * the API shows `[secret]` instead of the value (api/container/container.type.ts).
 */
export function withSecretEnv(
  create: ContainerCreateSpec,
  values: readonly { ref: SecretRef; value: Buffer }[],
): ContainerCreateSpec {
  const vars = values.filter((v) => v.ref.env);
  if (!vars.length) return create;
  const env = { ...create.env };
  for (const v of vars) env[v.ref.env!] = v.value.toString('utf8');
  return {
    ...create,
    env,
    labels: { ...create.labels, [SECRET_ENV_LABEL]: vars.map((v) => v.ref.env!).join(',') },
  };
}
