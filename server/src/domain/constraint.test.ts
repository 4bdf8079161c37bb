import { describe, expect, it } from 'vitest';
import {
  compileConstraint,
  parseAttribute,
  parseConstraint,
  validateConstraints,
} from '@stevedore/spec-rules';
import { makeNode } from './scheduler/testing.js';

const eu = makeNode('n1', {
  name: 'alpha',
  labels: { zone: 'eu', disk: 'SSD', 'topology.kubernetes.io/rack': 'r1' },
  role: 'MANAGER',
  os: 'linux',
  arch: 'aarch64',
  hostname: 'alpha.example',
});
const bare = makeNode('n2', { hostname: null });

function matches(expression: string, node = eu): boolean {
  const result = parseConstraint(expression);
  if (!result.ok) throw new Error(result.error);
  return result.constraint.matches(node);
}

function errorOf(expression: string): string {
  const result = parseConstraint(expression);
  if (result.ok) throw new Error(`"${expression}" parsed`);
  return result.error;
}

describe('parseConstraint: valid expressions', () => {
  it('compares labels with == and != (values case-insensitive, as swarm)', () => {
    expect(matches('node.labels.zone == eu')).toBe(true);
    expect(matches('node.labels.zone==EU')).toBe(true);
    expect(matches('node.labels.zone == us')).toBe(false);
    expect(matches('node.labels.zone != us')).toBe(true);
    expect(matches('node.labels.zone!=eu')).toBe(false);
  });

  it('treats a missing label as failing == and satisfying !=', () => {
    expect(matches('node.labels.zone == eu', bare)).toBe(false);
    expect(matches('node.labels.zone != eu', bare)).toBe(true);
  });

  it('supports in / not in / notin lists', () => {
    expect(matches('node.labels.disk in (ssd, nvme)')).toBe(true);
    expect(matches('node.labels.disk in (hdd,nvme)')).toBe(false);
    expect(matches('node.labels.disk not in (hdd, nvme)')).toBe(true);
    expect(matches('node.labels.disk notin (ssd)')).toBe(false);
    expect(matches('node.labels.disk in (ssd)', bare)).toBe(false);
    expect(matches('node.labels.disk not in (ssd)', bare)).toBe(true);
    expect(matches('node.labels.zone in ("eu", \'us west\')')).toBe(true);
  });

  it('supports exists, does not exist and !exists', () => {
    expect(matches('node.labels.zone exists')).toBe(true);
    expect(matches('node.labels.zone exists', bare)).toBe(false);
    expect(matches('node.labels.gpu does not exist')).toBe(true);
    expect(matches('node.labels.zone does not exist')).toBe(false);
    expect(matches('node.labels.gpu !exists')).toBe(true);
    expect(matches('node.labels.zone!exists')).toBe(false);
    expect(matches('node.hostname exists', bare)).toBe(false);
  });

  it('reads node.id, name, hostname, role, platform and label keys with slashes', () => {
    expect(matches('node.id == n1')).toBe(true);
    expect(matches('node.name == alpha')).toBe(true);
    expect(matches('node.hostname == alpha.example')).toBe(true);
    expect(matches('node.role == manager')).toBe(true);
    expect(matches('node.role != worker')).toBe(true);
    expect(matches('node.platform.os == linux')).toBe(true);
    expect(matches('node.platform.arch in (aarch64, arm64)')).toBe(true);
    expect(matches('node.platform.arch == x86_64')).toBe(false);
    expect(matches('node.labels.topology.kubernetes.io/rack == r1')).toBe(true);
    expect(matches('NODE.Role == Manager')).toBe(true);
  });

  it('keeps label keys exact', () => {
    expect(matches('node.labels.Zone exists')).toBe(false);
  });

  it('renders a canonical text for explanations', () => {
    const text = (e: string) => {
      const r = parseConstraint(e);
      return r.ok ? r.constraint.text : r.error;
    };
    expect(text('  node.labels.zone   ==   eu ')).toBe('node.labels.zone==eu');
    expect(text('node.labels.zone!= eu')).toBe('node.labels.zone!=eu');
    expect(text('node.labels.disk notin (a,b)')).toBe('node.labels.disk not in (a, b)');
    expect(text('node.labels.gpu !exists')).toBe('node.labels.gpu does not exist');
    expect(text('node.labels.gpu EXISTS')).toBe('node.labels.gpu exists');
  });

  it('caches compiled constraints by expression string', () => {
    const a = compileConstraint('node.labels.zone == eu');
    expect(compileConstraint('node.labels.zone == eu')).toBe(a);
  });
});

describe('parseConstraint: invalid expressions', () => {
  it.each([
    ['', 'invalid constraint "": empty expression'],
    [
      'node.labels.zone = eu',
      'invalid constraint "node.labels.zone = eu": use "==" (or "!=") to compare, not "="',
    ],
    ['node.labels.zone ==', 'invalid constraint "node.labels.zone ==": missing value after "=="'],
    ['node.labels.zone !=  ', 'invalid constraint "node.labels.zone !=": missing value after "!="'],
    [
      'node.labels.zone',
      'invalid constraint "node.labels.zone": expected an operator (==, !=, in, not in, exists, does not exist) after the attribute',
    ],
    [
      'node.zone == eu',
      'invalid constraint "node.zone == eu": unknown attribute "node.zone" (expected node.id, node.name, node.hostname, node.role, node.platform.os, node.platform.arch or node.labels.<key>)',
    ],
    ['node.labels. == eu', 'invalid constraint "node.labels. == eu": missing label key after "node.labels."'],
    [
      'node.labels.zone in eu, us',
      'invalid constraint "node.labels.zone in eu, us": expected a parenthesised list after "in", e.g. (a, b)',
    ],
    [
      'node.labels.zone not in ()',
      'invalid constraint "node.labels.zone not in ()": empty list after "not in"',
    ],
    [
      'node.labels.zone in (eu,,us)',
      'invalid constraint "node.labels.zone in (eu,,us)": empty item 2 in the list after "in"',
    ],
    [
      'node.labels.zone == eu west',
      'invalid constraint "node.labels.zone == eu west": value "eu west" contains spaces (quote it if that is intended)',
    ],
    [
      'node.labels.zone ~ eu',
      'invalid constraint "node.labels.zone ~ eu": unknown operator "~" (expected ==, !=, in, not in, exists or does not exist)',
    ],
    [
      'node.labels.gpu exists yes',
      'invalid constraint "node.labels.gpu exists yes": unexpected "yes" after "exists"',
    ],
    ['== eu', 'invalid constraint "== eu": expected an attribute such as node.labels.zone first'],
  ])('rejects %j', (expression, error) => {
    expect(errorOf(expression)).toBe(error);
  });

  it('validates a list, reporting every bad expression', () => {
    expect(validateConstraints(['node.labels.zone == eu', 'node.x == 1', 'node.role = manager'])).toEqual([
      'invalid constraint "node.x == 1": unknown attribute "node.x" (expected node.id, node.name, node.hostname, node.role, node.platform.os, node.platform.arch or node.labels.<key>)',
      'invalid constraint "node.role = manager": use "==" (or "!=") to compare, not "="',
    ]);
  });

  it('parses attributes on their own (spread preferences use them)', () => {
    const zone = parseAttribute('node.labels.zone');
    expect(zone.ok && zone.value.get(eu)).toBe('eu');
    expect(parseAttribute('node.labels.bad key')).toEqual({
      ok: false,
      error: 'invalid label key "bad key"',
    });
  });
});
