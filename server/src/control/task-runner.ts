import pLimit, { type LimitFunction } from 'p-limit';
import type { Logger } from '../logger.js';
import type { Node } from '../domain/node.js';
import type { Service, ServiceSpec } from '../domain/service.js';
import { isTerminal, transition, type Task } from '../domain/task.js';
import type { EngineDriver } from '../engine/engine.js';
import { EngineError } from '../engine/errors.js';
import type { ContainerCreateSpec } from '../engine/types.js';
import type { Store } from '../store/store.js';
import type { EventBus } from '../app/event-bus.js';
import { LABEL, TASK_KIND } from '../app/labels.js';
import type { TaskHooks } from '../app/ports.js';

/**
 * The engine side of orchestration: turns a task into a running container and back. Each call
 * re-reads the task, so a stale plan cannot undo newer decisions; every step is idempotent
 * (a container already created under the task's name is adopted, "already stopped" is success).
 */
export class TaskRunner {
  private readonly busy = new Set<string>();
  private readonly perNode = new Map<string, LimitFunction>();

  constructor(
    private readonly store: Store,
    private readonly driverFor: (node: Node) => EngineDriver,
    private readonly bus: EventBus,
    private readonly log: Logger,
    private readonly onDone: () => void,
    private readonly concurrencyPerNode = 8,
    private readonly hooks: TaskHooks = {},
  ) {}

  busyTasks(): Set<string> {
    return this.busy;
  }

  get inFlight(): number {
    return this.busy.size;
  }

  run(task: Task): void {
    this.dispatch(task, () => this.doRun(task.id));
  }

  stop(task: Task, reason: string): void {
    this.dispatch(task, () => this.doStop(task.id, reason));
  }

  private dispatch(task: Task, fn: () => Promise<void>): void {
    if (this.busy.has(task.id) || !task.nodeId) return;
    this.busy.add(task.id);
    let limit = this.perNode.get(task.nodeId);
    if (!limit) this.perNode.set(task.nodeId, (limit = pLimit(this.concurrencyPerNode)));
    void limit(fn)
      .catch((err) => this.log.error({ err, task: task.id }, 'task runner failed'))
      .finally(() => {
        this.busy.delete(task.id);
        this.onDone();
      });
  }

  private async doRun(taskId: string): Promise<void> {
    const task = this.store.tasks.get(taskId);
    if (!task || task.desiredState !== 'RUNNING' || task.state !== 'ASSIGNED' || !task.nodeId) return;
    const node = this.store.nodes.get(task.nodeId);
    const service = this.store.services.get(task.serviceId);
    if (!node || !service) return;
    const spec = this.store.services.revision(service.id, task.revision)?.spec ?? service.spec;
    const driver = this.driverFor(node);
    const base = containerSpecFor(service, spec, task, node, this.store.installationId);
    let containerId = task.containerId;
    try {
      if (!containerId) {
        await this.hooks.beforeCreate?.(node, service, spec, task);
        const create = this.hooks.decorateCreate ? this.hooks.decorateCreate(base, service, spec) : base;
        containerId = await this.createAdopting(driver, create, spec.image);
        this.save({ ...task, containerId, updatedAt: new Date() });
      }
      // Every time before start (idempotent): a crash between create and start loses nothing.
      const started = await this.hooks.afterCreate?.(node, service, spec, containerId, task);
      try {
        await driver.startContainer(containerId);
      } catch (err) {
        await started?.(false).catch(() => {});
        throw err;
      }
      await started?.(true);
      const fresh = this.store.tasks.get(taskId);
      if (fresh && fresh.state === 'ASSIGNED')
        this.save(transition(fresh, 'STARTING', `container ${containerId.slice(0, 12)} started`, new Date()));
    } catch (err) {
      const e = err as Error;
      if (err instanceof EngineError && err.kind === 'UNAVAILABLE') {
        this.log.warn(
          { task: taskId, node: node.name, err: e.message },
          'engine unavailable while starting task',
        );
        return; // the node's fate (DOWN → ORPHANED) decides what happens next
      }
      if (containerId) await driver.removeContainer(containerId, { force: true }).catch(() => {});
      await this.hooks.afterRemove?.(node, taskId, spec).catch(() => {});
      const fresh = this.store.tasks.get(taskId);
      if (fresh && !isTerminal(fresh.state)) {
        this.save({ ...transition(fresh, 'REJECTED', e.message, new Date()), containerId: null });
        this.bus.publish({
          kind: 'task.rejected',
          severity: 'WARNING',
          message: `task ${service.name}.${task.slot} rejected on ${node.name}: ${e.message}`,
          serviceId: service.id,
          taskId,
          nodeId: node.id,
          clusterId: service.clusterId,
        });
      }
    }
  }

  /** Creates the container, pulling a missing image once; a name clash means a crash left it: adopt. */
  private async createAdopting(
    driver: EngineDriver,
    spec: ContainerCreateSpec,
    image: string,
  ): Promise<string> {
    try {
      return await driver.createContainer(spec);
    } catch (err) {
      if (err instanceof EngineError && err.kind === 'CONFLICT' && spec.name) {
        const existing = await driver.listContainers({ all: true, name: `^/${spec.name}$` });
        const mine = existing.find((c) => c.labels[LABEL.task] === spec.labels[LABEL.task]);
        if (mine) return mine.id;
      }
      if (err instanceof EngineError && err.kind === 'NOT_FOUND' && /image/i.test(err.message)) {
        try {
          await driver.pullImage(image);
        } catch (pullErr) {
          throw new Error(
            `image ${image} is not on the node and could not be pulled: ${(pullErr as Error).message}`,
          );
        }
        return driver.createContainer(spec);
      }
      throw err;
    }
  }

  private async doStop(taskId: string, reason: string): Promise<void> {
    const task = this.store.tasks.get(taskId);
    if (!task?.nodeId || !task.containerId) {
      if (task && !isTerminal(task.state) && task.desiredState === 'SHUTDOWN')
        this.save(transition(task, 'SHUTDOWN', reason, new Date()));
      return;
    }
    const node = this.store.nodes.get(task.nodeId);
    if (!node) return;
    const service = this.store.services.get(task.serviceId);
    const driver = this.driverFor(node);
    try {
      if (!isTerminal(task.state)) await this.hooks.beforeStop?.(task).catch(() => {});
      if (!isTerminal(task.state))
        await driver.stopContainer(task.containerId, service?.spec.stopTimeoutSec ?? 10);
      await driver.removeContainer(task.containerId, { force: true });
    } catch (err) {
      if (!(err instanceof EngineError && err.kind === 'NOT_FOUND')) {
        this.log.warn({ task: taskId, err: (err as Error).message }, 'stopping task container failed');
        return;
      }
    }
    await this.hooks.afterRemove?.(node, taskId, this.specOf(taskId)).catch(() => {});
    const fresh = this.store.tasks.get(taskId);
    if (fresh && !isTerminal(fresh.state) && fresh.desiredState === 'SHUTDOWN')
      this.save(transition(fresh, 'SHUTDOWN', reason || 'stopped', new Date()));
  }

  /** Removes a container no task owns (an orphan), then what belonged to its task. */
  removeOrphan(node: Node, containerId: string, taskId: string | null = null): void {
    const key = `orphan:${containerId}`;
    if (this.busy.has(key)) return;
    this.busy.add(key);
    const driver = this.driverFor(node);
    void driver
      .removeContainer(containerId, { force: true })
      .then(() =>
        this.log.info({ node: node.name, container: containerId.slice(0, 12) }, 'removed orphan container'),
      )
      .then(() => (taskId ? this.hooks.afterRemove?.(node, taskId, this.specOf(taskId)) : undefined))
      .catch(() => {})
      .finally(() => this.busy.delete(key));
  }

  private specOf(taskId: string): ServiceSpec | undefined {
    const t = this.store.tasks.get(taskId);
    return t && this.store.services.revision(t.serviceId, t.revision)?.spec;
  }

  /** Runs the sweep hook on a node, one at a time per node. */
  sweep(node: Node, taskLive: (taskId: string) => boolean): void {
    const key = `sweep:${node.id}`;
    if (!this.hooks.sweep || this.busy.has(key)) return;
    this.busy.add(key);
    void this.hooks
      .sweep(node, taskLive, (id) => this.busy.has(id))
      .catch((err: unknown) =>
        this.log.debug({ node: node.name, err: (err as Error).message }, 'sweep failed'),
      )
      .finally(() => this.busy.delete(key));
  }

  private save(t: Task): void {
    this.store.tasks.save(t);
  }
}

export function containerName(service: Service, task: Task, node: Node): string {
  const where = task.slot > 0 ? String(task.slot) : node.name;
  return `${service.name}.${where}.${task.id.slice(0, 8)}`;
}

export function containerSpecFor(
  service: Service,
  spec: ServiceSpec,
  task: Task,
  node: Node,
  installationId: string,
): ContainerCreateSpec {
  return {
    name: containerName(service, task, node),
    image: spec.image,
    command: spec.command ?? undefined,
    // Docker resets the image's ENTRYPOINT only for [""]; an empty list would keep it.
    entrypoint: spec.entrypoint ? (spec.entrypoint.length ? spec.entrypoint : ['']) : undefined,
    env: spec.env,
    labels: {
      ...spec.labels,
      [LABEL.managed]: 'true',
      [LABEL.installation]: installationId,
      [LABEL.kind]: TASK_KIND,
      [LABEL.service]: service.id,
      [LABEL.serviceName]: service.name,
      [LABEL.task]: task.id,
      [LABEL.slot]: String(task.slot),
      [LABEL.revision]: String(task.revision),
      [LABEL.node]: node.id,
    },
    ports: spec.ports.map((p) => ({
      containerPort: p.containerPort,
      hostPort: p.hostPort,
      protocol: p.protocol,
      // Unset host IP publishes on the node's publish address (127.0.0.1 for the local engine).
      hostIp: p.hostIp || node.publishAddress,
    })),
    mounts: spec.mounts,
    resources: {
      nanoCpus: spec.limits.nanoCpus,
      memoryBytes: spec.limits.memoryBytes,
      memoryReservationBytes: spec.reservations.memoryBytes,
    },
    healthCheck: spec.healthCheck ?? undefined,
    // Restarts are the orchestrator's (with backoff and rescheduling), never the engine's.
    restartPolicy: { name: 'no', maximumRetryCount: 0 },
    networks: spec.networks.map((n) => ({
      name: n,
      aliases: [service.name, ...(spec.aliases?.find((a) => a.network === n)?.aliases ?? [])],
    })),
    hostname: undefined,
    stopTimeoutSec: spec.stopTimeoutSec,
    // Host privileges reach here only past the policy guard (the environment allowed them).
    ...(spec.security
      ? {
          privileged: spec.security.privileged || undefined,
          capAdd: spec.security.capAdd.length ? spec.security.capAdd : undefined,
          networkMode: spec.security.hostNetwork ? ('host' as const) : undefined,
          pidMode: spec.security.hostPid ? ('host' as const) : undefined,
        }
      : {}),
  };
}
