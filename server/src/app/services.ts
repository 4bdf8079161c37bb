import { randomUUID } from 'node:crypto';
import type { EventBus } from './event-bus.js';
import type { ReconcileSignals, RollbackRequests } from './ports.js';
import { containerFingerprint } from '../domain/orchestrator/fingerprint.js';
import { serviceCounts, serviceStatus, type ServiceCounts } from '../domain/orchestrator/status.js';
import { applyEvent, isLive, withProgressive } from '../domain/orchestrator/progressive.js';
import { pauseRollout, resumeRollout, startRollout } from '../domain/orchestrator/update.js';
import type { Revision, Rollout, Service, ServiceSpec, ServiceStatus } from '../domain/service.js';
import { diffSpecs } from '../domain/spec-diff.js';
import type { Task } from '../domain/task.js';
import { checkReplicas, type FieldError } from '@stevedore/spec-rules';
import { namedVolumes, volumePins, type VolumePin } from '../domain/volume.js';
import { DEFAULT_CLUSTER_ID } from '../store/cluster.repo.js';
import type { Store } from '../store/store.js';
import { VolumeRepository } from '../store/volume.repo.js';
import type { Admission } from './admission.js';
import { AppError, conflict, notFound } from './errors.js';
import { applyPatch, specToInput, type ServicePatch, type ServiceSpecInput } from './service-spec.js';

export interface ServiceView {
  service: Service;
  tasks: Task[];
  counts: ServiceCounts;
  status: ServiceStatus;
}

/**
 * Desired state for services: every change is a numbered revision with who, when and the diff;
 * a change of what containers run starts a rollout the reconciler carries out. This class only
 * writes the store and wakes the loop; it never talks to an engine.
 */
export class ServiceService implements RollbackRequests {
  constructor(
    private readonly store: Store,
    private readonly bus: EventBus,
    private readonly loop: ReconcileSignals,
    private readonly admission: Pick<Admission, 'service' | 'restored'>,
  ) {
    this.volumes = new VolumeRepository(store.db);
  }

  private readonly volumes: VolumeRepository;

  list(clusterId?: string): Service[] {
    return this.store.services.list(clusterId);
  }

  get(ref: string): Service | undefined {
    return this.store.services.get(ref) ?? this.store.services.findByName(ref);
  }

  /** By ids, in one store query (ids only, not names; unknown ids are left out). */
  getMany(ids: readonly string[]): Service[] {
    return this.store.services.getMany(ids);
  }

  /** Tasks by ids, in one store query (unknown ids are left out). */
  tasksByIds(ids: readonly string[]): Task[] {
    return this.store.tasks.getMany(ids);
  }

  require(ref: string, field = 'id'): Service {
    const s = this.get(ref);
    if (!s) throw notFound('service', ref, field);
    return s;
  }

  view(s: Service): ServiceView {
    return this.viewWith(s, this.store.tasks.byService(s.id));
  }

  /** Views of many services, their tasks read once for all (a list, or a request's batch). */
  views(list: readonly Service[]): ServiceView[] {
    if (list.length < 2) return list.map((s) => this.view(s));
    const all = this.store.tasks.allByService();
    return list.map((s) => this.viewWith(s, all.get(s.id) ?? []));
  }

  private viewWith(s: Service, tasks: Task[]): ServiceView {
    const desired = s.spec.mode === 'GLOBAL' ? this.loop.eligibleCount(s) : s.spec.replicas;
    const counts = serviceCounts(s, tasks, desired);
    return { service: s, tasks, counts, status: serviceStatus(s, counts, tasks) };
  }

  revision(serviceId: string, revision: number): Revision | undefined {
    return this.store.services.revision(serviceId, revision);
  }

  /** Tasks of a service, of a node, of both, or every active task when neither is given. */
  tasks(filter: { serviceId?: string; nodeId?: string }): Task[] {
    const { serviceId, nodeId } = filter;
    const list = serviceId
      ? this.store.tasks.byService(serviceId)
      : nodeId
        ? this.store.tasks.byNode(nodeId)
        : this.store.tasks.active();
    return serviceId && nodeId ? list.filter((t) => t.nodeId === nodeId) : list;
  }

  /**
   * Placement Stevedore added (app/volumes): a `node.id == X` constraint of the spec that keeps
   * it where a named volume of its lives. Not the operator's: kept through every later revision.
   */
  pins(s: Service): VolumePin[] {
    return volumePins(s.spec, s.clusterId, (v) => {
      const holder = this.volumes.holders(v).find((h) => this.store.nodes.get(h.nodeId));
      return holder && this.store.nodes.get(holder.nodeId);
    }).filter((p) => s.spec.placement.constraints.includes(p.constraint));
  }

  /** A new spec keeps the current pins of the volumes it still mounts, whatever its constraints say. */
  private keepPins(current: Service, spec: ServiceSpec): ServiceSpec {
    const mounted = namedVolumes(spec.mounts);
    const lost = this.pins(current).filter(
      (p) => mounted.includes(p.volume) && !spec.placement.constraints.includes(p.constraint),
    );
    if (!lost.length) return spec;
    const constraints = [...spec.placement.constraints, ...new Set(lost.map((p) => p.constraint))];
    return { ...spec, placement: { ...spec.placement, constraints } };
  }

  /**
   * Stevedore's own placement pins (app/volumes) added to the current spec: a revision by
   * "stevedore" that nothing from input went into, so it is not admitted again.
   */
  addPins(ref: string, constraints: readonly string[]): Service {
    const current = this.require(ref);
    const placement = current.spec.placement;
    const spec = {
      ...current.spec,
      placement: { ...placement, constraints: [...placement.constraints, ...constraints] },
    };
    return this.newRevision(current, spec, 'stevedore', 'updated', false);
  }

  revisions(ref: string): Revision[] {
    return this.store.services.revisions(this.require(ref).id);
  }

  async create(
    input: ServiceSpecInput,
    actor = 'anonymous',
    clusterRef = DEFAULT_CLUSTER_ID,
  ): Promise<Service> {
    // By id or name: a cluster made by createCluster has a generated id.
    const clusterId = this.store.clusters.get(clusterRef)?.id;
    if (!clusterId) throw notFound('cluster', clusterRef, 'clusterId');
    const spec = await this.admission.service({ input, clusterId, before: null });
    if (this.store.services.findByName(spec.name))
      throw conflict(`a service named "${spec.name}" already exists`, 'name');
    const now = new Date();
    const service: Service = {
      id: randomUUID(),
      clusterId,
      name: spec.name,
      currentRevision: 1,
      previousRevision: null,
      spec,
      rollout: null,
      createdAt: now,
      updatedAt: now,
    };
    this.store.tx(() => {
      this.store.services.insert(service);
      this.store.services.addRevision({
        serviceId: service.id,
        number: 1,
        spec,
        createdAt: now,
        createdBy: actor,
        reason: 'created',
        diff: [],
      });
    });
    this.bus.publish({
      kind: 'service.created',
      severity: 'INFO',
      message: `service ${spec.name} created: ${spec.image}, ${spec.mode === 'GLOBAL' ? 'global' : `${spec.replicas} replicas`}`,
      serviceId: service.id,
      clusterId,
    });
    this.loop.wake();
    return service;
  }

  /** The autoscale settings replaced (null: off), everything else of the spec kept, as an update. */
  setAutoscale(ref: string, autoscale: ServiceSpecInput['autoscale'], actor = 'anonymous'): Promise<Service> {
    const s = this.require(ref);
    return this.update(s.id, { ...specToInput(s.spec), autoscale }, actor);
  }

  async update(ref: string, input: ServiceSpecInput, actor = 'anonymous'): Promise<Service> {
    const current = this.require(ref);
    const spec = await this.admission.service({ input, clusterId: current.clusterId, before: current });
    if (spec.name !== current.name) {
      if (this.store.services.findByName(spec.name))
        throw conflict(`a service named "${spec.name}" already exists`, 'name');
    }
    return this.newRevision(current, spec, actor, 'updated', false);
  }

  /** The whole spec a patch would make of the service's current one (what admission checks). */
  patched(ref: string, patch: ServicePatch): { input: ServiceSpecInput; errors: FieldError[] } {
    return applyPatch(specToInput(this.require(ref).spec), patch);
  }

  /** Only the fields given change; a new revision only when something did. */
  async patch(ref: string, patch: ServicePatch, actor = 'anonymous'): Promise<Service> {
    const current = this.require(ref);
    const what = Object.keys(patch)
      .filter((k) => patch[k as keyof ServicePatch] != null)
      .sort();
    const replicasOnly = what.length === 1 && what[0] === 'replicas';
    if (replicasOnly) this.checkScale(current, patch.replicas!);
    const { input, errors } = this.patched(current.id, patch);
    const spec = await this.admission.service({
      input,
      inputErrors: errors,
      clusterId: current.clusterId,
      before: current,
    });
    // Replicas alone is a scale: the same revision reason and service.scaled event.
    if (replicasOnly) return this.scale(current.id, patch.replicas!, actor);
    return this.newRevision(current, spec, actor, `patched ${what.join(', ')}`, false);
  }

  scale(ref: string, replicas: number, actor = 'anonymous'): Service {
    const current = this.require(ref);
    this.checkScale(current, replicas);
    if (current.spec.replicas === replicas) return current;
    const s = this.newRevision(
      current,
      { ...current.spec, replicas },
      actor,
      `scaled ${current.spec.replicas} → ${replicas}`,
      false,
    );
    this.bus.publish({
      kind: 'service.scaled',
      severity: 'INFO',
      message: `service ${s.name} scaled ${current.spec.replicas} → ${replicas}`,
      serviceId: s.id,
      clusterId: s.clusterId,
      data: { from: current.spec.replicas, to: replicas },
    });
    return s;
  }

  /** A replica count the service can take: whole, in range, and not for a GLOBAL service. */
  private checkScale(current: Service, replicas: number): void {
    const [invalid] = checkReplicas(replicas);
    if (invalid) throw new AppError('BAD_USER_INPUT', `replicas: ${invalid.reason}`, { field: 'replicas' });
    if (current.spec.mode === 'GLOBAL')
      throw new AppError(
        'BAD_USER_INPUT',
        'replicas: a GLOBAL service runs one task per eligible node and cannot be scaled',
        {
          field: 'replicas',
        },
      );
  }

  /** A rollout failed with failure action ROLLBACK: back to the previous revision, by Stevedore. */
  automaticRollback(serviceId: string, reason: string): void {
    const current = this.require(serviceId);
    const { spec } = this.restored(current, null);
    this.newRevision(current, spec, 'stevedore', `automatic rollback: ${reason}`, true);
  }

  /**
   * Back to `toRevision` (default: the previous revision), as a new revision with that spec,
   * once the environment's policy and quota admit it as it is now.
   */
  async rollback(
    ref: string,
    toRevision?: number | null,
    actor = 'anonymous',
    reason?: string,
  ): Promise<Service> {
    const current = this.require(ref);
    const { target, spec } = this.restored(current, toRevision);
    await this.admission.restored({ spec, clusterId: current.clusterId, before: current });
    return this.newRevision(current, spec, actor, reason ?? `rollback to revision ${target}`, true);
  }

  /** The spec a rollback to `toRevision` restores (default: the previous revision). */
  private restored(current: Service, toRevision?: number | null): { target: number; spec: ServiceSpec } {
    const target = toRevision ?? current.previousRevision;
    if (target == null)
      throw new AppError('CONFLICT', `service ${current.name} has no previous revision to roll back to`, {
        field: 'toRevision',
      });
    const rev = this.store.services.revision(current.id, target);
    if (!rev) throw notFound('revision', String(target), 'toRevision');
    if (target === current.currentRevision)
      throw new AppError('BAD_USER_INPUT', `toRevision: revision ${target} is already the current one`, {
        field: 'toRevision',
      });
    // Scale is not part of what a rollback restores (as Kubernetes): the replica count stays.
    return { target, spec: { ...rev.spec, replicas: current.spec.replicas, mode: current.spec.mode } };
  }

  pauseRollout(ref: string): Service {
    const s = this.require(ref);
    const paused = pauseRollout(s.rollout, new Date());
    if (!paused)
      throw new AppError('CONFLICT', `service ${s.name} has no rollout in progress`, { field: 'id' });
    return this.setRollout(s, paused, 'rollout.paused', `rollout of ${s.name} paused by operator`);
  }

  resumeRollout(ref: string): Service {
    const s = this.require(ref);
    // Failures counted so far are forgiven: the operator has looked and said go.
    const resumed = resumeRollout(s.rollout, new Date());
    if (!resumed) throw new AppError('CONFLICT', `service ${s.name} has no paused rollout`, { field: 'id' });
    return this.setRollout(s, resumed, 'rollout.resumed', `rollout of ${s.name} resumed`);
  }

  /**
   * Canary: on to 100 % now (the held rolling update replaces the old tasks). Blue-green after the
   * switch: the old revision goes now instead of after its keep time.
   */
  promoteRollout(ref: string, actor = 'anonymous'): Service {
    const s = this.require(ref);
    const moved = s.rollout && applyEvent(s.rollout, s.spec, 'promote', `promoted by ${actor}`, new Date());
    if (!moved)
      throw new AppError(
        'CONFLICT',
        `service ${s.name} has no canary or blue-green rollout to promote (${this.progressWords(s)})`,
        { field: 'id' },
      );
    return this.setRollout(
      s,
      moved.rollout,
      'rollout.promoted',
      `${s.name}: ${moved.rollout.progressive!.decision}`,
    );
  }

  /**
   * Back to the stable revision: a canary's or the new blue-green's traffic goes to 0 at once and
   * its tasks are stopped. Abort belongs to progressive rollouts (issue #19): a plain rolling
   * update is refused with CONFLICT, pointing to rollbackService (or pauseRollout to hold it).
   */
  async abortRollout(ref: string, actor = 'anonymous'): Promise<Service> {
    const s = this.require(ref);
    const r = s.rollout;
    const inProgress = r && !r.isRollback && (r.state === 'UPDATING' || r.state === 'PAUSED');
    if (!inProgress)
      throw new AppError('CONFLICT', `service ${s.name} has no rollout in progress to abort`, {
        field: 'id',
      });
    if (!r.progressive)
      throw new AppError(
        'CONFLICT',
        `service ${s.name}'s rollout to revision ${r.toRevision} is a plain rolling update: abortRollout stops a canary or blue-green rollout; use rollbackService to go back to revision ${r.fromRevision}, or pauseRollout to hold it`,
        { field: 'id' },
      );
    return this.rollback(s.id, r.fromRevision, actor, `rollout aborted by ${actor}`);
  }

  private progressWords(s: Service): string {
    const p = s.rollout?.progressive;
    if (!p) return 'its rollout is a plain rolling update';
    return `its ${p.kind === 'CANARY' ? 'canary' : 'blue-green'} is ${p.phase}${isLive(p) ? '' : ' already'}`;
  }

  remove(ref: string, actor = 'anonymous'): Service {
    const s = this.require(ref);
    // Tasks go with the service; their containers become orphans the reconciler stops and removes.
    this.store.tx(() => {
      this.store.tasks.deleteByService(s.id);
      this.store.services.delete(s.id);
    });
    this.bus.publish({
      kind: 'service.removed',
      severity: 'INFO',
      message: `service ${s.name} removed by ${actor}`,
      serviceId: s.id,
      clusterId: s.clusterId,
    });
    this.loop.wake();
    return s;
  }

  private setRollout(s: Service, rollout: Rollout, kind: string, message: string): Service {
    const next = { ...s, rollout, updatedAt: new Date() };
    this.store.services.update(next);
    this.bus.publish({ kind, severity: 'INFO', message, serviceId: s.id, clusterId: s.clusterId });
    this.loop.wake();
    return next;
  }

  private newRevision(
    current: Service,
    wanted: ServiceSpec,
    actor: string,
    reason: string,
    isRollback: boolean,
  ): Service {
    const spec = this.keepPins(current, wanted);
    const diff = diffSpecs(current.spec, spec);
    if (diff.length === 0) return current;
    const now = new Date();
    const number = current.currentRevision + 1;
    const containersChange = containerFingerprint(current.spec) !== containerFingerprint(spec);
    const rollout = containersChange
      ? withProgressive(startRollout(current, number, reason, isRollback, now), current, spec, reason, now)
      : current.rollout;
    const next: Service = {
      ...current,
      name: spec.name,
      spec,
      currentRevision: number,
      previousRevision: current.currentRevision,
      rollout,
      updatedAt: now,
    };
    this.store.tx(() => {
      this.store.services.update(next);
      this.store.services.addRevision({
        serviceId: current.id,
        number,
        spec,
        createdAt: now,
        createdBy: actor,
        reason,
        diff,
      });
    });
    if (containersChange)
      this.bus.publish({
        kind: isRollback ? 'rollout.rollback_started' : 'rollout.started',
        severity: isRollback ? 'WARNING' : 'INFO',
        message: `${current.name}: ${reason} (revision ${current.currentRevision} → ${number})`,
        serviceId: current.id,
        clusterId: current.clusterId,
        data: { from: current.currentRevision, to: number, changes: diff.map((d) => d.path) },
      });
    else
      this.bus.publish({
        kind: 'service.updated',
        severity: 'INFO',
        message: `${current.name}: revision ${number}: ${reason}`,
        serviceId: current.id,
        clusterId: current.clusterId,
        data: { changes: diff.map((d) => d.path) },
      });
    this.loop.wake();
    return next;
  }
}
