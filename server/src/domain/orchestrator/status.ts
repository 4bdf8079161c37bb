import type { Unplaced } from '../scheduler/types.js';
import type { Service, ServiceStatus } from '../service.js';
import { isTerminal, type Task } from '../task.js';
import { isReady } from './pass.js';

export interface ServiceCounts {
  desired: number;
  running: number;
  healthy: number;
  unhealthy: number;
  pending: number;
  failed: number;
}

/** Replica counts and the one-word status the seed's status response shows. */
export function serviceCounts(service: Service, tasks: readonly Task[], desired: number): ServiceCounts {
  const active = tasks.filter((t) => t.desiredState === 'RUNNING' && !isTerminal(t.state));
  const running = active.filter((t) => t.state === 'RUNNING');
  const healthy = running.filter((t) => isReady(t, service.spec));
  return {
    desired,
    running: running.length,
    healthy: healthy.length,
    unhealthy: running.filter((t) => t.health === 'UNHEALTHY').length,
    pending: active.filter(
      (t) => t.state === 'NEW' || t.state === 'PENDING' || t.state === 'ASSIGNED' || t.state === 'STARTING',
    ).length,
    failed: tasks.filter((t) => t.state === 'FAILED' || t.state === 'REJECTED').length,
  };
}

export function serviceStatus(
  service: Service,
  counts: ServiceCounts,
  tasks: readonly Task[],
): ServiceStatus {
  const r = service.rollout;
  if (r?.state === 'UPDATING') return 'UPDATING';
  if (r?.state === 'ROLLING_BACK') return 'ROLLING_BACK';
  if (r?.state === 'PAUSED' || r?.state === 'ROLLBACK_PAUSED') return 'PAUSED';
  if (counts.healthy < counts.desired && !tasks.some(wentWrong)) {
    // On its way up (new, or scaled up): nothing runs yet, or replicas still start.
    if (counts.running === 0) return 'PENDING';
    if (!tasks.some(unschedulable)) return 'DEPLOYING';
  }
  if (counts.desired > 0 && counts.healthy === 0) {
    // Nothing healthy and slots crash-looping: that's a failed service, not a degraded one.
    const looping = tasks.some((t) => t.desiredState === 'RUNNING' && t.failures >= 3);
    // Running replicas whose health checks have not passed yet are starting, not failed.
    if (looping || (counts.running === 0 && counts.pending === 0)) return 'FAILED';
  }
  if (counts.healthy < counts.desired) return 'DEGRADED';
  return 'HEALTHY';
}

/** A task failed (or restarts after failing), was refused, exited, was lost or turned unhealthy. */
const wentWrong = (t: Task): boolean =>
  t.failures > 0 ||
  t.state === 'FAILED' ||
  t.state === 'REJECTED' ||
  t.state === 'COMPLETE' ||
  t.state === 'ORPHANED' ||
  (!isTerminal(t.state) && t.health === 'UNHEALTHY');

/** Waiting for a node with room: the scheduler found none and said why (`Task.unplaced`). */
export const unschedulable = (t: Task): t is Task & { unplaced: Unplaced } =>
  t.state === 'PENDING' && t.desiredState === 'RUNNING' && t.unplaced !== undefined;
