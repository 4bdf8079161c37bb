import type { RestartPolicy } from '../service.js';
import { isTerminal, type Task } from '../task.js';
import { newest, type Pass } from './pass.js';

/**
 * The restart supervisor. A slot (global: a node) the orchestrator wants that has no task meant
 * to run gets one: a new replica when it never had a task, the replacement of a task the updater
 * is stopping, or a restart of its finished task when the restart policy allows, after the
 * backoff. `history` is every task the slot has had.
 */
export function superviseSlot(pass: Pass, slot: number, nodeId: string | null, history: Task[]): void {
  if (history.some((t) => t.desiredState === 'RUNNING' && !isTerminal(t.state))) return;
  const last = newest(history);
  if (!last) {
    pass.put(pass.newTask(slot, nodeId, 'new replica'));
    return;
  }
  if (!isTerminal(last.state)) {
    // Being stopped by the updater (STOP_FIRST): its replacement starts now.
    pass.put(pass.newTask(slot, nodeId, `replacement: ${last.stateReason}`));
    return;
  }
  const now = pass.now;
  const d = restartDecision(pass.spec.restartPolicy, last, last.failures + 1, now);
  if (!d.restart) {
    if (!last.stateReason.includes('not restarted'))
      pass.put({ ...last, stateReason: `${last.stateReason}; not restarted: ${d.reason}`, updatedAt: now });
    return;
  }
  const t = pass.newTask(slot, nodeId, restartReason(last));
  pass.put({
    ...t,
    failures: d.failures,
    notBefore: d.notBefore.getTime() > now.getTime() ? d.notBefore : null,
  });
}

function restartReason(last: Task): string {
  if (last.state === 'ORPHANED') return `rescheduled: ${last.stateReason}`;
  if (last.state === 'FAILED') return `restart after failure: ${last.stateReason}`;
  if (last.desiredState === 'SHUTDOWN') return 'replacement';
  return `restart: previous task ${last.state.toLowerCase()}`;
}

/**
 * Whether a finished slot gets a new task, and when. The first failure after a good run restarts
 * at once (a killed replica is back as fast as the engine can start it); further failures in a
 * row back off exponentially (delay, 2 × delay, ... capped), as Kubernetes' CrashLoopBackOff,
 * so a crash-looping container does not hammer its engine. maxAttempts is the number of restarts
 * after consecutive failures before giving up, as swarm's --restart-max-attempts: with 3, the
 * first run and 3 restarts fail, then the slot stays down. `recentFailures` includes `last`.
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
  // After the n-th failure in a row comes the n-th restart: give up when that would exceed
  // maxAttempts (`>=` here gave up one restart early, after maxAttempts runs).
  if (policy.maxAttempts > 0 && failed && recentFailures > policy.maxAttempts)
    return {
      restart: false,
      reason: `gave up after ${policy.maxAttempts} restarts (${recentFailures} failures in a row)`,
    };
  const delay = failed ? backoffMs(policy, failures) : 0;
  return { restart: true, notBefore: new Date(now.getTime() + delay), failures };
}

export function backoffMs(policy: RestartPolicy, failures: number): number {
  if (failures <= 1) return 0;
  const d = policy.delayMs * 2 ** Math.min(failures - 2, 20);
  return Math.min(d, Math.max(policy.maxDelayMs, policy.delayMs));
}

/**
 * How long a task must stay ready before its slot's failure count starts over. With a window,
 * failures older than it stop counting; without one (0), a run as long as the backoff cap shows
 * the crash loop is over, as Kubernetes forgets a CrashLoopBackOff after a good run.
 */
export function stableRunMs(policy: RestartPolicy): number {
  return policy.windowMs > 0 ? policy.windowMs : Math.max(policy.maxDelayMs, policy.delayMs);
}
