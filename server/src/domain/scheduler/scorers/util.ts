import type { NodeInfo, TaskRequest } from '../types.js';

export interface ScorerOptions {
  /** Relative weight in the pipeline's weighted mean; 0 disables the scorer. */
  weight?: number;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

/** Share of CPU in use if the task lands on the node, 0..1 (unknown capacity counts as full). */
export function cpuFractionAfter(task: TaskRequest, info: NodeInfo): number {
  const cap = info.node.capacity.nanoCpus;
  return cap > 0 ? clamp((info.reserved.nanoCpus + task.reservations.nanoCpus) / cap, 0, 1) : 1;
}

/** Share of memory in use if the task lands on the node, 0..1 (unknown capacity counts as full). */
export function memoryFractionAfter(task: TaskRequest, info: NodeInfo): number {
  const cap = info.node.capacity.memoryBytes;
  return cap > 0 ? clamp((info.reserved.memoryBytes + task.reservations.memoryBytes) / cap, 0, 1) : 1;
}
