import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { buildStevedoreSchema } from '../../api/schema.js';
import { FALLBACK_RULE, PERMISSIONS, argAt, ruleFor, type OperationKind } from './permissions.js';

describe('permissions table', () => {
  it('has a rule for every root field of the built schema, and none for fields that are gone', async () => {
    const schema = await buildStevedoreSchema();
    const roots: [OperationKind, ReturnType<typeof schema.getQueryType>][] = [
      ['Query', schema.getQueryType()],
      ['Mutation', schema.getMutationType()],
      ['Subscription', schema.getSubscriptionType()],
    ];
    const missing: string[] = [];
    const stale: string[] = [];
    for (const [kind, type] of roots) {
      const fields = Object.keys(type?.getFields() ?? {});
      for (const f of fields) if (!ruleFor(kind, f).known) missing.push(`${kind}.${f}`);
      for (const f of Object.keys(PERMISSIONS[kind])) if (!fields.includes(f)) stale.push(`${kind}.${f}`);
    }
    // A new root field must be added to domain/auth/permissions.ts (until then it is ADMIN-only).
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
  }, 60_000);

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
