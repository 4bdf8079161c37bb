import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import {
  activeTasks,
  createService,
  getService,
  ORCHESTRATION_ENV,
  removeService,
  teardownCluster,
  updateService,
  webapp,
} from './orchestration-helpers.js';

/**
 * The operator's moves of the rollout state machine (domain/orchestrator/update.ts): pauseRollout
 * and resumeRollout through GraphQL on a real engine, and their CONFLICT when the table has no
 * such move from the rollout's state.
 */
describe('rollout: pause and resume by the operator', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer(ORCHESTRATION_ENV);
  });
  afterAll(async () => {
    await teardownCluster(s);
  });

  const mutate = (op: 'pauseRollout' | 'resumeRollout', id: string) =>
    s.gql<Record<string, { rollout: { state: string; phase: string } | null }>>(
      `mutation($id: ID!) { ${op}(id: $id) { rollout { state phase } } }`,
      { id },
    );

  it('holds the next batch while paused, and carries on from where it stood once resumed', async () => {
    const name = uniq('pause');
    const spec = (image: string) =>
      webapp(name, image, 3, { update: { parallelism: 1, monitorMs: 1500, failureAction: 'PAUSE' } });
    const { id } = await createService(s, spec('local/webapp:v1'));
    await waitFor(async () => (await getService(s, id)).healthyReplicas === 3, {
      timeoutMs: 60_000,
      what: '3 healthy v1 replicas',
    });

    // No rollout yet: the table has no pause from NONE, nor a resume.
    for (const op of ['pauseRollout', 'resumeRollout'] as const) {
      const refused = await mutate(op, id);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    }

    await updateService(s, id, spec('local/webapp:v2'));
    const paused = await mutate('pauseRollout', id);
    expect(paused.errors).toBeUndefined();
    expect(paused.data!.pauseRollout!.rollout).toEqual({ state: 'PAUSED', phase: 'paused by operator' });
    // Paused already: no second pause.
    expect((await mutate('pauseRollout', id)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });

    // Whatever batch was under way when the pause came finishes; then nothing more is replaced.
    const settled = await waitFor(
      async () => {
        const v = await getService(s, id);
        const active = activeTasks(v);
        return active.length === 3 && active.every((t) => t.health === 'HEALTHY') && v;
      },
      { timeoutMs: 60_000, what: 'the batch in flight at the pause to be healthy' },
    );
    const v1Slots = activeTasks(settled)
      .filter((t) => t.revision === 1)
      .map((t) => t.slot)
      .sort();
    expect(v1Slots.length).toBeGreaterThanOrEqual(2); // parallelism 1: at most one slot had started
    // Several passes (every 500 ms) and more than a monitor window: an UPDATING rollout would have
    // replaced the next slot by now.
    await new Promise((r) => setTimeout(r, 4000));
    const still = await getService(s, id);
    expect(still.rollout?.state).toBe('PAUSED');
    expect(
      activeTasks(still)
        .filter((t) => t.revision === 1)
        .map((t) => t.slot)
        .sort(),
    ).toEqual(v1Slots);

    const resumedAt = Date.now();
    const resumed = await mutate('resumeRollout', id);
    expect(resumed.data!.resumeRollout!.rollout).toEqual({ state: 'UPDATING', phase: 'resumed' });
    const done = await waitFor(
      async () => {
        const v = await getService(s, id);
        return v.rollout?.state === 'COMPLETED' && v.healthyReplicas === 3 && v;
      },
      { timeoutMs: 90_000, what: 'the resumed rollout to complete' },
    );
    expect(activeTasks(done).every((t) => t.revision === 2)).toBe(true);
    // The slots still on v1 at the pause got their replacements only after the resume.
    for (const slot of v1Slots) {
      const replacement = activeTasks(done).find((t) => t.slot === slot)!;
      expect(new Date(replacement.createdAt).getTime()).toBeGreaterThanOrEqual(resumedAt);
    }
    expect((await mutate('resumeRollout', id)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    await removeService(s, id);
  });
});
