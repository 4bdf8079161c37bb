import type { ScorePlugin } from '../types.js';
import { clamp, type ScorerOptions } from './util.js';

/**
 * Reservations say what tasks asked for; live stats say what nodes are really doing. Prefer nodes
 * with lower measured CPU and memory use (mean of what is known). Nodes without stats score a
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
      const used = cpu !== undefined && memory !== undefined ? (cpu + memory) / 2 : (cpu ?? memory ?? 50);
      return 100 - clamp(used, 0, 100);
    },
  };
}
