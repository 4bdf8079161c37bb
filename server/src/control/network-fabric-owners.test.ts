import { describe, expect, it } from 'vitest';
import { LABEL } from '../app/labels.js';
import { bootId, deadOwners, OWNER_BOOT_LABEL, OWNER_PID_LABEL } from './network-fabric.js';

const helper = (inst: string, pid: string | undefined, boot: string | undefined) => ({
  labels: {
    [LABEL.installation]: inst,
    ...(pid === undefined ? {} : { [OWNER_PID_LABEL]: pid }),
    ...(boot === undefined ? {} : { [OWNER_BOOT_LABEL]: boot }),
  },
});

describe('deadOwners: whose fabric may be swept', () => {
  const own = { installationId: 'me', boot: 'b1' };
  const isAlive = (pid: number) => pid === 100;

  it('names installations whose helper was made on this boot by a pid that is gone', () => {
    expect(deadOwners([helper('a', '200', 'b1'), helper('b', '100', 'b1')], own, isAlive)).toEqual(['a']);
  });

  it('never our own, another boot, or a helper without owner labels', () => {
    const list = [
      helper('me', '200', 'b1'),
      helper('c', '200', 'b2'),
      helper('d', undefined, undefined),
      helper('e', 'x', 'b1'),
    ];
    expect(deadOwners(list, own, isAlive)).toEqual([]);
    expect(deadOwners([helper('a', '200', '')], { installationId: 'me', boot: '' }, isAlive)).toEqual([]);
  });

  it('a pid space is the boot and the pid namespace: a control plane in a container judges none of the host', () => {
    const host = { installationId: 'me', boot: 'b1 pid:[4026531836]' };
    const inContainer = helper('a', '200', 'b1 pid:[4026532999]');
    expect(deadOwners([inContainer], host, isAlive)).toEqual([]);
    expect(deadOwners([helper('a', '200', 'b1 pid:[4026531836]')], host, isAlive)).toEqual(['a']);
  });
  it("this process's pid space names its boot and pid namespace", () => {
    expect(bootId()).toMatch(/^[0-9a-f-]{36} pid:\[\d+\]$/);
  });
});
