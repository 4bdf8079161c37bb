import { describe, expect, it } from 'vitest';
import { EnginePool } from '../../engine/engine-pool.js';
import type { EngineDriver } from '../../engine/engine.js';
import { checkEngineTls } from './secrets.js';
import {
  SECRET_ENV_LABEL,
  SECRET_HOLDER_KIND,
  SECRET_VOLUME_KIND,
  isTmpfsVolume,
  secretSweep,
  secretVolumeName,
  secretVolumeOptions,
  secretsArchive,
  withSecretEnv,
  withSecretFiles,
} from './secret-files.js';

describe('secret files and variables', () => {
  it('packs one read-only file per secret at the root of a valid ustar archive', async () => {
    const chunks: Buffer[] = [];
    for await (const c of secretsArchive([
      { target: 'db', value: Buffer.from('hunter2') },
      { target: 'tls.key', value: Buffer.alloc(600, 'k') },
    ]))
      chunks.push(Buffer.from(c as Buffer));
    const tar = Buffer.concat(chunks);
    expect(tar.length % 512).toBe(0);
    expect(tar.length).toBeGreaterThanOrEqual(512 + 512 + 512 + 1024 + 1024); // header, data, header, data, end
    expect(tar.subarray(0, 3).toString()).toBe('db\0');
    expect(tar.subarray(257, 262).toString()).toBe('ustar');
    expect(parseInt(tar.subarray(100, 107).toString(), 8)).toBe(0o444);
    expect(parseInt(tar.subarray(108, 115).toString(), 8)).toBe(0); // uid root
    expect(parseInt(tar.subarray(116, 123).toString(), 8)).toBe(0); // gid root
    expect(tar.subarray(156, 157).toString()).toBe('0'); // a regular file
    expect(parseInt(tar.subarray(124, 135).toString(), 8)).toBe(7);
    expect(tar.subarray(512, 519).toString()).toBe('hunter2');
    expect(tar.subarray(1024, 1032).toString()).toBe('tls.key\0');
    expect(parseInt(tar.subarray(1024 + 124, 1024 + 135).toString(), 8)).toBe(600);
    expect(tar.subarray(tar.length - 1024).every((b) => b === 0)).toBe(true);
    // The checksum (bytes 148..155): the header's byte sum with the field itself as spaces.
    const h = Buffer.from(tar.subarray(0, 512));
    const stored = parseInt(h.subarray(148, 156).toString(), 8);
    h.fill(' ', 148, 156);
    expect(stored).toBe(h.reduce((a, b) => a + b, 0));
  });

  it('refuses a target that is not a plain file name', () => {
    expect(() => secretsArchive([{ target: '../etc/passwd', value: Buffer.from('x') }])).toThrow(/plain/);
    expect(() => secretsArchive([{ target: 'a/b', value: Buffer.from('x') }])).toThrow(/plain/);
  });

  it('makes a tmpfs volume per task, sized for its secrets, mounted read-only at /run/secrets', () => {
    const taskId = '0b7c2c86-1d2e-4d1b-9f57-5b1f3a0c9e11';
    expect(secretVolumeName(taskId)).toBe(`stevedore-secrets-${taskId}`);
    expect(secretVolumeOptions(2)).toEqual({
      type: 'tmpfs',
      device: 'tmpfs',
      o: `size=${2 * (65536 + 4096)},mode=0755,noexec,nosuid,nodev`,
    });
    expect(secretVolumeOptions(0).o).toMatch(/^size=69632,/);
    expect(isTmpfsVolume('local', secretVolumeOptions(1))).toBe(true);
    expect(isTmpfsVolume('local', {})).toBe(false); // a volume on disk (the engine's default)
    expect(isTmpfsVolume('local', null)).toBe(false);
    expect(isTmpfsVolume('other', secretVolumeOptions(1))).toBe(false);

    const base = {
      image: 'x',
      env: {},
      labels: { 'stevedore.task': taskId },
      ports: [],
      mounts: [{ type: 'volume' as const, source: 'data', target: '/data', readOnly: false }],
      resources: { nanoCpus: 0, memoryBytes: 0, memoryReservationBytes: 0 },
      restartPolicy: { name: 'no' as const, maximumRetryCount: 0 },
      networks: [],
    };
    expect(withSecretFiles(base).mounts).toEqual([
      base.mounts[0],
      { type: 'volume', source: `stevedore-secrets-${taskId}`, target: '/run/secrets', readOnly: true },
    ]);
    expect(() => withSecretFiles({ ...base, labels: {} })).toThrow(/task label/);
  });

  it('sweeps holders of tasks not starting now and volumes of finished tasks, of this installation only', () => {
    const obj = (id: string, kind: string, task: string, inst = 'me') => ({
      id,
      labels: { 'stevedore.kind': kind, 'stevedore.task': task, 'stevedore.installation': inst },
    });
    const live = new Set(['running', 'starting']);
    const busy = new Set(['starting', 'stopping']);
    const out = secretSweep(
      'me',
      [
        obj('h-starting', SECRET_HOLDER_KIND, 'starting'),
        obj('h-running', SECRET_HOLDER_KIND, 'running'), // left by a crash: its task runs already
        obj('h-gone', SECRET_HOLDER_KIND, 'gone'),
        obj('h-other', SECRET_HOLDER_KIND, 'gone', 'another-control-plane'),
        obj('not-a-holder', 'task', 'gone'),
      ],
      [
        obj('v-running', SECRET_VOLUME_KIND, 'running'),
        obj('v-starting', SECRET_VOLUME_KIND, 'starting'),
        obj('v-stopping', SECRET_VOLUME_KIND, 'stopping'), // finished, but its container is being removed
        obj('v-gone', SECRET_VOLUME_KIND, 'gone'),
        obj('v-other', SECRET_VOLUME_KIND, 'gone', 'another-control-plane'),
        { id: 'unlabelled', labels: {} },
      ],
      (t) => live.has(t),
      (t) => busy.has(t),
    );
    expect(out).toEqual({ holders: ['h-running', 'h-gone'], volumes: ['v-gone'] });
  });

  it('adds variables and names them in a label, so the API can hide them', () => {
    const base = {
      image: 'x',
      env: { A: '1' },
      labels: {},
      ports: [],
      mounts: [],
      resources: { nanoCpus: 0, memoryBytes: 0, memoryReservationBytes: 0 },
      restartPolicy: { name: 'no' as const, maximumRetryCount: 0 },
      networks: [],
    };
    const out = withSecretEnv(base, [
      { ref: { name: 'db', target: 'db', env: 'DB_PASS' }, value: Buffer.from('v') },
      { ref: { name: 'tls', target: 'tls', env: null }, value: Buffer.from('w') },
    ]);
    expect(out.env).toEqual({ A: '1', DB_PASS: 'v' });
    expect(out.labels[SECRET_ENV_LABEL]).toBe('DB_PASS');
    expect(withSecretEnv(base, [])).toBe(base);
  });
});

describe('engine TLS', () => {
  it('hands client certificates to the driver of their endpoint', () => {
    const made: { endpoint: string; tls: unknown }[] = [];
    const pool = new EnginePool(
      (endpoint, opts) => (made.push({ endpoint, tls: opts?.tls }), { endpoint } as EngineDriver),
      (endpoint) => (endpoint === 'tcp://stored:2376' ? { ca: 'stored-ca' } : undefined),
    );
    pool.forEndpoint('tcp://stored:2376');
    pool.setTls('tcp://new:2376', { cert: 'c', key: 'k' });
    pool.forEndpoint('tcp://new:2376');
    pool.forEndpoint('unix:///var/run/docker.sock');
    expect(made).toEqual([
      { endpoint: 'tcp://stored:2376', tls: { ca: 'stored-ca' } },
      { endpoint: 'tcp://new:2376', tls: { cert: 'c', key: 'k' } },
      { endpoint: 'unix:///var/run/docker.sock', tls: undefined },
    ]);
  });

  it('takes PEM for tcp endpoints only', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
    expect(() => checkEngineTls('unix:///var/run/docker.sock', { ca: pem })).toThrow(/tcp/);
    expect(() => checkEngineTls('tcp://h:2376', { ca: 'nope' })).toThrow(/PEM/);
    expect(() => checkEngineTls('tcp://h:2376', { cert: pem })).toThrow(/together/);
    expect(() =>
      checkEngineTls('tcp://h:2376', { ca: pem, cert: pem, key: pem.replace(/CERTIFICATE/g, 'PRIVATE KEY') }),
    ).not.toThrow();
  });
});
