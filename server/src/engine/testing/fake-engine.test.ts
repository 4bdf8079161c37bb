import { describe, expect, it } from 'vitest';
import type { ContainerCreateSpec, EngineEvent } from '../types.js';
import { FakeEngine, FakeEngineFleet } from './fake-engine.js';

const spec = (name: string, labels: Record<string, string>, health = false): ContainerCreateSpec => ({
  name,
  image: 'local/busybox:1',
  env: {},
  labels,
  ports: [],
  mounts: [],
  resources: { nanoCpus: 0, memoryBytes: 0, memoryReservationBytes: 0 },
  restartPolicy: { name: 'no', maximumRetryCount: 0 },
  networks: [],
  ...(health
    ? {
        healthCheck: {
          test: ['CMD', 'true'],
          intervalMs: 1000,
          timeoutMs: 1000,
          retries: 1,
          startPeriodMs: 0,
        },
      }
    : {}),
});

describe('FakeEngine (the driver contract the control plane relies on)', () => {
  it('lists by label (key and key=value), all or running only, with Docker-like status lines', async () => {
    const e = new FakeEngine('tcp://fake-1:2375', { images: ['local/busybox:1'] });
    const a = await e.createContainer(spec('a', { 'sd.kind': 'task', 'sd.task': 't1' }, true));
    await e.createContainer(spec('b', { 'sd.kind': 'other' }));
    await e.startContainer(a);
    await Promise.resolve();
    const tasks = await e.listContainers({ all: true, labels: ['sd.kind=task', 'sd.task'] });
    expect(tasks.map((c) => c.name)).toEqual(['a']);
    expect(tasks[0]!.status).toMatch(/^Up \d+ seconds \(healthy\)$/);
    expect((await e.listContainers({ all: false })).map((c) => c.name)).toEqual(['a']);
    expect(await e.listContainers({ labels: ['sd.kind=none'] })).toEqual([]);
    await e.killContainer(a);
    const [killed] = await e.listContainers({ labels: ['sd.task=t1'] });
    expect(killed!.state).toBe('exited');
    expect(killed!.status).toMatch(/^Exited \(137\) \d+ seconds ago$/);
  });

  it('streams create/start/die/destroy with the labels as attributes, and resumes after since', async () => {
    const e = new FakeEngine('tcp://fake-2:2375', { images: ['local/busybox:1'] });
    const seen: EngineEvent[] = [];
    const sub = e.events(
      undefined,
      (ev) => seen.push(ev),
      () => undefined,
    );
    const id = await e.createContainer(spec('c', { 'sd.task': 't2' }));
    await e.startContainer(id);
    await e.stopContainer(id);
    await e.removeContainer(id);
    sub.close();
    const actions = seen.map((ev) => ev.action);
    expect(actions).toEqual(['create', 'start', 'kill', 'die', 'stop', 'destroy']);
    expect(seen[3]!.attributes).toMatchObject({ 'sd.task': 't2', name: 'c', exitCode: '0' });
    const again: string[] = [];
    e.events(
      seen[2]!.timeNano,
      (ev) => again.push(ev.action),
      () => undefined,
    ).close();
    expect(again).toEqual(['die', 'stop', 'destroy']);
  });

  it('answers the errors the real driver raises: missing image, name conflict, unknown container, down engine', async () => {
    const fleet = new FakeEngineFleet({ images: ['local/busybox:1'] });
    const e = fleet.get('tcp://fake-3:2375');
    expect(fleet.factory('tcp://fake-3:2375')).toBe(e);
    await expect(e.createContainer({ ...spec('x', {}), image: 'nope:1' })).rejects.toMatchObject({
      kind: 'NOT_FOUND',
    });
    await e.pullImage('nope:1');
    await e.createContainer({ ...spec('x', {}), image: 'nope:1' });
    await expect(e.createContainer(spec('x', {}))).rejects.toMatchObject({ kind: 'CONFLICT' });
    await expect(e.inspectContainer('missing')).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    const info = await e.info();
    expect(info.id).toBe(e.engineId);
    expect(info.id).not.toBe((await fleet.get('tcp://fake-4:2375').info()).id);
    e.down = true;
    await expect(e.ping()).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
  });
});
