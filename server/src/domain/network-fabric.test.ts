import { describe, expect, it } from 'vitest';
import { cidrText, parseCidr, type Cidr } from './network.js';
import {
  freeSlice,
  nextHop,
  nodePlan,
  routeSource,
  sliceCidr,
  sliceCount,
  sliceGateway,
  slicePrefix,
  staleRoutes,
} from './network-fabric.js';

const c = (s: string) => parseCidr(s) as Cidr;

describe('network slices per node', () => {
  it('cuts a subnet in at least 16 slices of at most /24, never below /28', () => {
    expect(slicePrefix(c('10.240.0.0/22'))).toBe(26);
    expect(slicePrefix(c('10.240.0.0/16'))).toBe(24);
    expect(slicePrefix(c('10.240.0.0/24'))).toBe(28);
    expect(slicePrefix(c('10.240.0.0/27'))).toBe(28);
    expect(sliceCount(c('10.240.0.0/22'))).toBe(16);
    expect(sliceCount(c('10.0.0.0/16'))).toBe(256);
  });

  it('numbers slices from the subnet base and gives each its first host as gateway', () => {
    const n = c('10.240.4.0/22');
    expect(cidrText(sliceCidr(n, 0))).toBe('10.240.4.0/26');
    expect(cidrText(sliceCidr(n, 5))).toBe('10.240.5.64/26');
    expect(sliceGateway(n, 0, '10.240.4.1')).toBe('10.240.4.1');
    expect(sliceGateway(n, 5, '10.240.4.1')).toBe('10.240.5.65');
  });

  it('picks the lowest free slice, none when all are taken', () => {
    const n = c('10.240.4.0/22');
    expect(freeSlice(n, [0, 1, 3])).toBe(2);
    expect(freeSlice(n, [...Array(16).keys()])).toBeNull();
  });
});

describe('what a node needs', () => {
  it('rebuilds its chains whole: anti-spoofing, pass inside the network, no NAT inside it, INTERNAL closed to the node', () => {
    const plan = nodePlan(
      'STV-x',
      [
        { name: 'a', subnet: '10.240.4.0/22', slice: '10.240.4.0/26', bridge: 'br-aaa', internal: false },
        { name: 'i', subnet: '10.240.8.0/22', slice: '10.240.8.0/26', bridge: 'br-iii', internal: true },
      ],
      [{ dst: '10.240.4.64/26', via: '10.214.2.2' }],
    );
    expect(plan.proxyArp).toEqual(['br-aaa', 'br-iii']);
    expect(plan.routes).toEqual([{ dst: '10.240.4.64/26', via: '10.214.2.2' }]);
    const lines = plan.restore.split('\n');
    expect(lines).toContain(':STV-x - [0:0]');
    expect(lines).toContain(':STV-x-IN - [0:0]');
    expect(lines).toContain(
      '-A STV-x -i br-aaa ! -s 10.240.4.0/22 -m comment --comment "stevedore a" -j DROP',
    );
    expect(lines).toContain(
      '-A STV-x -s 10.240.4.0/22 -d 10.240.4.0/22 -m comment --comment "stevedore a" -j ACCEPT',
    );
    expect(lines).toContain(
      '-A STV-x-IN -i br-iii ! -d 10.240.8.0/22 -m comment --comment "stevedore i" -j DROP',
    );
    expect(lines.filter((l) => l.startsWith('-A STV-x-IN'))).toHaveLength(1);
    expect(lines.filter((l) => l === 'COMMIT')).toHaveLength(2);
  });

  it('opens an INTERNAL network to the cluster resolver and to nothing else outside', () => {
    const local = [
      { name: 'a', subnet: '10.240.4.0/22', slice: '10.240.4.0/26', bridge: 'br-aaa', internal: false },
      { name: 'i', subnet: '10.240.8.0/22', slice: '10.240.8.0/26', bridge: 'br-iii', internal: true },
    ];
    const lines = nodePlan('STV-x', local, [], { address: '10.213.1.1', port: 53 }).restore.split('\n');
    const dns = lines.filter((l) => l.includes('dns"'));
    // UDP and TCP each: asked on this node (INPUT) or forwarded, the answers back, masqueraded.
    expect(dns).toHaveLength(8);
    expect(dns.every((l) => l.includes('10.240.8.0/22') && l.includes('10.213.1.1/32'))).toBe(true);
    expect(lines).toContain(
      '-A STV-x-IN -i br-iii -s 10.240.8.0/22 -d 10.213.1.1/32 -p udp --dport 53 -m comment --comment "stevedore i dns" -j ACCEPT',
    );
    expect(lines).toContain(
      '-A STV-x -o br-iii -s 10.213.1.1/32 -d 10.240.8.0/22 -p tcp --sport 53 -m conntrack --ctstate ESTABLISHED -m comment --comment "stevedore i dns" -j ACCEPT',
    );
    expect(lines).toContain(
      '-A STV-x -s 10.240.8.0/22 -d 10.213.1.1/32 -p udp --dport 53 ! -o br-iii -m comment --comment "stevedore i dns" -j MASQUERADE',
    );
    // The hole comes before the INTERNAL network's drop; a BRIDGE network gets none (Docker's NAT serves it).
    const input = lines.filter((l) => l.startsWith('-A STV-x-IN'));
    expect(input.at(-1)).toContain('-j DROP');
    expect(dns.some((l) => l.includes('br-aaa'))).toBe(false);
    // Without a resolver, no hole.
    expect(nodePlan('STV-x', local, []).restore).not.toContain('dns');
  });

  it("removes routes of its own networks no longer wanted and orphans, never another installation's", () => {
    const present = ['10.240.4.64/26', '10.240.4.128/26', '10.240.12.64/26', '10.99.0.0/24'];
    expect(
      staleRoutes(
        present,
        [{ dst: '10.240.4.64/26', via: 'x' }],
        ['10.240.4.0/22'],
        ['10.240.4.0/22', '10.240.12.0/22'],
      ),
    ).toEqual(['10.240.4.128/26', '10.99.0.0/24']);
  });

  it('reads next hops and source addresses from ip route get', () => {
    expect(nextHop('192.0.2.2 via 10.214.2.1 dev eth0 src 10.214.2.2 uid 0', '192.0.2.2')).toBe('10.214.2.1');
    expect(nextHop('10.214.2.2 dev sdv2 src 10.214.2.1 uid 0', '10.214.2.2')).toBe('10.214.2.2');
    expect(nextHop('RTNETLINK answers: Network is unreachable', '10.9.9.9')).toBeNull();
    expect(routeSource('198.51.100.1 via 192.0.2.1 dev eth0 src 192.0.2.2 uid 0')).toBe('192.0.2.2');
  });
});
