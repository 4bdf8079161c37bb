import { describe, expect, it } from 'vitest';
import { FALLBACK_RULE, PERMISSIONS, argAt, ruleFor } from './permissions.js';

describe('permissions table', () => {
  it('every mutation needs at least OPERATOR, except signing in and managing your own credentials', () => {
    const self = new Set(['login', 'logout', 'changePassword', 'createApiToken', 'revokeApiToken']);
    for (const [name, rule] of Object.entries(PERMISSIONS.Mutation)) {
      if (self.has(name)) continue;
      expect([name, rule.role]).not.toEqual([name, 'VIEWER']);
      expect(['OPERATOR', 'ADMIN']).toContain(rule.role);
    }
  });

  it('fails closed: an unknown field is ADMIN everywhere', () => {
    expect(ruleFor('Mutation', 'launchMissiles')).toEqual({ rule: FALLBACK_RULE, known: false });
    expect(FALLBACK_RULE).toEqual({ role: 'ADMIN', whenAbsent: 'global' });
    expect(ruleFor('Query', 'toString').known).toBe(false);
  });

  it('reads target arguments by path', () => {
    expect(argAt({ input: { node: 'n1' } }, 'input.node')).toBe('n1');
    expect(argAt({ input: null }, 'input.node')).toBeUndefined();
    expect(argAt({ id: '' }, 'id')).toBeUndefined();
  });
});
