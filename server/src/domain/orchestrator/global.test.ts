import { describe, expect, it } from 'vitest';
import { reconcileService } from './index.js';
import { input, mkNode, obs, service, spec, task } from './testing.js';

const global = service(spec({ mode: 'GLOBAL', replicas: 0 }));
const nodes = [mkNode('n1'), mkNode('n2'), mkNode('n3')];
const onNode = (id: string, nodeId: string) => task(id, 0, { nodeId });

describe('global orchestrator', () => {
  it('starts one task on each eligible node without one, bound to that node', () => {
    const a = onNode('a', 'n1');
    const inp = input(global, [a], [obs(a)], undefined, nodes);
    inp.eligibleNodes = ['n1', 'n2', 'n3'];
    const out = reconcileService(inp);
    expect(out.tasks.map((t) => [t.nodeId, t.slot, t.state, t.stateReason])).toEqual([
      ['n2', 0, 'PENDING', 'new replica'],
      ['n3', 0, 'PENDING', 'new replica'],
    ]);
  });

  it('shuts down the task of a node that is no longer eligible', () => {
    const [a, b] = [onNode('a', 'n1'), onNode('b', 'n2')];
    const inp = input(global, [a, b], [obs(a), obs(b)], undefined, nodes);
    inp.eligibleNodes = ['n1'];
    const out = reconcileService(inp);
    expect(out.tasks).toEqual([
      expect.objectContaining({ id: 'b', desiredState: 'SHUTDOWN', stateReason: 'node no longer eligible' }),
    ]);
  });

  it('stops the task on a draining node and starts none elsewhere', () => {
    const drained = [mkNode('n1'), mkNode('n2', { availability: 'DRAIN' })];
    const [a, b] = [onNode('a', 'n1'), onNode('b', 'n2')];
    const inp = input(global, [a, b], [obs(a), obs(b)], undefined, drained);
    inp.eligibleNodes = ['n1']; // a draining node is not eligible
    const out = reconcileService(inp);
    expect(out.tasks.map((t) => [t.id, t.desiredState, t.nodeId, t.stateReason])).toEqual([
      ['b', 'SHUTDOWN', 'n2', 'node is draining'],
    ]);
  });

  it('restarts a failed task on its own node', () => {
    const a = onNode('a', 'n2');
    const inp = input(global, [a], [obs(a, { state: 'exited', exitCode: 3 })], undefined, nodes);
    inp.eligibleNodes = ['n2'];
    const out = reconcileService(inp);
    expect(out.tasks.find((t) => t.id !== 'a')).toMatchObject({
      nodeId: 'n2',
      state: 'PENDING',
      stateReason: 'restart after failure: exited with code 3',
      failures: 1,
    });
  });
});
