import type { NodeInfo, ScorePlugin } from '../types.js';
import { clamp, type ScorerOptions } from './util.js';

/**
 * Load is scored in steps of this many percent (a quarter of the node). Measured use jitters
 * between samples, and a node always runs something; scored finely, a few percent would decide
 * every tie between equal nodes, always for the node that happened to read lowest (on three
 * equal nodes 30 services × 5 replicas then landed 60 / 60 / 30 instead of 50 each). Only a
 * real difference, like one of two CPUs kept busy, moves the score.
 */
export const LOAD_STEP_PERCENT = 25;

/**
 * Reservations say what tasks asked for; live stats say what nodes are really doing. Prefer nodes
 * with lower measured use of the busier of CPU and memory (a node with its CPU saturated is busy
 * however much memory is free), in LOAD_STEP_PERCENT steps. Nodes without fresh stats score a
 * neutral 50, so a cluster without metrics is unaffected.
 */
export function loadScorer(options: ScorerOptions = {}): ScorePlugin {
  return {
    name: 'load',
    weight: options.weight ?? 1,
    enabled: () => true,
    score(_task, info) {
      const cpu = info.cpuLoadPercent;
      const memory = info.memoryLoadPercent;
      if (cpu === undefined && memory === undefined) return 50;
      const used = Math.max(cpu ?? 0, memory ?? 0);
      const stepped = Math.round(clamp(used, 0, 100) / LOAD_STEP_PERCENT) * LOAD_STEP_PERCENT;
      return 100 - stepped;
    },
    describe(_task, info) {
      const parts: string[] = [];
      if (info.cpuLoadPercent !== undefined) parts.push(`cpu load ${Math.round(info.cpuLoadPercent)}%`);
      if (info.memoryLoadPercent !== undefined)
        parts.push(`memory load ${Math.round(info.memoryLoadPercent)}%`);
      return parts.length ? parts.join(', ') : undefined;
    },
  };
}

/** A node's measured load as the heartbeat last sampled it. */
export interface LoadSample {
  /** Containers' CPU use as a percent of the node's CPUs (100 = all of them busy). */
  cpuPercent: number;
  /** Containers' memory use (without file cache) as a percent of the node's memory. */
  memoryPercent: number;
  measuredAt: Date;
}

/**
 * The load fields of a NodeInfo from a sample, when it is at most `maxAgeMs` old. A stale sample
 * (engine unreachable, sampling stopped) is unknown load, which scores neutral, rather than an
 * old figure steering placement.
 */
export function liveLoad(
  sample: LoadSample | null | undefined,
  now: Date,
  maxAgeMs: number,
): Pick<NodeInfo, 'cpuLoadPercent' | 'memoryLoadPercent'> {
  if (!sample) return {};
  const age = now.getTime() - sample.measuredAt.getTime();
  if (age > maxAgeMs || age < -maxAgeMs) return {};
  return { cpuLoadPercent: sample.cpuPercent, memoryLoadPercent: sample.memoryPercent };
}
