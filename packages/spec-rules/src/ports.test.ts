import { describe, expect, it } from 'vitest';
import { isIP } from 'node:net';
import { bindingsCollide, checkIpAddress, checkPorts, isIPv4, isIPv6 } from './ports.js';

describe('checkPorts', () => {
  it('fills defaults: tcp on 127.0.0.1, host port 0 = engine picks', () => {
    expect(checkPorts([{ containerPort: 8080 }])).toEqual({
      value: [{ containerPort: 8080, hostPort: 0, hostIp: '127.0.0.1', protocol: 'tcp' }],
      errors: [],
    });
    expect(checkPorts([{ containerPort: 53, hostPort: 5353, hostIp: '::1', protocol: 'UDP' }]).value).toEqual(
      [{ containerPort: 53, hostPort: 5353, hostIp: '::1', protocol: 'udp' }],
    );
    expect(
      checkPorts([{ containerPort: 1, hostPort: 65535, hostIp: '0.0.0.0', protocol: 'sctp' }]).errors,
    ).toEqual([]);
  });

  it('names every bad field by index', () => {
    const r = checkPorts([
      { containerPort: 8080, hostPort: 8080 },
      { containerPort: 70000, hostPort: -1, hostIp: '300.1.1.1', protocol: 'icmp' },
      { containerPort: 1.5 },
      { containerPort: 0, hostPort: 65536 },
    ]);
    expect(r.errors).toEqual([
      { field: 'ports[1].containerPort', reason: 'must be an integer between 1 and 65535 (got 70000)' },
      {
        field: 'ports[1].hostPort',
        reason: 'must be an integer between 0 and 65535, 0 letting the engine pick (got -1)',
      },
      { field: 'ports[1].protocol', reason: 'must be tcp, udp or sctp (got "icmp")' },
      { field: 'ports[1].hostIp', reason: '"300.1.1.1" is not a valid IPv4 or IPv6 address' },
      { field: 'ports[2].containerPort', reason: 'must be an integer between 1 and 65535 (got 1.5)' },
      { field: 'ports[3].containerPort', reason: 'must be an integer between 1 and 65535 (got 0)' },
      {
        field: 'ports[3].hostPort',
        reason: 'must be an integer between 0 and 65535, 0 letting the engine pick (got 65536)',
      },
    ]);
  });

  it('names host port collisions within the spec', () => {
    const r = checkPorts(
      [
        { containerPort: 80, hostPort: 8080 },
        { containerPort: 81, hostPort: 8080, protocol: 'udp' },
        { containerPort: 82, hostPort: 8080, hostIp: '0.0.0.0' },
        { containerPort: 83, hostPort: 8080, hostIp: '127.0.0.2' },
        { containerPort: 84 },
        { containerPort: 85 },
      ],
      'spec.ports',
    );
    expect(r.errors).toEqual([
      {
        field: 'spec.ports[2].hostPort',
        reason: '0.0.0.0:8080/tcp is already published by spec.ports[0] (127.0.0.1:8080/tcp)',
      },
      {
        field: 'spec.ports[3].hostPort',
        reason: '127.0.0.2:8080/tcp is already published by spec.ports[2] (0.0.0.0:8080/tcp)',
      },
    ]);
  });

  it('knows which bindings collide', () => {
    const b = (hostIp: string, hostPort: number, protocol = 'tcp') => ({ hostIp, hostPort, protocol });
    expect(bindingsCollide(b('127.0.0.1', 80), b('127.0.0.1', 80))).toBe(true);
    expect(bindingsCollide(b('::', 80), b('127.0.0.1', 80))).toBe(true);
    expect(bindingsCollide(b('127.0.0.1', 80), b('127.0.0.2', 80))).toBe(false);
    expect(bindingsCollide(b('127.0.0.1', 80), b('127.0.0.1', 80, 'udp'))).toBe(false);
    expect(bindingsCollide(b('0.0.0.0', 0), b('0.0.0.0', 0))).toBe(false);
  });

  it('checks IP addresses', () => {
    expect(checkIpAddress('10.0.0.1')).toBeNull();
    expect(checkIpAddress('fe80::1')).toBeNull();
    expect(checkIpAddress('localhost')).toBe('"localhost" is not a valid IPv4 or IPv6 address');
  });
});

describe('isIPv4 / isIPv6 (pure, so the dashboard runs them too)', () => {
  it("agrees with node:net's isIP on addresses valid and not", () => {
    const samples = [
      '127.0.0.1',
      '0.0.0.0',
      '255.255.255.255',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3',
      '::',
      '::1',
      '1:2:3:4:5:6:7:8',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      'fe80::1%eth0',
      '::ffff:127.0.0.1',
      '::ffff:300.1.1.1',
      'gggg::1',
      '12345::',
      '1:2:3:4:5:6:7::',
      '',
      'localhost',
    ];
    for (const ip of samples) expect([ip, isIPv4(ip) || isIPv6(ip)]).toEqual([ip, isIP(ip) !== 0]);
  });
});
