import type { Node } from '../node.js';
import type { Rollout, Service, ServiceSpec } from '../service.js';
import { isTerminal, transition, type Task, type TaskState } from '../task.js';
import type { ObservedContainer } from './observed.js';

/** Everything one pass for one service looks at: plain data, nothing is fetched. */
export interface ReconcileInput {
  service: Service;
  tasks: Task[];
  /** Containers of this service, by task id. */
  observed: Map<string, ObservedContainer>;
  /** Nodes whose containers were listed this pass: absence of a container means something only there. */
  observedNodes: Set<string>;
  nodes: Map<string, Node>;
  /** Revision number -> container fingerprint, for telling outdated tasks apart. */
  fingerprints: Map<number, string>;
  /** GLOBAL mode: node ids a task should run on (ready, active, passing constraints). */
  eligibleNodes: string[];
  /** Tasks whose engine work (run/stop) is in flight: not touched this pass. */
  busy: Set<string>;
  now: Date;
  nodeDownGraceMs: number;
  newId: () => string;
}

export type EngineOp = { kind: 'run'; task: Task } | { kind: 'stop'; task: Task; reason: string };

/** A rollback is a new revision, which only the service layer makes: the planner asks for one. */
export interface RolloutRequest {
  kind: 'rollback';
  reason: string;
}

export interface ReconcileOutput {
  /** Tasks created or changed (persist these). */
  tasks: Task[];
  ops: EngineOp[];
  rollout: Rollout | null;
  rolloutChanged: boolean;
  request: RolloutRequest | null;
  notes: PlanNote[];
}

/** Things worth an event: the control layer turns them into StevedoreEvents. */
export interface PlanNote {
  kind: string;
  severity: 'INFO' | 'WARNING' | 'ERROR';
  message: string;
  taskId?: string;
}

export function isReady(t: Task, spec: ServiceSpec): boolean {
  if (t.state !== 'RUNNING') return false;
  return spec.healthCheck ? t.health === 'HEALTHY' : true;
}

/**
 * The working set of one pass: the service's tasks as the planners have left them so far, and
 * what the pass has decided (changed tasks, engine work, notes). Each planner reads what the
 * ones before it decided; nothing leaves the pass until the orchestrator returns it.
 */
export class Pass {
  readonly service: Service;
  readonly spec: ServiceSpec;
  readonly now: Date;
  readonly changed = new Map<string, Task>();
  readonly ops: EngineOp[] = [];
  readonly notes: PlanNote[] = [];
  private readonly tasks: Map<string, Task>;

  constructor(readonly input: ReconcileInput) {
    this.service = input.service;
    this.spec = input.service.spec;
    this.now = input.now;
    this.tasks = new Map(input.tasks.map((t) => [t.id, t]));
  }

  /** Every task of the service, finished ones included, in a stable order. */
  all(): Task[] {
    return [...this.tasks.values()];
  }

  /** Tasks meant to run that have not finished. */
  active(): Task[] {
    return this.all().filter((t) => t.desiredState === 'RUNNING' && !isTerminal(t.state));
  }

  put(t: Task): Task {
    this.tasks.set(t.id, t);
    this.changed.set(t.id, t);
    return t;
  }

  /** A task state change (domain/task.ts rules), with a note for the event log. */
  move(t: Task, to: TaskState, reason: string): Task {
    const next = transition(t, to, reason, this.now);
    if (next !== t) {
      this.put(next);
      this.notes.push({
        kind: 'task.state',
        severity: to === 'FAILED' || to === 'REJECTED' ? 'WARNING' : to === 'ORPHANED' ? 'ERROR' : 'INFO',
        message: `task ${this.service.name}.${keyLabel(t)} ${t.state} → ${to}: ${reason}`,
        taskId: t.id,
      });
    }
    return next;
  }

  /** Desired SHUTDOWN: the observe step stops its container. */
  stop(t: Task, reason: string): Task {
    return this.put({ ...t, desiredState: 'SHUTDOWN', stateReason: reason, updatedAt: this.now });
  }

  /** What a task is one of: its slot (replicated) or its node (global). */
  key(t: Task): number | string {
    return this.spec.mode === 'GLOBAL' ? (t.nodeId ?? `?${t.id}`) : t.slot;
  }

  /** Every task each slot (global: node) has had, finished ones included. */
  byKey(): Map<number | string, Task[]> {
    const byKey = new Map<number | string, Task[]>();
    for (const t of this.tasks.values()) {
      const k = this.key(t);
      byKey.set(k, [...(byKey.get(k) ?? []), t]);
    }
    return byKey;
  }

  /** A new PENDING task at the current revision; global tasks are bound to their node from birth. */
  newTask(slot: number, nodeId: string | null, reason: string): Task {
    const now = this.now;
    const base: Task = {
      id: this.input.newId(),
      serviceId: this.service.id,
      slot,
      revision: this.service.currentRevision,
      desiredState: 'RUNNING',
      state: 'NEW',
      stateReason: reason,
      history: [{ state: 'NEW', at: now, reason }],
      nodeId: null,
      containerId: null,
      health: 'NONE',
      exitCode: null,
      failures: 0,
      notBefore: null,
      readyAt: null,
      createdAt: now,
      updatedAt: now,
    };
    const pending = transition(base, 'PENDING', reason, now);
    // The scheduler only checks that a global task still fits its node.
    return nodeId ? { ...pending, nodeId } : pending;
  }

  output(rollout: Pick<ReconcileOutput, 'rollout' | 'rolloutChanged' | 'request'>): ReconcileOutput {
    const seen = new Set<string>();
    const ops = this.ops.filter((o) => {
      const k = `${o.kind}:${o.task.id}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    return { tasks: [...this.changed.values()], ops, ...rollout, notes: this.notes };
  }
}

export function newest(list: Task[]): Task | undefined {
  return [...list].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : 1))[0];
}

/** How events name a task: its slot, or the start of its node id. */
export function keyLabel(t: Task): string {
  return t.slot > 0 ? String(t.slot) : (t.nodeId ?? '').slice(0, 8);
}
