import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { NodeService } from '../../src/app/nodes.js';
import { ServiceStats } from '../../src/app/stats.js';
import { Realtime } from '../../src/control/realtime.js';
import {
  changesMembership,
  MEMBERSHIP_ACTIONS,
  wakesReconciler,
} from '../../src/domain/container-actions.js';
import type { EngineEvent } from '../../src/engine/types.js';
import type { Store } from '../../src/store/store.js';

/** Every action of a container event, as docker's /events documents them. */
const DOCKER_ACTIONS = [
  'attach',
  'commit',
  'copy',
  'create',
  'destroy',
  'detach',
  'die',
  'exec_create',
  'exec_detach',
  'exec_die',
  'exec_start: sh',
  'export',
  'health_status: healthy',
  'health_status: unhealthy',
  'kill',
  'oom',
  'pause',
  'rename',
  'resize',
  'restart',
  'start',
  'stop',
  'top',
  'unpause',
  'update',
];

const event = (action: string, type = 'container'): EngineEvent => ({
  type,
  action,
  actorId: 'c1',
  attributes: { 'stevedore.service': 's1' },
  time: new Date(0),
  timeNano: 0,
});

describe('container actions that change what runs (one list)', () => {
  it('holds every action that starts, ends or freezes a container, oom included', () => {
    expect([...MEMBERSHIP_ACTIONS].sort()).toEqual(
      ['destroy', 'die', 'kill', 'oom', 'pause', 'restart', 'start', 'stop', 'unpause'].sort(),
    );
    expect(changesMembership(event('oom'))).toBe(true);
    expect(changesMembership(event('die'))).toBe(true);
    expect(changesMembership(event('exec_die'))).toBe(false);
    expect(changesMembership(event('start', 'network'))).toBe(false);
  });

  it('wakes the live node view and the live service view on the same actions', () => {
    // nodeStatsSpec reads the node service only in members() and capacity().
    const node = Realtime.prototype.nodeStatsSpec.call({ nodes: {} } as unknown as Realtime, 'n1');
    const service = new ServiceStats({} as Store, {} as NodeService, () => undefined).group('s1');
    const wakes = (affects: (nodeId: string, e: EngineEvent) => boolean) =>
      DOCKER_ACTIONS.filter((a) => affects('n1', event(a)));
    expect(wakes(node.affects)).toEqual([...MEMBERSHIP_ACTIONS].sort());
    expect(wakes(service.affects)).toEqual(wakes(node.affects));
    // Each only for its own node or service.
    expect(node.affects('n2', event('oom'))).toBe(false);
    expect(service.affects('n1', { ...event('oom'), attributes: { 'stevedore.service': 's2' } })).toBe(false);
  });

  it('wakes the reconciler on the same actions and on health verdicts', () => {
    expect(DOCKER_ACTIONS.filter((a) => wakesReconciler(event(a)))).toEqual(
      DOCKER_ACTIONS.filter((a) => MEMBERSHIP_ACTIONS.has(a) || a.startsWith('health_status')),
    );
    expect(wakesReconciler(event('oom'))).toBe(true);
    expect(wakesReconciler(event('health_status: unhealthy'))).toBe(true);
  });
});
