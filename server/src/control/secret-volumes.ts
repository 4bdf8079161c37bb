import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Node } from '../domain/node.js';
import type { SecretRef } from '../domain/service.js';
import type { Task } from '../domain/task.js';
import type { EngineDriver } from '../engine/engine.js';
import { EngineError } from '../engine/errors.js';
import type { ContainerCreateSpec } from '../engine/types.js';
import {
  HOLDER_MOUNT,
  SECRET_HOLDER_KIND,
  SECRET_VOLUME_KIND,
  isTmpfsVolume,
  secretSweep,
  secretVolumeName,
  secretVolumeOptions,
  secretsArchive,
} from '../app/access/secret-files.js';
import { LABEL } from '../app/labels.js';

export interface SecretVolumeOptions {
  installationId: string;
  /** Image with `sleep` (busybox): the holder container. */
  helperImage: string;
}

/**
 * Secret files on tmpfs, never on the engine's disk (see app/access/secret-files.ts for the why):
 * before create, the task's tmpfs volume; before start, a holder container keeps it mounted
 * while the files are PUT into it; after start, the holder goes; after the task's container is
 * removed, the volume goes. A sweep collects what a crash left behind.
 */
export class SecretVolumes {
  constructor(
    private readonly driverFor: (node: Node) => EngineDriver,
    private readonly opts: SecretVolumeOptions,
    private readonly log: Logger,
  ) {}

  private labels(taskId: string, kind: string): Record<string, string> {
    return {
      [LABEL.managed]: 'true',
      [LABEL.installation]: this.opts.installationId,
      [LABEL.kind]: kind,
      [LABEL.task]: taskId,
    };
  }

  /** Creates the task's tmpfs volume (idempotent: the engine returns an existing one by name). */
  async prepare(node: Node, task: Task, refs: readonly SecretRef[]): Promise<void> {
    await this.driverFor(node).createVolume({
      name: secretVolumeName(task.id),
      driver: 'local',
      driverOpts: secretVolumeOptions(refs.length),
      labels: this.labels(task.id, SECRET_VOLUME_KIND),
    });
  }

  /**
   * Writes the files into the task's volume through a running holder container, and returns
   * what to call once the task container's start was tried: with `started`, it first checks the
   * holder still ran (so the tmpfs stayed mounted until the task container held it), then
   * removes the holder.
   */
  async populate(
    node: Node,
    task: Task,
    files: readonly { target: string; value: Buffer }[],
  ): Promise<(started: boolean) => Promise<void>> {
    const d = this.driverFor(node);
    const name = secretVolumeName(task.id);
    const v = await d.inspectVolume(name);
    // Never write a secret into a volume on disk (one the engine made up, or someone else's).
    if (!isTmpfsVolume(v.driver, v.options) || v.labels[LABEL.task] !== task.id)
      throw new Error(`volume ${name} is not this task's tmpfs secret volume: secrets not written`);
    const holder = await this.createHolder(d, task.id, name);
    const remove = () =>
      d
        .removeContainer(holder, { force: true })
        .catch((err: unknown) =>
          this.log.warn({ node: node.name, err: (err as Error).message }, 'removing secret holder failed'),
        );
    try {
      await d.startContainer(holder);
      await d.putArchive(holder, HOLDER_MOUNT, secretsArchive(files));
    } catch (err) {
      await remove();
      throw err;
    }
    return async (started) => {
      try {
        if (started && !(await d.inspectContainer(holder)).state.running)
          throw new Error('the secret holder stopped before the task container started: secrets may be lost');
      } finally {
        await remove();
      }
    };
  }

  private async createHolder(d: EngineDriver, taskId: string, volume: string): Promise<string> {
    const spec: ContainerCreateSpec = {
      name: `stevedore-secret-holder-${taskId.slice(0, 8)}-${randomBytes(3).toString('hex')}`,
      image: this.opts.helperImage,
      // Ended by the task runner within seconds; the hour only bounds a holder a crash left behind.
      command: ['sleep', '3600'],
      env: {},
      labels: this.labels(taskId, SECRET_HOLDER_KIND),
      ports: [],
      mounts: [{ type: 'volume', source: volume, target: HOLDER_MOUNT, readOnly: false }],
      resources: { nanoCpus: 0, memoryBytes: 0, memoryReservationBytes: 0 },
      restartPolicy: { name: 'no', maximumRetryCount: 0 },
      networks: [],
    };
    try {
      return await d.createContainer(spec);
    } catch (err) {
      if (!(err instanceof EngineError && err.kind === 'NOT_FOUND' && /image/i.test(err.message))) throw err;
      await d.pullImage(this.opts.helperImage);
      return d.createContainer(spec);
    }
  }

  /** Removes the task's volume once its container is gone; in use or already gone is fine. */
  async remove(node: Node, taskId: string): Promise<void> {
    await this.driverFor(node)
      .removeVolume(secretVolumeName(taskId))
      .catch((err: unknown) => {
        if (err instanceof EngineError && (err.kind === 'NOT_FOUND' || err.kind === 'CONFLICT')) return;
        this.log.warn({ node: node.name, err: (err as Error).message }, 'removing secret volume failed');
      });
  }

  /** Collects holders and volumes left by crashes or by containers removed outside the runner. */
  async sweep(
    node: Node,
    taskLive: (taskId: string) => boolean,
    taskBusy: (taskId: string) => boolean,
  ): Promise<void> {
    const d = this.driverFor(node);
    const mine = (kind: string) => [
      `${LABEL.kind}=${kind}`,
      `${LABEL.installation}=${this.opts.installationId}`,
    ];
    const [holders, volumes] = await Promise.all([
      d.listContainers({ all: true, labels: mine(SECRET_HOLDER_KIND) }),
      d.listVolumes({ labels: mine(SECRET_VOLUME_KIND) }),
    ]);
    const out = secretSweep(
      this.opts.installationId,
      holders.map((h) => ({ id: h.id, labels: h.labels })),
      volumes.map((v) => ({ id: v.name, labels: v.labels })),
      taskLive,
      taskBusy,
    );
    for (const id of out.holders) await d.removeContainer(id, { force: true }).catch(() => {});
    for (const name of out.volumes)
      await d.removeVolume(name).catch((err: unknown) => {
        if (!(err instanceof EngineError && err.kind === 'CONFLICT'))
          this.log.debug({ node: node.name, volume: name, err: (err as Error).message }, 'sweep: volume');
      });
    if (out.holders.length || out.volumes.length)
      this.log.info(
        { node: node.name, holders: out.holders.length, volumes: out.volumes.length },
        'collected secret holders and volumes',
      );
  }
}
