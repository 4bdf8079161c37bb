import { describe, expect, it } from 'vitest';
import { allocateSubnet, checkNetwork, cidrsOverlap, cidrText, parseCidr, type Cidr } from './network.js';

const c = (s: string) => parseCidr(s) as Cidr;

describe('CIDR maths', () => {
  it('parses and refuses host bits', () => {
    expect(cidrText(c('10.240.3.0/24'))).toBe('10.240.3.0/24');
    expect(parseCidr('10.240.3.1/24')).toMatch(/host bits set; the network address is 10.240.3.0\/24/);
    expect(parseCidr('10.240.3.0')).toMatch(/not an IPv4 CIDR/);
    expect(parseCidr('300.1.1.0/24')).toMatch(/not an IPv4 address/);
  });
  it('detects overlap both ways', () => {
    expect(cidrsOverlap(c('10.0.0.0/16'), c('10.0.5.0/24'))).toBe(true);
    expect(cidrsOverlap(c('10.0.5.0/24'), c('10.0.0.0/16'))).toBe(true);
    expect(cidrsOverlap(c('10.0.5.0/24'), c('10.0.6.0/24'))).toBe(false);
    expect(cidrsOverlap(c('192.168.0.0/16'), c('10.0.0.0/8'))).toBe(false);
  });
  it('allocates the first free block of the pool', () => {
    const pool = c('10.240.0.0/16');
    expect(cidrText(allocateSubnet(pool, 24, [])!)).toBe('10.240.0.0/24');
    expect(
      cidrText(allocateSubnet(pool, 24, [c('10.240.0.0/24'), c('10.240.1.0/24'), c('10.240.2.0/24')])!),
    ).toBe('10.240.3.0/24');
    expect(allocateSubnet(c('10.240.0.0/24'), 24, [c('10.240.0.0/25')])).toBeNull();
  });
});

describe('checkNetwork', () => {
  const existing = [{ name: 'backend', subnet: '10.240.1.0/24' }];
  it('refuses an overlapping subnet naming the other network', () => {
    const r = checkNetwork({ name: 'front', subnet: '10.240.0.0/16' }, existing);
    expect(r.errors).toEqual([
      { field: 'subnet', reason: '10.240.0.0/16 overlaps 10.240.1.0/24 of network "backend"' },
    ]);
  });
  it('refuses a taken or reserved name', () => {
    expect(checkNetwork({ name: 'backend' }, existing).errors[0]!.field).toBe('name');
    expect(checkNetwork({ name: 'bridge' }, existing).errors[0]!.reason).toMatch(/reserved/);
  });
  it('checks the gateway against the subnet', () => {
    expect(
      checkNetwork({ name: 'a1', subnet: '10.241.0.0/24', gateway: '10.242.0.1' }, []).errors[0]!.field,
    ).toBe('gateway');
    expect(checkNetwork({ name: 'a1', subnet: '10.241.0.0/24', gateway: '10.241.0.254' }, []).errors).toEqual(
      [],
    );
    expect(checkNetwork({ name: 'a1', gateway: '10.241.0.1' }, []).errors[0]!.reason).toMatch(
      /needs a subnet/,
    );
  });
});

describe('engine subnets', () => {
  it('masks host bits of subnets the engines report', async () => {
    const { parseCidrLoose } = await import('./network.js');
    expect(cidrText(parseCidrLoose('10.213.1.1/24')!)).toBe('10.213.1.0/24');
    expect(
      checkNetwork(
        { name: 'x1', subnet: '10.213.1.0/25' },
        [],
        [{ name: 'bridge on node n1', subnet: '10.213.1.1/24' }],
      ).errors[0]!.reason,
    ).toMatch(/overlaps 10.213.1.1\/24 of network "bridge on node n1"/);
  });
});
