import { describe, expect, it } from 'vitest';
import { adoptedTask, supersededBy } from './adopt.js';
import type { ObservedContainer } from './observed.js';
import { at, task } from './testing.js';

const container = (over: Partial<ObservedContainer> = {}): ObservedContainer => ({
  nodeId: 'n2',
  containerId: 'c-new',
  name: 'web.2',
  taskId: 't-new',
  serviceId: 's1',
  slot: 2,
  revision: 2,
  state: 'running',
  health: 'HEALTHY',
  exitCode: null,
  ...over,
});

describe('adoption after a restore', () => {
  it('rebuilds a running task from the container labels, with no engine work', () => {
    const t = adoptedTask(container(), 'n2', at(5))!;
    expect(t).toMatchObject({
      id: 't-new',
      serviceId: 's1',
      slot: 2,
      revision: 2,
      state: 'RUNNING',
      desiredState: 'RUNNING',
      nodeId: 'n2',
      containerId: 'c-new',
      health: 'HEALTHY',
      failures: 0,
    });
    expect(t.history).toEqual([{ state: 'RUNNING', at: at(5), reason: expect.stringContaining('restore') }]);
  });

  it('adopts nothing without the labels it needs, nor an exited container', () => {
    expect(adoptedTask(container({ slot: null }), 'n2', at(5))).toBeNull();
    expect(adoptedTask(container({ revision: undefined }), 'n2', at(5))).toBeNull();
    expect(adoptedTask(container({ taskId: null }), 'n2', at(5))).toBeNull();
    expect(adoptedTask(container({ state: 'exited' }), 'n2', at(5))).toBeNull();
    expect(adoptedTask(container({ state: 'created' }), 'n2', at(5))).toBeNull();
  });

  it("retires the snapshot's task of the same slot whose container is gone, as SHUTDOWN", () => {
    const adopted = adoptedTask(container(), 'n2', at(5))!;
    const old = task('t-old', 2, { nodeId: 'n1' });
    const out = supersededBy(adopted, [old], new Set(['t-new']), new Set(['n1', 'n2']), at(5));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 't-old', state: 'SHUTDOWN', desiredState: 'SHUTDOWN' });
    expect(out[0]!.stateReason).toContain('replaced after the snapshot');
  });

  it('keeps a task whose container is still there, one of another slot, or one on an unlisted node', () => {
    const adopted = adoptedTask(container(), 'n2', at(5))!;
    const still = task('t-still', 2, { nodeId: 'n1' });
    const other = task('t-other', 3, { nodeId: 'n1', containerId: null });
    const unseen = task('t-unseen', 2, { nodeId: 'n3' });
    const done = task('t-done', 2, { nodeId: 'n1', state: 'FAILED' });
    const out = supersededBy(
      adopted,
      [still, other, unseen, done],
      new Set(['t-new', 't-still']),
      new Set(['n1', 'n2']),
      at(5),
    );
    expect(out).toEqual([]);
  });

  it('a global service: only the task of the same node is replaced', () => {
    const adopted = adoptedTask(container({ slot: 0 }), 'n2', at(5))!;
    const sameNode = task('t-a', 0, { nodeId: 'n2' });
    const otherNode = task('t-b', 0, { nodeId: 'n1' });
    const out = supersededBy(
      adopted,
      [sameNode, otherNode],
      new Set(['t-new']),
      new Set(['n1', 'n2']),
      at(5),
    );
    expect(out.map((t) => t.id)).toEqual(['t-a']);
  });
});
