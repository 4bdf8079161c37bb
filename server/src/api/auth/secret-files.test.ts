import { describe, expect, it } from 'vitest';
import { EnginePool } from '../../engine/engine-pool.js';
import type { EngineDriver } from '../../engine/engine.js';
import { checkEngineTls } from './secret.service.js';
import { SECRET_ENV_LABEL, secretsArchive, withSecretEnv } from './secret-files.js';

describe('secret files and variables', () => {
  it('packs /run/secrets with read-only files in a valid ustar archive', () => {
    const tar = secretsArchive([{ target: 'db', value: Buffer.from('hunter2') }]);
    expect(tar.length % 512).toBe(0);
    expect(tar.subarray(0, 12).toString()).toBe('run/secrets/');
    expect(tar.subarray(156, 157).toString()).toBe('5'); // a directory
    const file = tar.subarray(512, 1024);
    expect(file.subarray(0, 14).toString()).toBe('run/secrets/db');
    expect(file.subarray(100, 107).toString()).toBe('0000444');
    expect(parseInt(file.subarray(124, 135).toString(), 8)).toBe(7);
    expect(tar.subarray(1024, 1031).toString()).toBe('hunter2');
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
