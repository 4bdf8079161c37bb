import type { ScorePlugin } from '../types.js';
import { cpuFractionAfter, memoryFractionAfter, type ScorerOptions } from './util.js';

/**
 * Kubernetes' NodeResourcesFit LeastAllocated: prefer the node with the most unreserved CPU and
 * memory (after adding the task), averaging the two free fractions. Spreads load and keeps
 * headroom for bursts; it also spreads zero-reservation tasks less than service spread does, which
 * is why both exist.
 */
export function leastAllocatedScorer(options: ScorerOptions = {}): ScorePlugin {
  return {
    name: 'least-allocated',
    weight: options.weight ?? 1,
    enabled: () => true,
    score(task, info) {
      return ((2 - cpuFractionAfter(task, info) - memoryFractionAfter(task, info)) / 2) * 100;
    },
  };
}
