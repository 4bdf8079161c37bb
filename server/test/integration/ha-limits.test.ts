import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childCall, startChild, stopChild, type Child } from './child-server.js';
import { storeEnv, testStore } from './store-env.js';

/**
 * Rate limits hold across replicas (issue #17): two control planes on one PostgreSQL, a
 * per-credential limit of BURST requests (refilled at one every 100 s; large enough for the start-up polls of the admin token). A fresh API token
 * alternating between the replicas gets BURST answers in all, not BURST from each, and then 429
 * from both. With buckets kept per process (the SQLite default), it would get twice as many.
 */
const BURST = 200;
const TOKEN = `ha-limits-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

describe.skipIf(testStore() !== 'postgres')('rate limits across replicas on one PostgreSQL', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-ha-limits-'));
  const shared = storeEnv(path.join(root, 'shared'));
  const children: Child[] = [];

  afterAll(async () => {
    for (const c of children) await stopChild(c);
    if (!process.env.STEVEDORE_TEST_KEEP) fs.rmSync(root, { recursive: true, force: true });
  });

  it('a credential gets one limit whichever replica it reaches', async () => {
    for (const id of ['lim-a', 'lim-b']) {
      const dir = path.join(root, id);
      fs.mkdirSync(dir, { recursive: true });
      // The admin token's own bucket is large (the start-up polls use it); the tested token is new.
      children.push(
        await startChild(dir, TOKEN, {
          ...shared,
          STEVEDORE_INSTANCE_ID: id,
          STEVEDORE_RATE_LIMIT: `0.01,${BURST}`,
          STEVEDORE_RATE_LIMIT_IP: '0',
        }),
      );
    }
    const [a, b] = children as [Child, Child];
    // The admin token made the readiness polls; the tested token starts with a full bucket.
    const token = (
      await childCall<{ createApiToken: { token: string } }>(
        a,
        'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { token } }',
        { i: { name: 'limits', role: 'VIEWER', environments: ['default'], expiresInDays: 1 } },
      )
    ).createApiToken.token;

    const ask = async (c: Child) =>
      (
        await fetch(c.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ __typename }' }),
        })
      ).status;
    const answers: { replica: string; status: number }[] = [];
    for (let i = 0; i < 3 * BURST; i++) {
      const c = i % 2 === 0 ? a : b;
      answers.push({ replica: c === a ? 'a' : 'b', status: await ask(c) });
    }
    const ok = answers.filter((x) => x.status === 200);
    const limited = answers.filter((x) => x.status === 429);
    console.log(
      `rate limits across replicas: ${ok.length} answered (a ${ok.filter((x) => x.replica === 'a').length}, b ${ok.filter((x) => x.replica === 'b').length}), ${limited.length} refused, burst ${BURST}`,
    );
    expect(answers.every((x) => x.status === 200 || x.status === 429)).toBe(true);
    // One bucket: BURST in all (plus at most one refilled while the loop ran), not BURST per replica.
    expect(ok.length).toBeGreaterThanOrEqual(BURST);
    expect(ok.length).toBeLessThanOrEqual(BURST + 1);
    expect(new Set(limited.map((x) => x.replica))).toEqual(new Set(['a', 'b']));
  }, 180_000);
});
