import { describe, expect, it } from 'vitest';
import { buildNames, normalizeName, parseTable, rotate, sameNames, type ReplicaAddress } from './dns.js';

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
