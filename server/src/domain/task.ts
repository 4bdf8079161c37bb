import type { Unplaced } from './scheduler/types.js';

/**
 * A task is one replica slot of a service at one revision: the unit the orchestrators create,
 * the scheduler places and the engine driver runs as one container. States follow swarmkit.
 */
export const TaskState = {
  NEW: 'NEW',
  PENDING: 'PENDING',
  ASSIGNED: 'ASSIGNED',
  STARTING: 'STARTING',
  RUNNING: 'RUNNING',
  COMPLETE: 'COMPLETE',
  FAILED: 'FAILED',
  SHUTDOWN: 'SHUTDOWN',
  REJECTED: 'REJECTED',
  ORPHANED: 'ORPHANED',
} as const;
export type TaskState = (typeof TaskState)[keyof typeof TaskState];

/** What the orchestrator wants of the task: keep it running, or stop it. */
export const DesiredTaskState = { RUNNING: 'RUNNING', SHUTDOWN: 'SHUTDOWN' } as const;
export type DesiredTaskState = (typeof DesiredTaskState)[keyof typeof DesiredTaskState];

export type TaskHealth = 'NONE' | 'STARTING' | 'HEALTHY' | 'UNHEALTHY';

export interface TaskTransition {
  state: TaskState;
  at: Date;
  reason: string;
}

export interface Task {
  id: string;
  serviceId: string;
  /** Replica slot (1..n) for replicated services; 0 for global ones, which key by node. */
  slot: number;
  revision: number;
  desiredState: DesiredTaskState;
  state: TaskState;
  stateReason: string;
  /**
   * Why the scheduler found no node for this PENDING task, as data; absent once it is placed (any
   * state change clears it). `stateReason` carries the same sentence for the task's history.
   */
  unplaced?: Unplaced;
  history: TaskTransition[];
  nodeId: string | null;
  containerId: string | null;
  health: TaskHealth;
  exitCode: number | null;
  /** Consecutive failures of this slot, for restart backoff. */
  failures: number;
  /** Don't start this task before this time (restart backoff). */
  notBefore: Date | null;
  /** When the task first became ready: running and healthy (or running, without a health check). */
  readyAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const TERMINAL_STATES: ReadonlySet<TaskState> = new Set([
  TaskState.COMPLETE,
  TaskState.FAILED,
  TaskState.SHUTDOWN,
  TaskState.REJECTED,
  TaskState.ORPHANED,
]);

export const isTerminal = (s: TaskState) => TERMINAL_STATES.has(s);

/** Allowed forward moves; anything may go to a terminal state (failure can strike anywhere). */
const NEXT: Record<TaskState, TaskState[]> = {
  NEW: ['PENDING'],
  PENDING: ['ASSIGNED'],
  ASSIGNED: ['STARTING', 'RUNNING'],
  STARTING: ['RUNNING'],
  RUNNING: [],
  COMPLETE: [],
  FAILED: [],
  SHUTDOWN: [],
  REJECTED: [],
  ORPHANED: [],
};

export function canTransition(from: TaskState, to: TaskState): boolean {
  if (isTerminal(from)) return false;
  if (isTerminal(to)) return true;
  return NEXT[from].includes(to);
}

/** Returns the task moved to `to` with the reason recorded, or throws on an illegal move. */
export function transition(task: Task, to: TaskState, reason: string, at: Date): Task {
  if (task.state === to) return task;
  if (!canTransition(task.state, to))
    throw new Error(`task ${task.id}: illegal transition ${task.state} → ${to}`);
  return {
    ...task,
    state: to,
    stateReason: reason,
    unplaced: undefined,
    history: [...task.history, { state: to, at, reason }].slice(-50),
    updatedAt: at,
  };
}
