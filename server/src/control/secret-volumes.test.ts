import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import type { Node } from '../domain/node.js';
import type { Task } from '../domain/task.js';
import type { EngineDriver } from '../engine/engine.js';
import { EngineError } from '../engine/errors.js';
import type { ContainerCreateSpec } from '../engine/types.js';
import { secretVolumeOptions } from '../app/access/secret-files.js';
import { SecretVolumes } from './secret-volumes.js';

const node = { id: 'n1', name: 'n1' } as Node;
const task = { id: 'task-1' } as Task;

/** Just the calls SecretVolumes makes, recorded. */
function stub(volume: { driver: string; options: Record<string, string>; labels: Record<string, string> }) {
  const calls: string[] = [];
  let holderRunning = true;
  const created: ContainerCreateSpec[] = [];
  const driver = {
    createVolume: async () => (calls.push('createVolume'), {}),
    inspectVolume: async (name: string) => (calls.push(`inspectVolume ${name}`), { name, ...volume }),
    createContainer: async (spec: ContainerCreateSpec) => (created.push(spec), calls.push('create'), 'h1'),
    startContainer: async (id: string) => void calls.push(`start ${id}`),
    putArchive: async (id: string, path: string) => void calls.push(`put ${id} ${path}`),
    inspectContainer: async () => ({ state: { running: holderRunning } }),
    removeContainer: async (id: string) => void calls.push(`remove ${id}`),
    removeVolume: async (name: string) => {
      calls.push(`removeVolume ${name}`);
      throw new EngineError('CONFLICT', 'volume is in use', 409);
    },
  } as unknown as EngineDriver;
  const sv = new SecretVolumes(
    () => driver,
    { installationId: 'me', helperImage: 'local/busybox:1' },
    createLogger('silent'),
  );
  return { sv, calls, created, stopHolder: () => (holderRunning = false) };
}

const tmpfs = {
  driver: 'local',
  options: secretVolumeOptions(1),
  labels: { 'stevedore.task': 'task-1' },
};
const files = [{ target: 'db', value: Buffer.from('v') }];

describe('secret volumes', () => {
  it('fills the tmpfs through a running holder, removed once the task container started', async () => {
    const { sv, calls, created } = stub(tmpfs);
    const release = await sv.populate(node, task, files);
    expect(created[0]!.mounts).toEqual([
      { type: 'volume', source: 'stevedore-secrets-task-1', target: '/secrets', readOnly: false },
    ]);
    expect(created[0]!.labels).toMatchObject({
      'stevedore.kind': 'secret-holder',
      'stevedore.task': 'task-1',
      'stevedore.installation': 'me',
    });
    await release(true);
    expect(calls).toEqual([
      'inspectVolume stevedore-secrets-task-1',
      'create',
      'start h1',
      'put h1 /secrets',
      'remove h1',
    ]);
  });

  it('never writes into a volume that is not the task’s tmpfs', async () => {
    for (const v of [
      { ...tmpfs, options: {} },
      { ...tmpfs, labels: { 'stevedore.task': 'another' } },
    ]) {
      const { sv, calls } = stub(v);
      await expect(sv.populate(node, task, files)).rejects.toThrow(/not this task's tmpfs/);
      expect(calls).toEqual(['inspectVolume stevedore-secrets-task-1']);
    }
  });

  it('fails the start when the holder stopped before the task container held the tmpfs', async () => {
    const { sv, calls, stopHolder } = stub(tmpfs);
    const release = await sv.populate(node, task, files);
    stopHolder();
    await expect(release(true)).rejects.toThrow(/holder stopped/);
    expect(calls.at(-1)).toBe('remove h1');
  });

  it('leaves a volume still in use for the next sweep', async () => {
    const { sv, calls } = stub(tmpfs);
    await expect(sv.remove(node, 'task-1')).resolves.toBeUndefined();
    expect(calls).toEqual(['removeVolume stevedore-secrets-task-1']);
  });
});
