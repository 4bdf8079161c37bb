import { describe, expect, it } from 'vitest';
import {
  buildNames,
  lookupName,
  normalizeName,
  parseTable,
  rotate,
  sameNames,
  type ReplicaAddress,
} from './dns.js';

const r = (slot: number, ip: string, extra: Partial<ReplicaAddress> = {}): ReplicaAddress => ({
  serviceName: 'db',
  slot,
  taskId: `t${slot}-${ip}`,
  revision: 1,
  current: true,
  ip,
  ...extra,
});

describe('service discovery names', () => {
  it('a service name lists every healthy replica, a slot name one', () => {
    const names = buildNames(['db', 'web'], [r(2, '10.0.0.20'), r(1, '10.0.0.3'), r(3, '10.0.0.100')]);
    expect(names.db).toEqual(['10.0.0.3', '10.0.0.20', '10.0.0.100']);
    expect(names['1.db']).toEqual(['10.0.0.3']);
    expect(names['3.db']).toEqual(['10.0.0.100']);
    expect(names.web).toEqual([]);
    expect(names['4.db']).toBeUndefined();
  });

  it('during a rollout a slot answers its current-revision replica', () => {
    const names = buildNames(
      ['db'],
      [r(1, '10.0.0.5', { revision: 1, current: false }), r(1, '10.0.0.6', { revision: 2, current: true })],
    );
    expect(names.db).toEqual(['10.0.0.5', '10.0.0.6']);
    expect(names['1.db']).toEqual(['10.0.0.6']);
  });

  it('TASK.SLOT.SERVICE names one task, by its id or a prefix unique in its slot', () => {
    const names = buildNames(
      ['db'],
      [
        r(1, '10.0.0.5', { taskId: 'AB12-old', revision: 1, current: false }),
        r(1, '10.0.0.6', { taskId: 'ab34-new', revision: 2, current: true }),
        r(2, '10.0.0.7', { taskId: 'ab56' }),
      ],
    );
    expect(names['ab12-old.1.db']).toEqual(['10.0.0.5']);
    expect(lookupName(names, 'ab12-old.1.db')).toEqual({ ips: ['10.0.0.5'] });
    // The old revision's task stays addressable while SLOT.SERVICE answers the new one.
    expect(lookupName(names, '1.db')).toEqual({ ips: ['10.0.0.6'] });
    expect(lookupName(names, 'ab1.1.db')).toEqual({ ips: ['10.0.0.5'] });
    expect(lookupName(names, 'ab3.1.db')).toEqual({ ips: ['10.0.0.6'] });
    // Ambiguous in its slot, in another slot, or no such task: denied, never forwarded.
    expect(lookupName(names, 'ab.1.db')).toBe('nxdomain');
    expect(lookupName(names, 'ab56.1.db')).toBe('nxdomain');
    expect(lookupName(names, 'ab5.2.db')).toEqual({ ips: ['10.0.0.7'] });
    expect(lookupName(names, 'zz.9.db')).toBe('nxdomain');
    expect(lookupName(names, 'x.db')).toBe('nxdomain');
    expect(lookupName(names, 'example.com')).toBe('forward');
    expect(lookupName(names, 'elsewhere')).toBe('forward');
  });

  it("a GLOBAL service's replicas are named by node", () => {
    const names = buildNames(
      ['agent'],
      [
        r(0, '10.0.0.8', { serviceName: 'agent', slot: 'N3', taskId: 'c0ffee' }),
        r(0, '10.0.0.9', { serviceName: 'agent', slot: 'n2', taskId: 'beef' }),
      ],
    );
    expect(names['n3.agent']).toEqual(['10.0.0.8']);
    expect(lookupName(names, 'c0f.n3.agent')).toEqual({ ips: ['10.0.0.8'] });
    expect(lookupName(names, 'c0f.n2.agent')).toBe('nxdomain');
    expect(names.agent).toEqual(['10.0.0.8', '10.0.0.9']);
  });

  it('names are case-insensitive and the root dot is dropped', () => {
    expect(normalizeName('DB.')).toBe('db');
    expect(buildNames(['Api'], [])).toEqual({ api: [] });
  });

  it('rotation walks the list round robin', () => {
    expect([0, 1, 2, 3].map((n) => rotate(['a', 'b', 'c'], n)[0])).toEqual(['a', 'b', 'c', 'a']);
    expect(rotate([], 5)).toEqual([]);
  });

  it('compares tables and refuses malformed feeds', () => {
    expect(sameNames({ a: ['1.1.1.1'] }, { a: ['1.1.1.1'] })).toBe(true);
    expect(sameNames({ a: ['1.1.1.1'] }, { a: ['1.1.1.2'] })).toBe(false);
    expect(sameNames({ a: [] }, { a: [], b: [] })).toBe(false);
    expect(parseTable({ version: 1, names: { a: ['x'] } })).toBe('names.a must be a list of IPv4 addresses');
    expect(parseTable({ version: -1, names: {} })).toBe('version must be a non-negative integer');
    expect(parseTable({ version: 3, generatedAt: 'now', names: { a: ['1.2.3.4'] } })).toEqual({
      version: 3,
      generatedAt: 'now',
      names: { a: ['1.2.3.4'] },
    });
  });
});
