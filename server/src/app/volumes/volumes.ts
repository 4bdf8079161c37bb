import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../logger.js';
import { AppError, badInput, conflict, fromEngineError, notFound } from '../errors.js';
import type { NodeService } from '../nodes.js';
import type { ServiceService } from '../services.js';
import type { Node } from '../../domain/node.js';
import type { Service, ServiceSpec } from '../../domain/service.js';
import { checkVolumeName } from '@stevedore/spec-rules';
import {
  checkBindSources,
  namedVolumes,
  pinConstraint,
  volumePins,
  type VolumeRecord,
} from '../../domain/volume.js';
import type { EngineDriver } from '../../engine/engine.js';
import { EngineError } from '../../engine/errors.js';
import type { VolumeDetails, VolumeSummary } from '../../engine/network-volume-types.js';
import type { Store } from '../../store/store.js';
import type { VolumeRepository } from '../../store/volume.repo.js';
import type { EventBus } from '../event-bus.js';
import { withTimeout } from '../../engine/timeout.js';
import { LABEL } from '../labels.js';
import { SECRET_VOLUME_KIND } from '../access/secret-files.js';
import { extractFirstFile, packSingleFile } from './tar.js';

export const HELPER_KIND = 'helper';

export interface VolumeManagerOptions {
  dataDir: string;
  bindAllowedPaths: string[];
  /** Image with a tar (busybox): runs the backup and restore helper containers. */
  helperImage: string;
  engineTimeoutMs: number;
  /** Longest a backup or restore helper may run. */
  helperTimeoutMs: number;
}

export interface VolumeInfo extends VolumeSummary {
  node: Node;
  /** Made by this Stevedore (labelled with its installation id). */
  managed: boolean;
  /** Recorded as living on this node: services mounting it are pinned here. */
  recorded: boolean;
  /** Services whose spec mounts the volume and that run (or are pinned) on this node. */
  services: Service[];
  usedBy: VolumeDetails['usedBy'] | null;
  /** Bytes it holds, from the engine's disk usage report; null when the engine cannot tell. */
  sizeBytes: number | null;
}

/** A backup file as listed: its checksum, and the node and volume it came from when recorded. */
export interface VolumeBackupFile {
  file: string;
  bytes: number;
  createdAt: Date;
  sha256: string;
  nodeName: string | null;
  volume: string | null;
}

export interface VolumeBackup {
  file: string;
  path: string;
  node: Node;
  volume: string;
  bytes: number;
  sha256: string;
  createdAt: Date;
}

/**
 * Named volumes per node (create, list, inspect, remove, in use by), the bind-mount policy,
 * volume placement, and backup/restore through a helper container running tar.
 *
 * Placement: the first task of a service that mounts a named volume claims the volume on its
 * node (recorded in the store, created on the engine); from then on the service carries the
 * placement constraint `node.id == <that node>` (added as a new revision by Stevedore), so every
 * replacement lands where the data is. A task placed elsewhere before the pin is refused by
 * `beforeCreate` (the task is rejected and rescheduled under the new constraint).
 */
export class VolumeManager {
  readonly backupsDir: string;
  private readonly pinning = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly repo: VolumeRepository,
    private readonly nodes: NodeService,
    private readonly services: ServiceService,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly opts: VolumeManagerOptions,
  ) {
    this.backupsDir = path.join(opts.dataDir, 'backups');
  }

  // ------------------------------------------------------------------ policy and placement

  /** Bind sources against STEVEDORE_BIND_ALLOWED_PATHS; `field` prefixes error paths. */
  checkBinds(mounts: readonly { type?: string | null; source?: string | null }[], field = 'volumes') {
    return checkBindSources(mounts, this.opts.bindAllowedPaths, field);
  }

  /** The task runner's beforeCreate part for volumes: policy, claim or check the holder node, ensure on the engine. */
  async beforeCreate(node: Node, service: Service, spec: ServiceSpec): Promise<void> {
    const binds = this.checkBinds(spec.mounts);
    if (binds.length) throw new Error(binds.map((e) => `${e.field}: ${e.reason}`).join('; '));
    for (const name of namedVolumes(spec.mounts)) {
      const holders = this.holders(name);
      const here = holders.find((h) => h.nodeId === node.id);
      if (holders.length && !here) {
        const at = this.nodes.get(holders[0]!.nodeId);
        setImmediate(() => this.pinService(service.id));
        throw new Error(
          `volume "${name}" lives on node ${at?.name ?? holders[0]!.nodeId}, not ${node.name}: the service is being pinned there`,
        );
      }
      if (!here)
        this.repo.insert({
          nodeId: node.id,
          name,
          createdBy: service.name,
          labels: {},
          createdAt: new Date(),
        });
      const driver = this.nodes.driver(node);
      await withTimeout(
        driver.createVolume({
          name,
          labels: {
            [LABEL.managed]: 'true',
            [LABEL.installation]: this.store.installationId,
            // A stack's volume carries the stack's label, as its services, containers and networks do.
            ...(spec.labels[LABEL.stack] ? { [LABEL.stack]: spec.labels[LABEL.stack] } : {}),
          },
        }),
        this.opts.engineTimeoutMs,
        `creating volume ${name} on ${node.name} timed out`,
      );
      if (!here) {
        this.bus.publish({
          kind: 'volume.claimed',
          severity: 'INFO',
          message: `volume ${name} created on node ${node.name} for service ${service.name}`,
          nodeId: node.id,
          serviceId: service.id,
          clusterId: service.clusterId,
          data: { volume: name },
        });
        setImmediate(() => this.pinService(service.id));
      }
    }
  }

  /** A service mounting a volume that lives on a node is pinned there whenever its spec changes. */
  pinOnServiceChanges(): void {
    this.bus.subscribe((e) => {
      if (
        e.serviceId &&
        (e.kind === 'service.created' || e.kind === 'service.updated' || e.kind === 'rollout.started')
      )
        this.pinService(e.serviceId);
    });
  }

  /** The `node.id == X` constraints the service has (or will get) because its volumes live there. */
  pinsOf(service: Service): string[] {
    return volumePins(service.spec, service.clusterId, (v) => {
      const holder = this.holders(v)[0];
      return holder && this.nodes.get(holder.nodeId);
    }).map((p) => p.constraint);
  }

  /** Adds `node.id == X` for each named volume recorded on a node, when the spec lacks it. */
  pinService(serviceId: string): void {
    if (this.pinning.has(serviceId)) return;
    const service = this.store.services.get(serviceId);
    if (!service) return;
    const missing = volumePins(service.spec, service.clusterId, (v) => {
      const holder = this.holders(v)[0];
      return holder && this.nodes.get(holder.nodeId);
    }).filter((p) => !service.spec.placement.constraints.includes(p.constraint));
    if (!missing.length) return;
    this.pinning.add(serviceId);
    try {
      this.services.addPins(service.id, [...new Set(missing.map((p) => p.constraint))]);
      this.bus.publish({
        kind: 'volume.pinned',
        severity: 'INFO',
        message: `service ${service.name} pinned to ${missing.map((p) => `node ${p.nodeName} (volume ${p.volume})`).join(', ')}`,
        serviceId: service.id,
        clusterId: service.clusterId,
        data: {
          pins: missing.map((p) => ({ volume: p.volume, nodeId: p.nodeId, constraint: p.constraint })),
        },
      });
    } catch (err) {
      this.log.error({ err, service: service.name }, 'pinning a service to its volume failed');
    } finally {
      this.pinning.delete(serviceId);
    }
  }

  /** Nodes recorded as holding `name`, oldest first, among nodes that still exist. */
  private holders(name: string): VolumeRecord[] {
    return this.repo.holders(name).filter((h) => this.nodes.get(h.nodeId));
  }

  // ------------------------------------------------------------------ CRUD

  async list(nodeRef?: string): Promise<VolumeInfo[]> {
    const nodes = nodeRef
      ? [this.nodes.require(nodeRef, 'node')]
      : this.nodes.list().filter((n) => n.status === 'READY');
    const out: VolumeInfo[] = [];
    await Promise.all(
      nodes.map(async (node) => {
        const d = this.nodes.readyDriver(node);
        let list: VolumeSummary[];
        let sizes: Map<string, number>;
        try {
          [list, sizes] = await Promise.all([
            withTimeout(d.listVolumes(), this.opts.engineTimeoutMs, 'listing volumes timed out'),
            this.sizes(d),
          ]);
        } catch (err) {
          if (nodeRef) throw fromEngineError(err, node.name, 'node');
          return;
        }
        for (const v of list) out.push(this.info(node, v, null, sizes));
      }),
    );
    return out.sort((a, b) => a.node.name.localeCompare(b.node.name) || a.name.localeCompare(b.name));
  }

  async inspect(nodeRef: string, name: string): Promise<VolumeInfo> {
    const node = this.nodes.require(nodeRef, 'node');
    const d = this.nodes.readyDriver(node);
    try {
      const [v, sizes] = await Promise.all([
        withTimeout(d.inspectVolume(name), this.opts.engineTimeoutMs, 'inspect timed out'),
        this.sizes(d),
      ]);
      return this.info(node, v, v.usedBy, sizes);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'NOT_FOUND')
        throw notFound('volume', `${name}" on node "${node.name}`, 'name');
      throw fromEngineError(err, node.name, 'name');
    }
  }

  async create(nodeRef: string, name: string, labels: Record<string, string> = {}): Promise<VolumeInfo> {
    const err = checkVolumeName(name);
    if (err) throw badInput('name', err);
    const node = this.nodes.require(nodeRef, 'node');
    const d = this.nodes.readyDriver(node);
    const exists = await d.inspectVolume(name).then(
      () => true,
      (e: unknown) => {
        if (e instanceof EngineError && e.kind === 'NOT_FOUND') return false;
        throw fromEngineError(e, node.name, 'node');
      },
    );
    if (exists) throw conflict(`volume "${name}" already exists on node ${node.name}`, 'name');
    const elsewhere = this.holders(name).find((h) => h.nodeId !== node.id);
    if (elsewhere)
      throw conflict(
        `a volume "${name}" is already recorded on node ${this.nodes.get(elsewhere.nodeId)?.name}: volume names are unique in the cluster`,
        'name',
      );
    try {
      await d.createVolume({
        name,
        labels: { ...labels, [LABEL.managed]: 'true', [LABEL.installation]: this.store.installationId },
      });
    } catch (e) {
      throw fromEngineError(e, node.name, 'name');
    }
    this.repo.insert({ nodeId: node.id, name, createdBy: '', labels, createdAt: new Date() });
    this.bus.publish({
      kind: 'volume.created',
      severity: 'INFO',
      message: `volume ${name} created on node ${node.name}`,
      nodeId: node.id,
      clusterId: node.clusterId,
      data: { volume: name },
    });
    return this.inspect(node.id, name);
  }

  async remove(nodeRef: string, name: string, force = false): Promise<VolumeInfo> {
    const v = await this.inspect(nodeRef, name);
    if (v.services.length && !force)
      throw conflict(
        `volume ${name} on node ${v.node.name} is in use by service(s) ${v.services.map((s) => s.name).join(', ')}`,
        'name',
      );
    if (v.usedBy?.length && !force)
      throw conflict(
        `volume ${name} on node ${v.node.name} is in use by container(s) ${v.usedBy.map((c) => c.name).join(', ')}`,
        'name',
      );
    try {
      await this.nodes.readyDriver(v.node).removeVolume(name, { force });
    } catch (e) {
      throw fromEngineError(e, v.node.name, 'name');
    }
    this.repo.delete(v.node.id, name);
    this.bus.publish({
      kind: 'volume.removed',
      severity: 'INFO',
      message: `volume ${name} removed from node ${v.node.name}`,
      nodeId: v.node.id,
      clusterId: v.node.clusterId,
      data: { volume: name },
    });
    return v;
  }

  /** Services mounting `name` that run on `node` or are pinned there. */
  servicesUsing(node: Node, name: string): Service[] {
    const pin = pinConstraint(node.id);
    return this.store.services.list(node.clusterId).filter((s) => {
      if (!namedVolumes(s.spec.mounts).includes(name)) return false;
      if (s.spec.placement.constraints.includes(pin)) return true;
      return this.store.tasks
        .byService(s.id)
        .some((t) => t.nodeId === node.id && t.desiredState === 'RUNNING');
    });
  }

  /** The engine's volume sizes; empty when it cannot tell in time (sizes are then null, nothing fails). */
  private async sizes(d: EngineDriver): Promise<Map<string, number>> {
    if (!d.volumeSizes) return new Map();
    return withTimeout(d.volumeSizes(), this.opts.engineTimeoutMs, 'disk usage timed out').catch(
      () => new Map<string, number>(),
    );
  }

  private info(
    node: Node,
    v: VolumeSummary,
    usedBy: VolumeDetails['usedBy'] | null,
    sizes: Map<string, number>,
  ): VolumeInfo {
    return {
      sizeBytes: sizes.get(v.name) ?? null,
      ...v,
      node,
      managed: v.labels[LABEL.installation] === this.store.installationId,
      recorded: !!this.repo.get(node.id, v.name),
      services: this.servicesUsing(node, v.name),
      usedBy,
    };
  }

  // ------------------------------------------------------------------ backup and restore

  /**
   * Backup files, newest first, with their sha256: from the note written beside each backup
   * (`<file>.json`), or hashed once and noted for a file without one.
   */
  listBackups(): VolumeBackupFile[] {
    if (!fs.existsSync(this.backupsDir)) return [];
    return fs
      .readdirSync(this.backupsDir)
      .filter((f) => f.endsWith('.tar'))
      .map((file) => {
        const full = path.join(this.backupsDir, file);
        const st = fs.statSync(full);
        const note = readBackupNote(full) ?? writeBackupNote(full, { sha256: hashFile(full) });
        return {
          file,
          bytes: st.size,
          createdAt: st.mtime,
          sha256: note.sha256,
          nodeName: note.node ?? null,
          volume: note.volume ?? null,
        };
      })
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  /** Tars the volume in a helper container and copies the tar to the data dir's backups/. */
  async backup(nodeRef: string, name: string): Promise<VolumeBackup> {
    const v = await this.inspect(nodeRef, name);
    // A task's secret files live in memory only: a backup would write them to disk.
    if (v.labels[LABEL.kind] === SECRET_VOLUME_KIND)
      throw badInput('name', `volume ${name} holds a task's secrets: it is never backed up`);
    const node = v.node;
    const d = this.nodes.readyDriver(node);
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const file = `${node.name}-${name}-${stamp}-${randomBytes(2).toString('hex')}.tar`;
    const final = path.join(this.backupsDir, file);
    const ev = this.progressEvents(node, { volume: name, file });
    ev('volume.backup.started', `backup of volume ${name} on ${node.name} started`);
    fs.mkdirSync(this.backupsDir, { recursive: true });
    const tmp = `${final}.partial`;
    try {
      const bytes = await this.withHelper(
        d,
        node,
        'backup',
        ['tar', '-cf', '/stevedore-backup.tar', '-C', '/volume', '.'],
        name,
        true,
        async (id) => {
          await this.runHelper(d, id);
          const archive = await d.getArchive(id, '/stevedore-backup.tar');
          const out = fs.createWriteStream(tmp);
          const hash = createHash('sha256');
          let n = 0;
          let last = 0;
          await extractFirstFile(archive as AsyncIterable<Buffer>, async (chunk) => {
            hash.update(chunk);
            n += chunk.length;
            if (!out.write(chunk)) await once(out, 'drain');
            if (Date.now() - last > 250) {
              last = Date.now();
              ev('volume.backup.progress', `backup of volume ${name}: ${n} bytes`, { bytes: n });
            }
          });
          out.end();
          await once(out, 'finish');
          return { n, sha256: hash.digest('hex') };
        },
      );
      fs.renameSync(tmp, final);
      writeBackupNote(final, { sha256: bytes.sha256, node: node.name, volume: name });
      const backup: VolumeBackup = {
        file,
        path: final,
        node,
        volume: name,
        bytes: bytes.n,
        sha256: bytes.sha256,
        createdAt: new Date(),
      };
      ev('volume.backup.progress', `backup of volume ${name}: ${bytes.n} bytes`, {
        bytes: bytes.n,
        done: true,
      });
      ev(
        'volume.backup.completed',
        `volume ${name} on ${node.name} backed up to ${file} (${bytes.n} bytes)`,
        { bytes: bytes.n, sha256: bytes.sha256 },
      );
      return backup;
    } catch (err) {
      fs.rmSync(tmp, { force: true });
      ev(
        'volume.backup.failed',
        `backup of volume ${name} on ${node.name} failed: ${(err as Error).message}`,
        {},
        'ERROR',
      );
      throw err instanceof AppError
        ? err
        : new AppError(
            'INTERNAL_SERVER_ERROR',
            `backup of volume ${name} failed: ${(err as Error).message}`,
            { field: 'name' },
          );
    }
  }

  /** A new volume `newName` on the node, filled from a backup file of the data dir's backups/. */
  async restore(nodeRef: string, file: string, newName: string): Promise<VolumeInfo> {
    const nameErr = checkVolumeName(newName);
    if (nameErr) throw badInput('newName', nameErr);
    const resolved = path.resolve(this.backupsDir, file);
    if (
      !resolved.startsWith(this.backupsDir + path.sep) ||
      !fs.existsSync(resolved) ||
      !fs.statSync(resolved).isFile()
    )
      throw badInput('file', `"${file}" is not a backup file in ${this.backupsDir} (see volumeBackups)`);
    // The checksum recorded when the backup was made must still hold: a truncated or altered
    // file is refused before any volume is created. A file without a note (copied in by hand)
    // has nothing to check against and is restored as it is.
    const note = readBackupNote(resolved);
    if (note) {
      const actual = hashFile(resolved);
      if (actual !== note.sha256)
        throw badInput(
          'file',
          `backup file "${file}" fails its checksum: sha256 ${actual}, recorded ${note.sha256} (the file was changed or truncated)`,
        );
    }
    const node = this.nodes.require(nodeRef, 'node');
    const size = fs.statSync(resolved).size;
    await this.create(node.id, newName, { 'stevedore.restored-from': path.basename(resolved) }).catch(
      (err: unknown) => {
        if (err instanceof AppError && err.details.field === 'name')
          throw new AppError(err.code, err.message, { field: 'newName' });
        throw err;
      },
    );
    const d = this.nodes.readyDriver(node);
    const ev = this.progressEvents(node, {
      volume: newName,
      file: path.basename(resolved),
      totalBytes: size,
    });
    ev(
      'volume.restore.started',
      `restore of ${path.basename(resolved)} into volume ${newName} on ${node.name} started`,
    );
    try {
      await this.withHelper(
        d,
        node,
        'restore',
        ['tar', '-xf', '/stevedore-restore.tar', '-C', '/volume'],
        newName,
        false,
        async (id) => {
          let n = 0;
          let last = 0;
          const source = fs.createReadStream(resolved);
          const counted = (async function* () {
            for await (const chunk of source as AsyncIterable<Buffer>) {
              n += chunk.length;
              if (Date.now() - last > 250) {
                last = Date.now();
                ev('volume.restore.progress', `restore into ${newName}: ${n} of ${size} bytes`, { bytes: n });
              }
              yield chunk;
            }
          })();
          await d.putArchive(id, '/', packSingleFile('stevedore-restore.tar', size, counted));
          ev('volume.restore.progress', `restore into ${newName}: ${size} of ${size} bytes`, {
            bytes: size,
            done: true,
          });
          await this.runHelper(d, id);
        },
      );
    } catch (err) {
      await d.removeVolume(newName, { force: true }).catch(() => undefined);
      this.repo.delete(node.id, newName);
      ev(
        'volume.restore.failed',
        `restore into volume ${newName} on ${node.name} failed: ${(err as Error).message}`,
        {},
        'ERROR',
      );
      throw err instanceof AppError
        ? err
        : new AppError('INTERNAL_SERVER_ERROR', `restore into ${newName} failed: ${(err as Error).message}`, {
            field: 'file',
          });
    }
    ev(
      'volume.restore.completed',
      `volume ${newName} on ${node.name} restored from ${path.basename(resolved)} (${size} bytes)`,
    );
    return this.inspect(node.id, newName);
  }

  /** Creates a helper container mounting `volume` at /volume, runs `fn`, always removes it. */
  private async withHelper<T>(
    d: EngineDriver,
    node: Node,
    op: string,
    command: string[],
    volume: string,
    readOnly: boolean,
    fn: (id: string) => Promise<T>,
  ): Promise<T> {
    await this.ensureHelperImage(d, node);
    const id = await d.createContainer({
      name: `stevedore-${op}-${volume}-${randomBytes(3).toString('hex')}`.slice(0, 63),
      image: this.opts.helperImage,
      command,
      env: {},
      labels: {
        [LABEL.managed]: 'true',
        [LABEL.installation]: this.store.installationId,
        [LABEL.kind]: HELPER_KIND,
        'stevedore.helper.op': op,
        'stevedore.helper.volume': volume,
      },
      ports: [],
      mounts: [{ type: 'volume', source: volume, target: '/volume', readOnly }],
      resources: { nanoCpus: 0, memoryBytes: 0, memoryReservationBytes: 0 },
      restartPolicy: { name: 'no', maximumRetryCount: 0 },
      networks: [],
    });
    try {
      return await fn(id);
    } finally {
      await d
        .removeContainer(id, { force: true })
        .catch((err: unknown) =>
          this.log.warn({ err: (err as Error).message, node: node.name }, 'removing helper container failed'),
        );
    }
  }

  private async runHelper(d: EngineDriver, id: string): Promise<void> {
    await d.startContainer(id);
    const code = await withTimeout(
      d.waitContainer(id),
      this.opts.helperTimeoutMs,
      `helper did not finish within ${this.opts.helperTimeoutMs} ms`,
    );
    if (code !== 0) {
      const logs = await d.containerLogs(id, { tail: 20 }).catch(() => []);
      throw new Error(
        `tar exited with code ${code}: ${logs.map((l) => l.message).join(' / ') || 'no output'}`,
      );
    }
  }

  private async ensureHelperImage(d: EngineDriver, node: Node): Promise<void> {
    try {
      await d.inspectImage(this.opts.helperImage);
    } catch (err) {
      if (!(err instanceof EngineError && err.kind === 'NOT_FOUND')) throw fromEngineError(err, node.name);
      try {
        await d.pullImage(this.opts.helperImage);
      } catch (pullErr) {
        throw new AppError(
          'INTERNAL_SERVER_ERROR',
          `helper image ${this.opts.helperImage} is not on node ${node.name} and could not be pulled: ${(pullErr as Error).message}`,
          { field: 'node' },
        );
      }
    }
  }

  /** The events of one backup or restore on one node: each carries the node and `base`. */
  private progressEvents(node: Node, base: Record<string, unknown>) {
    return (
      kind: string,
      message: string,
      data: Record<string, unknown> = {},
      severity: 'INFO' | 'ERROR' = 'INFO',
    ) =>
      this.bus.publish({
        kind,
        severity,
        message,
        nodeId: node.id,
        clusterId: node.clusterId,
        data: { node: node.name, ...base, ...data },
      });
  }
}

interface BackupNote {
  sha256: string;
  node?: string;
  volume?: string;
}

function readBackupNote(file: string): BackupNote | null {
  try {
    const n = JSON.parse(fs.readFileSync(`${file}.json`, 'utf8')) as BackupNote;
    return typeof n.sha256 === 'string' ? n : null;
  } catch {
    return null;
  }
}

function writeBackupNote(file: string, note: BackupNote): BackupNote {
  fs.writeFileSync(`${file}.json`, JSON.stringify(note));
  return note;
}

function hashFile(file: string): string {
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(1 << 20);
    for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}
