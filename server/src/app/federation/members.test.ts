import { describe, expect, it, vi } from 'vitest';
import type { LocalMemberDeps } from './local-member.js';
import type { MemberCluster } from './member.js';
import { MemberRegistry, type MemberClusterRecord } from './members.js';

const cluster = (id: string, kind?: 'LOCAL' | 'REMOTE'): MemberClusterRecord => ({
  id,
  name: id,
  region: '',
  zone: '',
  labels: {},
  createdAt: new Date(),
  kind: kind ?? 'LOCAL',
  remote: kind === 'REMOTE' ? { url: 'http://127.0.0.1:1/graphql', ca: null, hasToken: true } : null,
});

const deps = {} as LocalMemberDeps;

describe('MemberRegistry', () => {
  it('builds a LocalMember for a local cluster once, and asks the factory for a REMOTE one', () => {
    const remote = {
      clusterId: 'r',
      kind: 'REMOTE',
      close: vi.fn(async () => undefined),
    } as unknown as MemberCluster;
    const factory = vi.fn(() => remote);
    const reg = new MemberRegistry(deps, factory);
    const a = reg.memberFor(cluster('a'));
    expect(a?.kind).toBe('LOCAL');
    expect(reg.memberFor(cluster('a'))).toBe(a);
    expect(reg.memberFor(cluster('r', 'REMOTE'))).toBe(remote);
    expect(reg.memberFor(cluster('r', 'REMOTE'))).toBe(remote);
    expect(factory).toHaveBeenCalledTimes(1);
    // A cluster gone: its member is closed and forgotten.
    reg.prune(new Set(['a']));
    expect(remote.close).toHaveBeenCalled();
  });

  it('leaves a REMOTE cluster out without a factory', () => {
    expect(new MemberRegistry(deps).memberFor(cluster('r', 'REMOTE'))).toBeUndefined();
  });
});
