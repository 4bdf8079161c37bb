import { describe, expect, it } from 'vitest';
import { transition, type Task } from '../task.js';
import { serviceCounts, serviceStatus, unschedulable } from './status.js';
import { running, service, spec, task } from './testing.js';

const checked = service(
  spec({
    replicas: 2,
    healthCheck: { test: ['CMD', 'true'], intervalMs: 500, timeoutMs: 500, retries: 2, startPeriodMs: 0 },
  }),
);
const statusOf = (tasks: Task[]) => serviceStatus(checked, serviceCounts(checked, tasks, 2), tasks);
/** A task not (yet) on an engine. */
const fresh = (id: string, slot: number, over: Partial<Task>) =>
  task(id, slot, { containerId: null, nodeId: null, readyAt: null, ...over });
const starting = (id: string, slot: number) => running(id, slot, 1, { health: 'STARTING', readyAt: null });
const healthy = (id: string, slot: number) => running(id, slot, 1, { health: 'HEALTHY' });
/** Waiting for room: what the reconciler saves for a task the scheduler could not place. */
const noRoom: Partial<Task> = {
  state: 'PENDING',
  stateReason: 'unschedulable: 1 node: 1 lacked 2 CPUs',
  unplaced: {
    reason: '1 node: 1 lacked 2 CPUs',
    nodesConsidered: 1,
    failures: [{ filter: 'resources', nodes: 1, reason: '1 node lacked 2 CPUs' }],
  },
};

describe('serviceStatus of a new service', () => {
  it('is PENDING, not FAILED, before its first task exists', () => {
    expect(statusOf([])).toBe('PENDING');
  });

  it('is PENDING while its tasks are created, placed and started, or wait for room', () => {
    for (const state of ['NEW', 'PENDING', 'ASSIGNED', 'STARTING'] as const)
      expect(statusOf([fresh('a', 1, { state }), fresh('b', 2, { state: 'PENDING' })])).toBe('PENDING');
    expect(statusOf([fresh('a', 1, noRoom), fresh('b', 2, noRoom)])).toBe('PENDING');
  });

  it('is DEPLOYING while its replicas start and not all have passed their health checks', () => {
    expect(statusOf([starting('a', 1), fresh('b', 2, { state: 'ASSIGNED' })])).toBe('DEPLOYING');
    expect(statusOf([starting('a', 1), starting('b', 2)])).toBe('DEPLOYING');
    expect(statusOf([healthy('a', 1), starting('b', 2)])).toBe('DEPLOYING');
  });

  it('is HEALTHY once every replica is ready', () => {
    expect(statusOf([healthy('a', 1), healthy('b', 2)])).toBe('HEALTHY');
  });

  it('is FAILED only when a task failed: nothing left running or pending, or crash-looping', () => {
    expect(
      statusOf([fresh('a', 1, { state: 'FAILED', exitCode: 1 }), fresh('b', 2, { state: 'REJECTED' })]),
    ).toBe('FAILED');
    const looping = [
      fresh('a', 1, { state: 'FAILED', exitCode: 1 }),
      fresh('a2', 1, { state: 'PENDING', failures: 3 }),
      fresh('b', 2, { state: 'PENDING' }),
    ];
    expect(statusOf(looping)).toBe('FAILED');
  });

  it('is DEGRADED, not PENDING or DEPLOYING, once something went wrong', () => {
    const restarting = [
      fresh('a', 1, { state: 'FAILED', exitCode: 1, desiredState: 'SHUTDOWN' }),
      fresh('a2', 1, { state: 'PENDING', failures: 1 }),
      starting('b', 2),
    ];
    expect(statusOf(restarting)).toBe('DEGRADED');
    expect(statusOf([running('a', 1, 1, { health: 'UNHEALTHY' }), healthy('b', 2)])).toBe('DEGRADED');
    expect(
      statusOf([fresh('a', 1, { state: 'ORPHANED' }), fresh('a2', 1, { state: 'PENDING' }), healthy('b', 2)]),
    ).toBe('DEGRADED');
    expect(statusOf([healthy('a', 1), fresh('b', 2, noRoom)])).toBe('DEGRADED');
  });
});

describe('unschedulable', () => {
  it("reads the task's unplaced data, never its stateReason text", () => {
    const textOnly = { state: 'PENDING', stateReason: 'unschedulable: 1 node lacked 2 CPUs' } as const;
    expect(unschedulable(fresh('b', 2, textOnly))).toBe(false);
    expect(statusOf([healthy('a', 1), fresh('b', 2, textOnly)])).toBe('DEPLOYING');
    const worded = fresh('b', 2, { ...noRoom, stateReason: 'any words' });
    expect(unschedulable(worded)).toBe(true);
    expect(statusOf([healthy('a', 1), worded])).toBe('DEGRADED');
  });

  it('is false once the task left PENDING or is no longer wanted, and a transition clears the data', () => {
    expect(unschedulable(fresh('b', 2, { ...noRoom, desiredState: 'SHUTDOWN' }))).toBe(false);
    const placed = transition(fresh('b', 2, noRoom), 'ASSIGNED', 'scheduled on n1', new Date(1));
    expect(placed.unplaced).toBeUndefined();
    expect(unschedulable(placed)).toBe(false);
    expect(unschedulable({ ...placed, state: 'PENDING' })).toBe(false);
  });
});
