import type { Node } from '../domain/node.js';
import type { Service, ServiceSpec } from '../domain/service.js';
import type { Task } from '../domain/task.js';
import type { ContainerCreateSpec } from '../engine/types.js';

/*
 * The explicit ports between the use cases (app/) and the loops (control/). The loops implement
 * what the use cases ask of them, and call the use cases only through what is declared here.
 */

/** What the use cases ask of the reconcile loop (control/reconciler.ts answers). */
export interface ReconcileSignals {
  /** Desired state changed: a pass soon, not at the next resync. */
  wake(): void;
  /** Nodes a GLOBAL service may run on now: its desired replica count. */
  eligibleCount(service: Service): number;
}

/**
 * The use cases' line to the reconcile loop. The loop is built after the use cases (it calls
 * back into them: automatic rollbacks, task hooks), so they hold this line and the composition
 * root connects the loop to it. Until then a wake is a no-op (the loop's start is a pass anyway).
 */
export class ReconcileLine implements ReconcileSignals {
  private loop: ReconcileSignals | undefined;

  connect(loop: ReconcileSignals): void {
    this.loop = loop;
  }

  wake(): void {
    this.loop?.wake();
  }

  eligibleCount(service: Service): number {
    return this.loop?.eligibleCount(service) ?? 0;
  }
}

/** What the reconcile loop asks of the use cases when a rollout's failure action is ROLLBACK. */
export interface RollbackRequests {
  automaticRollback(serviceId: string, reason: string): void;
}

/**
 * Extension points the task runner calls around a task's container: networks and volumes are
 * prepared on the node before create; the ingress drains a replica before it is stopped
 * (app/task-hooks.ts provides them).
 */
export interface TaskHooks {
  beforeCreate?(node: Node, service: Service, spec: ServiceSpec, task: Task): Promise<void>;
  /** Last word on the container spec (secrets as variables, host privileges). */
  decorateCreate?(create: ContainerCreateSpec, service: Service, spec: ServiceSpec): ContainerCreateSpec;
  /**
   * After create (or adoption), before every start: secret files into the task's tmpfs volume.
   * May return what to call once the start was tried (whether it succeeded); it may throw.
   */
  afterCreate?(
    node: Node,
    service: Service,
    spec: ServiceSpec,
    containerId: string,
    task: Task,
  ): Promise<void | ((started: boolean) => Promise<void>)>;
  beforeStop?(task: Task): Promise<void>;
  /** After the task's container is gone (spec unknown when the service is): its secret volume. */
  afterRemove?(node: Node, taskId: string, spec: ServiceSpec | undefined): Promise<void>;
  /** Collects per-task objects left on a node by crashes (secret holders and volumes). */
  sweep?(
    node: Node,
    taskLive: (taskId: string) => boolean,
    taskBusy: (taskId: string) => boolean,
  ): Promise<void>;
}

/** What the use cases and the API ask of the heartbeat loop (control/heartbeat.ts answers). */
export interface NodeProbe {
  /** Checks the node now (status, runtime, load) instead of at the next beat: the node as stored after. */
  beat(node: Node): Promise<Node>;
}
