import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ruleFor, type OperationKind } from '../../domain/auth/permissions.js';
import { buildStevedoreSchema } from '../schema.js';

// Beside the schema it checks: domain/ imports nothing of the API.
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
});
