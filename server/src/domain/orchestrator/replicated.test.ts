import { describe, expect, it } from 'vitest';
import type { Task } from '../task.js';
import { replicatedSlots } from './replicated.js';
import { reconcileService } from './index.js';
import { at, input, mkNode, obs, running, service, spec, task } from './testing.js';

const up = (t: Task) => t.state === 'RUNNING';

describe('replicatedSlots', () => {
  it('starts at 1..n and fills the lowest free numbers when growing', () => {
    expect(replicatedSlots([], 3, up)).toEqual([1, 2, 3]);
    const ts = [running('a', 2), running('b', 5)];
    expect(replicatedSlots(ts, 4, up)).toEqual([1, 2, 3, 5]);
  });

  it('keeps a slot whose task waits out its restart backoff, and forgets slots shut down', () => {
    const ts = [
      task('a', 1, { state: 'FAILED', desiredState: 'RUNNING' }),
      task('b', 2, { state: 'COMPLETE', desiredState: 'SHUTDOWN' }),
      running('c', 3),
    ];
    expect(replicatedSlots(ts, 2, up)).toEqual([1, 3]);
  });

  it('scales down from the most loaded node first, so the rest stay spread', () => {
    // n1: slots 1, 2, 3; n2: 4; n3: 5, 6. Down to 3: one each.
    const ts = [
      running('a', 1, 1, { nodeId: 'n1' }),
      running('b', 2, 1, { nodeId: 'n1' }),
      running('c', 3, 1, { nodeId: 'n1' }),
      running('d', 4, 1, { nodeId: 'n2' }),
      running('e', 5, 1, { nodeId: 'n3' }),
      running('f', 6, 1, { nodeId: 'n3' }),
    ];
    const keep = replicatedSlots(ts, 3, up);
    const nodes = keep.map((s) => ts.find((t) => t.slot === s)!.nodeId).sort();
    expect(nodes).toEqual(['n1', 'n2', 'n3']);
    // Ties go to the highest slot: n1 loses 3 then 2, n3 loses 6.
    expect(keep).toEqual([1, 4, 5]);
  });

  it('drops replicas that are not up before healthy ones', () => {
    const ts = [
      running('a', 1, 1, { nodeId: 'n1' }),
      task('b', 2, { nodeId: 'n2', state: 'STARTING' }),
      running('c', 3, 1, { nodeId: 'n1' }),
      task('d', 4, { nodeId: 'n2', state: 'FAILED' }),
    ];
    expect(replicatedSlots(ts, 2, up)).toEqual([1, 3]);
  });
});

describe('a scale-down through the planner', () => {
  it('shuts down the slots replicatedSlots drops, with the reason', () => {
    const ts = [
      running('a', 1, 1, { nodeId: 'n1' }),
      running('b', 2, 1, { nodeId: 'n1' }),
      running('c', 3, 1, { nodeId: 'n2' }),
    ];
    const out = reconcileService(
      input(
        service(spec({ replicas: 2 })),
        ts,
        ts.map((t) => obs(t)),
        at(1000),
        [mkNode('n1'), mkNode('n2')],
      ),
    );
    const down = out.tasks.filter((t) => t.desiredState === 'SHUTDOWN');
    expect(down.map((t) => [t.id, t.stateReason])).toEqual([['b', 'scaled down to 2']]);
  });

  it("moves a replica off another cluster's node, starting its replacement first (issue #13 item 1)", () => {
    // Placed before the scheduler compared clusters: the task keeps running until its
    // replacement (unbound, so the cluster filter picks a home node) is ready.
    const nodes = [mkNode('n1'), mkNode('n2', { clusterId: 'other' })];
    const [a, b] = [task('a', 1, { nodeId: 'n1' }), task('b', 2, { nodeId: 'n2' })];
    const out = reconcileService(
      input(service(spec({ replicas: 2 })), [a, b], [obs(a), obs(b)], at(1000), nodes),
    );
    expect(out.tasks.map((t) => [t.slot, t.nodeId, t.desiredState, t.stateReason])).toEqual([
      [2, null, 'RUNNING', 'replacement: node is in another cluster'],
      [2, 'n2', 'RUNNING', 'node is in another cluster (kept until replacement is ready)'],
    ]);
  });
});
