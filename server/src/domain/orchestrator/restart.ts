import type { RestartPolicy } from '../service.js';
import type { Task } from '../task.js';

/**
 * Whether a finished slot gets a new task, and when. Exponential backoff (delay × 2^(n-1), capped)
 * keeps a crash-looping container from hammering its engine; maxAttempts counts failures within
 * the window, as swarm's restart supervisor does.
 */
export function restartDecision(
  policy: RestartPolicy,
  last: Task,
  recentFailures: number,
  now: Date,
): { restart: false; reason: string } | { restart: true; notBefore: Date; failures: number } {
  const failed = last.state === 'FAILED' || last.state === 'REJECTED';
  const orphaned = last.state === 'ORPHANED';
  // Work lost with its node, or stopped by the orchestrator itself, is always replaced.
  if (!orphaned && last.desiredState === 'RUNNING') {
    if (policy.condition === 'NONE') return { restart: false, reason: 'restart policy NONE' };
    if (policy.condition === 'ON_FAILURE' && !failed)
      return { restart: false, reason: 'completed successfully (restart policy ON_FAILURE)' };
  }
  const failures = failed ? last.failures + 1 : 0;
  if (policy.maxAttempts > 0 && failed && recentFailures >= policy.maxAttempts)
    return { restart: false, reason: `gave up after ${recentFailures} failed attempts` };
  const delay = failed ? backoffMs(policy, failures) : 0;
  return { restart: true, notBefore: new Date(now.getTime() + delay), failures };
}

export function backoffMs(policy: RestartPolicy, failures: number): number {
  if (failures <= 0) return 0;
  const d = policy.delayMs * 2 ** Math.min(failures - 1, 20);
  return Math.min(d, Math.max(policy.maxDelayMs, policy.delayMs));
}
