/**
 * Progressive delivery on a real engine (issue #19 items 4 and 5): canaries whose share of the
 * ingress's requests follows the rollout, the analysis promoting or rolling back by itself from
 * the ingress's per-revision figures, promote and abort by hand, and blue-green switching every
 * request at once without failing one. Every load loop is bounded in requests and time.
 *
 * local/webapp answers /version with its version (and every answer carries X-App-Version);
 * v3's /health answers 500. The "broken v3" canary is checked by /version (it starts and stays
 * healthy: a shallow check) while the clients' requests go to /health, which it fails: the
 * failure the analysis must see in the traffic, not in the health check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, removeServicesAndWait } from './cluster-helpers.js';
import { startTestServer, uniq, waitFor, type TestServer } from './harness.js';
import { taggedWebapp } from './tagged-webapp.js';

interface Figures {
  requests: number;
  errors: number;
  errorRate: number;
  p95Ms: number | null;
}
interface Progressive {
  kind: string;
  phase: string;
  step: number;
  weight: number;
  stableRevision: number;
  canaryRevision: number;
  message: string | null;
  decision: {
    event: string;
    from: string;
    to: string;
    reason: string;
    stable: Figures | null;
    canary: Figures | null;
  } | null;
}
interface Point {
  kind: string;
  phase: string | null;
  step: number;
  weight: number;
  stable: Figures | null;
  canary: Figures | null;
}
interface View {
  revision: number;
  rollout: {
    state: string;
    fromRevision: number;
    toRevision: number;
    progressive: Progressive | null;
    timeline: Point[];
  } | null;
  tasks: { revision: number; state: string; desiredState: string }[];
}

const FIG = 'requests errors errorRate p95Ms';
const VIEW = `revision rollout { state fromRevision toRevision
  progressive { kind phase step weight stableRevision canaryRevision message
    decision { event from to reason stable { ${FIG} } canary { ${FIG} } } }
  timeline(limit: 500) { kind phase step weight stable { ${FIG} } canary { ${FIG} } } }
  tasks { slot revision state desiredState health stateReason }`;

/** One answer of a load loop, in the order the requests were sent. */
interface Answer {
  seq: number;
  status: number;
  version: string;
  body: string;
}

/** Up to `max` requests (and `maxMs`) from `concurrency` workers, until `until()`; every answer kept. */
async function load(
  url: string,
  o: { max: number; maxMs: number; concurrency: number; until?: () => boolean; pauseMs?: number },
): Promise<Answer[]> {
  const out: Answer[] = [];
  let seq = 0;
  const deadline = Date.now() + o.maxMs;
  const worker = async () => {
    while (seq < o.max && Date.now() < deadline && !(o.until?.() ?? false)) {
      const mine = seq++;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        const body = (await res.text()).trim();
        out.push({ seq: mine, status: res.status, version: res.headers.get('x-app-version') ?? '?', body });
      } catch (err) {
        out.push({ seq: mine, status: 0, version: '?', body: (err as Error).message });
      }
      if (o.pauseMs) await new Promise((r) => setTimeout(r, o.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
  return out.sort((a, b) => a.seq - b.seq);
}

/** A bounded load loop (2 workers) running while `during` runs, started a moment before it. */
async function loadDuring<T>(url: string, max: number, during: () => Promise<T>) {
  let done = false;
  const loop = load(url, { max, maxMs: 180_000, concurrency: 2, pauseMs: 5, until: () => done });
  await new Promise((r) => setTimeout(r, 300));
  try {
    const result = await during();
    done = true;
    return { result, answers: await loop };
  } finally {
    done = true;
  }
}

/** Answers went from `from` to `to` once: none of `to` before, at most the requests in flight of `from` after. */
function switchedOnce(answers: Answer[], from: string, to: string) {
  const first = answers.findIndex((a) => a.version === to);
  expect(first, `answers: ${answers.length}, ${JSON.stringify(byVersion(answers))}`).toBeGreaterThan(0);
  expect(answers.slice(0, first).every((a) => a.version === from)).toBe(true);
  expect(answers.slice(first).filter((a) => a.version === from).length).toBeLessThanOrEqual(2);
}

const byVersion = (answers: Answer[]) => {
  const m: Record<string, number> = {};
  for (const a of answers) if (a.status === 200) m[a.version] = (m[a.version] ?? 0) + 1;
  return m;
};

describe('progressive delivery through the ingress on a real engine', () => {
  let s: TestServer;
  const tag = uniq('progtest');
  const created: string[] = [];

  const view = async (svc: string) =>
    (await s.ok<{ service: View }>(`{ service(id: "${svc}") { ${VIEW} } }`)).service;
  /** Waits for `pred` on the service's view; a timeout names the rollout and the tasks as last seen. */
  const until = async (svc: string, what: string, pred: (v: View) => boolean, timeoutMs = 90_000) => {
    let last: View | null = null;
    try {
      return await waitFor(
        async () => {
          last = await view(svc);
          return pred(last) ? last : null;
        },
        { timeoutMs, intervalMs: 150, what: `${svc}: ${what}` },
      );
    } catch (err) {
      const v = last as View | null;
      throw new Error(
        `${(err as Error).message}; last seen: ${JSON.stringify({ rollout: v?.rollout && { ...v.rollout, timeline: undefined }, tasks: v?.tasks })}`,
      );
    }
  };
  const phase = (p: string) => (v: View) => v.rollout?.progressive?.phase === p;
  const running = (v: View, revision?: number) =>
    v.tasks.filter(
      (t) =>
        t.state === 'RUNNING' &&
        t.desiredState === 'RUNNING' &&
        (revision === undefined || t.revision === revision),
    ).length;
  /** The ingress serves `revision` with `replicas` replicas at `weight` % (null: no split). */
  const inRotation = (svc: string, revision: number, replicas: number, weight: number | null) =>
    waitFor(
      async () => {
        const st = (
          await s.ok<{
            ingressStats: {
              listening: boolean;
              revisions: { revision: number; replicas: number; weight: number | null }[];
            } | null;
          }>(`{ ingressStats(serviceId: "${svc}") { listening revisions { revision replicas weight } } }`)
        ).ingressStats;
        const r = st?.revisions.find((x) => x.revision === revision);
        return st?.listening && r && r.replicas === replicas && r.weight === weight;
      },
      {
        timeoutMs: 60_000,
        intervalMs: 150,
        what: `${svc}: revision ${revision} in the ingress at ${weight} %`,
      },
    );

  const check = (path: string) => ({
    shell: `wget -q -O /dev/null http://127.0.0.1:8080${path}`,
    intervalMs: 500,
    timeoutMs: 5000,
    retries: 6,
  });

  /** A published webapp v1 with `replicas`, running and in the ingress; its port. */
  async function publish(
    name: string,
    replicas: number,
    update: Record<string, unknown>,
    extra: Record<string, unknown> = {},
  ) {
    const port = await freePort();
    await s.ok(`mutation($s: ServiceSpecInput!) { createService(spec: $s) { id } }`, {
      s: taggedWebapp(name, tag, {
        replicas,
        ingress: { port, targetPort: 8080, failureThreshold: 1000 },
        update: { monitorMs: 0, ...update },
        // lenient: a machine this loaded can miss a 2 s check, and a replica out of rotation is not what is tested
        healthCheck: check('/health'),
        ...extra,
      }),
    });
    created.push(name);
    await until(name, `${replicas} running`, (v) => running(v, 1) === replicas);
    await inRotation(name, 1, replicas, null);
    return port;
  }
  /** No failed answer; when there are, what the ingress and the service's events said (to tell why). */
  async function noFailures(name: string, answers: Answer[]) {
    const failed = answers.filter((a) => a.status !== 200);
    if (!failed.length) return;
    const { id } = (await s.ok<{ service: { id: string } }>(`{ service(id: "${name}") { id } }`)).service;
    const diag = await s.gql(
      `{ ingressStats(serviceId: "${id}") { listening backends { taskId state draining requests } }
         events(filter: { serviceId: "${id}" }, limit: 300) { items { time kind message } } }`,
    );
    const first = failed[0]!;
    expect(
      failed,
      `${failed.length} of ${answers.length} failed from #${first.seq} (${first.status} ${first.body}); ${JSON.stringify(diag.data)}`,
    ).toEqual([]);
  }
  const patchImage = (name: string, image: string) =>
    s.ok(`mutation($p: ServicePatchInput!) { patchService(id: "${name}", patch: $p) { id } }`, {
      p: { image },
    });

  beforeAll(async () => {
    s = await startTestServer({
      STEVEDORE_RESYNC_INTERVAL_MS: '500',
      STEVEDORE_INGRESS_REFRESH_MS: '300',
      STEVEDORE_INGRESS_UPSTREAM_TIMEOUT_MS: '5000',
    });
  });

  afterAll(async () => {
    if (!s) return;
    await removeServicesAndWait(s, created, tag, ['n1']);
    await s.stop();
  }, 240_000);

  it('a canary at 20 % gets 20 % ± 5 % of 1,000 requests; promoteRollout by hand replaces the rest', async () => {
    const name = uniq('canary20');
    const port = await publish(name, 2, { canary: 1, canarySteps: [{ weight: 20, durationMs: 600_000 }] });
    await patchImage(name, 'local/webapp:v2');
    const stepping = await until(name, 'canary stepping at 20 %', phase('STEPPING'));
    expect(stepping.rollout?.progressive).toMatchObject({
      kind: 'CANARY',
      step: 0,
      weight: 20,
      canaryRevision: 2,
      stableRevision: 1,
    });
    // the canary beside the two old replicas, the rolling update held
    expect(running(stepping, 1)).toBe(2);
    expect(running(stepping, 2)).toBe(1);
    await inRotation(name, 2, 1, 20);

    const answers = await load(`http://127.0.0.1:${port}/version`, {
      max: 1000,
      maxMs: 120_000,
      concurrency: 4,
    });
    await noFailures(name, answers);
    const v = byVersion(answers);
    expect((v.v1 ?? 0) + (v.v2 ?? 0)).toBe(1000);
    expect(v.v2).toBeGreaterThanOrEqual(150);
    expect(v.v2).toBeLessThanOrEqual(250);
    // the bodies say the same as the headers
    expect(answers.filter((a) => a.body !== a.version)).toEqual([]);

    const promoted = await s.ok<{ promoteRollout: { rollout: { progressive: Progressive } } }>(
      `mutation { promoteRollout(id: "${name}") { rollout { progressive { phase weight message } } } }`,
    );
    expect(promoted.promoteRollout.rollout.progressive).toMatchObject({ phase: 'PROMOTED', weight: 100 });
    const done = await until(
      name,
      'promoted canary done',
      (x) => phase('DONE')(x) && x.rollout?.state === 'COMPLETED' && running(x) === 2,
    );
    expect(running(done, 2)).toBe(2);
    const after = await load(`http://127.0.0.1:${port}/version`, { max: 40, maxMs: 30_000, concurrency: 2 });
    expect(byVersion(after)).toEqual({ v2: 40 });
    // nothing left to promote: CONFLICT, naming why
    const again = await s.gql(`mutation { promoteRollout(id: "${name}") { id } }`);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('DONE');
  }, 240_000);

  it('a canary of the broken v3 is rolled back by the analysis, with no more than its share of requests failed', async () => {
    const name = uniq('canaryv3');
    const port = await publish(
      name,
      2,
      {
        canary: 1,
        canarySteps: [{ weight: 20, durationMs: 600_000 }],
        analysis: { minRequests: 10, maxErrorRateIncrease: 0.05 },
      },
      {
        healthCheck: check('/version'),
      },
    );
    await patchImage(name, 'local/webapp:v3');
    await until(name, 'canary stepping', phase('STEPPING'));
    await inRotation(name, 2, 1, 20);

    let aborted = false;
    const watch = until(name, 'analysis aborts', phase('ABORTED'), 120_000).then((v) => {
      aborted = true;
      return v;
    });
    const answers = await load(`http://127.0.0.1:${port}/health`, {
      max: 3000,
      maxMs: 120_000,
      concurrency: 4,
      until: () => aborted,
    });
    const v = await watch;
    const failed = answers.filter((a) => a.status !== 200);
    // every failure is the canary's own answer; the analysis stopped it within its share
    expect(failed.every((a) => a.status === 500 && a.version === 'v3' && a.body === 'unhealthy')).toBe(true);
    expect(failed.length).toBeGreaterThanOrEqual(10);
    expect(failed.length).toBeLessThanOrEqual(Math.ceil(0.25 * answers.length));

    const d = v.rollout!.progressive!.decision!;
    expect(d).toMatchObject({ event: 'fail', from: 'STEPPING', to: 'ABORTED' });
    expect(d.reason).toContain('error rate');
    expect(d.canary!.requests).toBeGreaterThanOrEqual(10);
    expect(d.canary!.errorRate).toBeGreaterThan(0.9);
    expect(d.stable!.errorRate).toBe(0);
    expect(d.stable!.requests).toBeGreaterThan(d.canary!.requests);

    // the decision event carries the figures; the audit log has it as done by stevedore
    const { id } = (await s.ok<{ service: { id: string } }>(`{ service(id: "${name}") { id } }`)).service;
    const ev = await s.ok<{
      events: { items: { kind: string; data: { figures: { canary: Figures; stable: Figures } } }[] };
    }>(
      `{ events(filter: { kinds: ["rollout.aborted"], serviceId: "${id}" }, limit: 10) { items { kind data } } }`,
    );
    const withFigures = ev.events.items.find((e) => e.data?.figures);
    expect(withFigures?.data.figures.canary.errorRate).toBeGreaterThan(0.9);
    const audit = await s.ok<{ auditLog: { items: { actor: string; target: string; details: string }[] } }>(
      `{ auditLog(filter: { action: "canaryAnalysis" }, limit: 20) { items { actor target details } } }`,
    );
    const entry = audit.auditLog.items.find((e) => e.details?.includes('"to":"ABORTED"'));
    expect(entry).toMatchObject({ actor: 'stevedore', target: id });

    // back on v1: the canary stopped, the rollback done, every request answered by v1
    const back = await until(
      name,
      'rolled back',
      (x) => x.rollout?.state === 'ROLLED_BACK' && running(x) === 2 && running(x, 2) === 0,
    );
    expect(back.rollout?.progressive?.phase).toBe('ABORTED');
    const after = await load(`http://127.0.0.1:${port}/health`, { max: 40, maxMs: 30_000, concurrency: 2 });
    expect(byVersion(after)).toEqual({ v1: 40 });
    // the timeline has the samples of both revisions and the decision
    const tl = back.rollout!.timeline;
    expect(
      tl.some((p) => p.kind === 'SAMPLE' && (p.canary?.requests ?? 0) > 0 && (p.stable?.requests ?? 0) > 0),
    ).toBe(true);
    expect(tl.some((p) => p.kind === 'DECISION' && p.phase === 'ABORTED')).toBe(true);
  }, 240_000);

  it('a good v2 is promoted by the analysis step by step, nothing failing', async () => {
    const name = uniq('canaryv2');
    const port = await publish(name, 2, {
      canary: 1,
      canarySteps: [
        { weight: 20, durationMs: 2000 },
        { weight: 50, durationMs: 2000 },
      ],
      analysis: { minRequests: 10 },
    });
    await patchImage(name, 'local/webapp:v2');
    await until(name, 'canary stepping', phase('STEPPING'));
    let done = false;
    const watch = until(
      name,
      'promoted and done',
      (x) =>
        x.rollout?.state === 'COMPLETED' &&
        x.rollout.timeline.some((p) => p.kind === 'DECISION' && p.phase === 'DONE'),
      180_000,
    ).then((v) => {
      done = true;
      return v;
    });
    const answers = await load(`http://127.0.0.1:${port}/health`, {
      max: 6000,
      maxMs: 180_000,
      concurrency: 3,
      pauseMs: 5,
      until: () => done,
    });
    const v = await watch;
    await noFailures(name, answers);
    const decisions = v.rollout!.timeline.filter((p) => p.kind === 'DECISION');
    const moves = decisions.map((p) => `${p.phase}@${p.weight}`);
    // ready → step 1 at 20 %, passed → step 2 at 50 %, passed (last) → promoted, done
    expect(moves).toEqual(['STEPPING@20', 'STEPPING@50', 'PROMOTED@100', 'DONE@100']);
    const judged = decisions.filter((p) => p.canary);
    expect(judged.length).toBe(2);
    for (const p of judged) {
      expect(p.canary!.requests).toBeGreaterThanOrEqual(10);
      expect(p.canary!.errorRate).toBe(0);
    }
    expect(running(v, 2)).toBe(2);
  }, 240_000);

  it('abortRollout by hand sends the canary nothing at once and goes back', async () => {
    const name = uniq('canaryabort');
    const port = await publish(name, 2, { canary: 1, canarySteps: [{ weight: 50, durationMs: 600_000 }] });
    await patchImage(name, 'local/webapp:v2');
    await until(name, 'canary stepping', phase('STEPPING'));
    await inRotation(name, 2, 1, 50);
    const r = await s.ok<{ abortRollout: { rollout: { state: string; progressive: Progressive } } }>(
      `mutation { abortRollout(id: "${name}") { rollout { state progressive { phase weight } } } }`,
    );
    expect(r.abortRollout.rollout).toMatchObject({
      state: 'ROLLING_BACK',
      progressive: { phase: 'ABORTED', weight: 0 },
    });
    await inRotation(name, 1, 2, 100);
    const answers = await load(`http://127.0.0.1:${port}/version`, {
      max: 200,
      maxMs: 60_000,
      concurrency: 4,
    });
    expect(byVersion(answers)).toEqual({ v1: 200 });
    await until(
      name,
      'rolled back',
      (x) => x.rollout?.state === 'ROLLED_BACK' && running(x, 2) === 0 && running(x) === 2,
    );
    const none = await s.gql(`mutation { abortRollout(id: "${name}") { id } }`);
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
  }, 240_000);

  it('abortRollout on a plain rolling update answers CONFLICT pointing to rollbackService, and the update goes on', async () => {
    const name = uniq('plainabort');
    // minReadyMs holds each batch, so the rolling update is still in progress when abort is asked
    await publish(name, 2, { parallelism: 1, minReadyMs: 8000 });
    await patchImage(name, 'local/webapp:v2');
    await until(name, 'updating', (v) => v.rollout?.state === 'UPDATING' && v.rollout.toRevision === 2);
    const refused = await s.gql(`mutation { abortRollout(id: "${name}") { id } }`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect(refused.errors?.[0]?.message).toBe(
      `service ${name}'s rollout to revision 2 is a plain rolling update: abortRollout stops a canary or blue-green rollout; use rollbackService to go back to revision 1, or pauseRollout to hold it`,
    );
    const after = await view(name);
    expect(after.rollout).toMatchObject({ state: 'UPDATING', toRevision: 2, progressive: null });
    const done = await until(
      name,
      'completed on v2',
      (x) => x.rollout?.state === 'COMPLETED' && running(x, 2) === 2 && running(x) === 2,
      120_000,
    );
    expect(done.revision).toBe(2);
  }, 240_000);

  it('blue-green switches every request at once with zero failed requests in a bounded load loop', async () => {
    const name = uniq('bluegreen');
    const port = await publish(name, 2, { blueGreen: true, blueGreenKeepMs: 3000 });
    const { result: v, answers } = await loadDuring(`http://127.0.0.1:${port}/version`, 8000, async () => {
      await patchImage(name, 'local/webapp:v2');
      const switched = await until(name, 'switched', phase('SWITCHED'));
      // the old revision kept beside the new one for the switch back
      expect(running(switched, 1)).toBe(2);
      expect(switched.rollout?.progressive?.weight).toBe(100);
      return until(
        name,
        'done',
        (x) => x.rollout?.state === 'COMPLETED' && running(x) === 2 && running(x, 1) === 0,
        120_000,
      );
    });
    await noFailures(name, answers);
    expect(running(v, 2)).toBe(2);
    switchedOnce(answers, 'v1', 'v2');
  }, 240_000);

  it('abortRollout during the blue-green keep time switches back at once, nothing failing', async () => {
    const name = uniq('bgabort');
    const port = await publish(name, 2, { blueGreen: true, blueGreenKeepMs: 600_000 });
    await patchImage(name, 'local/webapp:v2');
    await until(name, 'switched', phase('SWITCHED'));
    await inRotation(name, 2, 2, 100);
    const { answers } = await loadDuring(`http://127.0.0.1:${port}/version`, 6000, async () => {
      await s.ok(`mutation { abortRollout(id: "${name}") { id } }`);
      return until(
        name,
        'rolled back',
        (x) => x.rollout?.state === 'ROLLED_BACK' && running(x, 2) === 0 && running(x, 1) === 2,
      );
    });
    await noFailures(name, answers);
    switchedOnce(answers, 'v2', 'v1');
  }, 240_000);
});
