import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, checkPolicy, isDockerSocket, normalizePolicy } from './policy.js';

describe('policy guard', () => {
  it('refuses privileged, host network and PID, capabilities and the Docker socket by default, naming each rule', () => {
    const v = checkPolicy('prod', DEFAULT_POLICY, {
      privileged: true,
      hostNetwork: true,
      hostPid: true,
      capAdd: ['net_admin'],
      mounts: [
        { type: 'bind', source: '/var/run/docker.sock' },
        { type: 'volume', source: 'data' },
      ],
    });
    expect(v.map((x) => [x.rule, x.field])).toEqual([
      ['privileged', 'privileged'],
      ['hostNetwork', 'hostNetwork'],
      ['hostPid', 'hostPid'],
      ['capAdd', 'capAdd[0]'],
      ['dockerSocket', 'volumes[0].source'],
    ]);
    expect(v[0]!.reason).toMatch(
      /privileged containers are refused in prod.*setEnvironmentPolicy\(allowPrivileged\)/,
    );
    expect(v[3]!.reason).toMatch(/NET_ADMIN/);
  });

  it('allows what the environment allows', () => {
    const p = normalizePolicy({
      allowPrivileged: true,
      allowedCapabilities: ['CAP_NET_ADMIN'],
      allowDockerSocket: true,
    });
    expect(
      checkPolicy('dev', p, {
        privileged: true,
        capAdd: ['NET_ADMIN'],
        mounts: [{ type: 'bind', source: '/run/docker.sock' }],
      }),
    ).toEqual([]);
    expect(checkPolicy('dev', p, { capAdd: ['SYS_ADMIN'] }).map((x) => x.rule)).toEqual(['capAdd']);
    expect(
      checkPolicy('dev', normalizePolicy({ allowedCapabilities: ['ALL'] }), { capAdd: ['SYS_ADMIN'] }),
    ).toEqual([]);
  });

  it('sees the socket through its parents', () => {
    for (const p of [
      '/var/run/docker.sock',
      '/run/docker.sock',
      '/var/run',
      '/run/',
      '/',
      '/var',
      '/srv/x/docker.sock',
    ])
      expect(isDockerSocket(p)).toBe(true);
    for (const p of ['/srv/data', '/var/lib/app', '/running']) expect(isDockerSocket(p)).toBe(false);
  });

  it('narrows binds to the environment paths when it lists some', () => {
    const p = normalizePolicy({ bindAllowedPaths: ['/srv/prod'] });
    expect(checkPolicy('prod', p, { mounts: [{ type: 'bind', source: '/srv/prod/a' }] })).toEqual([]);
    const v = checkPolicy('prod', p, { mounts: [{ type: 'tmpfs' }, { type: 'bind', source: '/srv/dev' }] });
    expect(v).toEqual([expect.objectContaining({ rule: 'bindPaths', field: 'volumes[1].source' })]);
    expect(checkPolicy('prod', DEFAULT_POLICY, { mounts: [{ type: 'bind', source: '/srv/dev' }] })).toEqual(
      [],
    );
  });
});
