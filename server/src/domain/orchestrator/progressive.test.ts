/**
 * One test per row of the progressive delivery table (progressive.ts), and the moves it does not
 * make. The planner's moves (ready, fail of a task, done) go through reconcileService, the
 * analysis loop's (pass, fail, promote at the last step) through advanceStep, the operator's
 * (promote, abort) through applyEvent and withProgressive.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_UPDATE_CONFIG,
  type ProgressivePhase,
  type ProgressiveState,
  type RevisionCounters,
  type Rollout,
  type ServiceSpec,
} from '../service.js';
import { count, emptyCounters, figuresBetween, judgeStep, quantile } from './analysis.js';
import { reconcileService } from './index.js';
import {
  advanceStep,
  applyEvent,
  nextPhase,
  PROGRESSIVE_TRANSITIONS,
  trafficSplit,
  withProgressive,
  type ProgressiveEvent,
  type ProgressiveKind,
} from './progressive.js';
import { at, input, mkRollout, obs, service, spec, task } from './testing.js';
import { startRollout } from './update.js';

const tested = new Set<string>();
function row(kind: ProgressiveKind, from: ProgressivePhase, event: ProgressiveEvent, to: ProgressivePhase) {
  tested.add(`${kind} ${from} ${event} ${to}`);
  return `${kind} ${from} --${event}--> ${to}`;
}

const steps = [
  { weight: 10, durationMs: 1000 },
  { weight: 50, durationMs: 1000 },
];
const analysis = { maxErrorRateIncrease: 0.05, maxP95Ratio: 2, minP95IncreaseMs: 20, minRequests: 10 };
const v1 = spec();
const canarySpec = (over: Partial<ServiceSpec['update']> = {}) =>
  spec({
    image: 'local/webapp:v2',
    update: { ...DEFAULT_UPDATE_CONFIG, monitorMs: 0, canary: 1, canarySteps: steps, analysis, ...over },
  });
const greenSpec = () =>
  spec({
    image: 'local/webapp:v2',
    update: { ...DEFAULT_UPDATE_CONFIG, monitorMs: 0, blueGreen: true, blueGreenKeepMs: 5000 },
  });

function prog(kind: ProgressiveKind, phase: ProgressivePhase, over: Partial<ProgressiveState> = {}) {
  return {
    kind,
    phase,
    stableRevision: 1,
    canaryRevision: 2,
    tasks: kind === 'CANARY' ? 1 : 3,
    step: 0,
    weight: phase === 'STEPPING' ? 10 : phase === 'STARTING' ? 0 : 100,
    stepStartedAt: at(0),
    switchedAt: phase === 'SWITCHED' ? at(0) : null,
    baseline: null,
    decision: null,
    ...over,
  } satisfies ProgressiveState;
}

function rollout(p: ProgressiveState, over: Partial<Rollout> = {}): Rollout {
  return mkRollout('UPDATING', { progressive: p, ...over });
}

/** 3 replicas of revision 1 on record, revision 2 current, with `extra` tasks of revision 2 in slots 4.. */
function world(
  s: ServiceSpec,
  r: Rollout,
  extra: { state?: 'RUNNING' | 'FAILED'; n: number },
  now = at(1000),
) {
  const old = [1, 2, 3].map((slot) => task(`old${slot}`, slot, { revision: 1 }));
  const fresh = Array.from({ length: extra.n }, (_, i) =>
    task(`new${i}`, 4 + i, {
      revision: 2,
      state: extra.state ?? 'RUNNING',
      createdAt: at(10),
      updatedAt: at(20),
      desiredState: extra.state === 'FAILED' ? 'SHUTDOWN' : 'RUNNING',
    }),
  );
  const svc = service(s, { currentRevision: 2, previousRevision: 1, rollout: r });
  const tasks = [...old, ...fresh];
  return input(
    svc,
    tasks,
    tasks.filter((t) => t.state === 'RUNNING').map((t) => obs(t)),
    now,
    undefined,
    [[1, v1]],
  );
}

const counters = (requests: number, errors: number, latencyMs: number): RevisionCounters => {
  const c = emptyCounters();
  for (let i = 0; i < requests; i++) count(c, latencyMs, i < errors);
  return c;
};

describe('progressive delivery transitions (one test per row)', () => {
  it(row('CANARY', 'STARTING', 'ready', 'STEPPING') + ': the canary task is ready, step 1 weight', () => {
    const out = reconcileService(world(canarySpec(), rollout(prog('CANARY', 'STARTING')), { n: 1 }));
    expect(out.rollout?.progressive).toMatchObject({ phase: 'STEPPING', step: 0, weight: 10 });
    expect(out.notes.some((n) => n.kind === 'rollout.stepping')).toBe(true);
    // the old tasks stay: the rolling update is held
    expect(out.tasks.filter((t) => t.id.startsWith('old') && t.desiredState === 'SHUTDOWN')).toEqual([]);
  });

  it('CANARY STARTING: the canary tasks are started in extra slots beside the replicas', () => {
    const out = reconcileService(world(canarySpec(), rollout(prog('CANARY', 'STARTING')), { n: 0 }));
    const created = out.tasks.filter((t) => t.state === 'PENDING');
    expect(created.map((t) => [t.slot, t.revision])).toEqual([[4, 2]]);
    expect(out.rollout?.progressive?.phase).toBe('STARTING');
  });

  it(row('CANARY', 'STARTING', 'fail', 'ABORTED') + ': a canary task failed, a rollback is asked', () => {
    const out = reconcileService(
      world(canarySpec(), rollout(prog('CANARY', 'STARTING')), { n: 1, state: 'FAILED' }),
    );
    expect(out.rollout?.progressive).toMatchObject({ phase: 'ABORTED', weight: 0 });
    expect(out.request?.kind).toBe('rollback');
  });

  it(row('CANARY', 'STARTING', 'promote', 'PROMOTED') + ': by the operator', () => {
    const r = rollout(prog('CANARY', 'STARTING'));
    expect(applyEvent(r, canarySpec(), 'promote', 'operator', at(5))?.rollout.progressive).toMatchObject({
      phase: 'PROMOTED',
      weight: 100,
    });
  });

  it(row('CANARY', 'STARTING', 'abort', 'ABORTED') + ': by the operator', () => {
    const r = rollout(prog('CANARY', 'STARTING'));
    expect(applyEvent(r, canarySpec(), 'abort', 'operator', at(5))?.rollout.progressive?.phase).toBe(
      'ABORTED',
    );
  });

  it(row('CANARY', 'STEPPING', 'pass', 'STEPPING') + ': the step is over and within bounds', () => {
    const base = { stable: counters(100, 0, 3), canary: counters(10, 0, 3) };
    const r = rollout(prog('CANARY', 'STEPPING', { baseline: base }));
    const now = { stable: counters(200, 1, 3), canary: counters(30, 0, 3) };
    const before = advanceStep(r, canarySpec(), now, at(500));
    expect(before?.decision).toBeNull(); // the step is not over
    const moved = advanceStep(r, canarySpec(), now, at(1000))!;
    expect(moved.decision).toMatchObject({ event: 'pass', to: 'STEPPING', step: 1, weight: 50 });
    expect(moved.rollout.progressive).toMatchObject({ step: 1, weight: 50, baseline: now });
    expect(moved.decision?.figures?.canary).toMatchObject({ requests: 20, errors: 0 });
    expect(moved.decision?.figures?.stable).toMatchObject({ requests: 100, errors: 1 });
  });

  it(row('CANARY', 'STEPPING', 'fail', 'ABORTED') + ': the canary errs more than the stable', () => {
    const base = { stable: emptyCounters(), canary: emptyCounters() };
    const r = rollout(prog('CANARY', 'STEPPING', { baseline: base }));
    // judged before the step is over: a failing canary is stopped early
    const moved = advanceStep(
      r,
      canarySpec(),
      { stable: counters(90, 0, 3), canary: counters(10, 10, 3) },
      at(100),
    )!;
    expect(moved.decision).toMatchObject({ event: 'fail', to: 'ABORTED', weight: 0 });
    expect(moved.rollout.progressive?.decision).toContain('canary 10 requests, 100.0 % errors');
  });

  it(row('CANARY', 'STEPPING', 'abort', 'ABORTED') + ': by the operator, weight 0 at once', () => {
    const r = rollout(prog('CANARY', 'STEPPING'));
    const moved = applyEvent(r, canarySpec(), 'abort', 'operator', at(5))!;
    expect(moved.decision).toMatchObject({ from: 'STEPPING', to: 'ABORTED', weight: 0 });
    expect(trafficSplit(moved.rollout)).toEqual({ canaryRevision: 2, weight: 0 });
  });

  it('CANARY STEPPING: a canary task that fails aborts too (planner)', () => {
    const r = rollout(prog('CANARY', 'STEPPING'));
    const out = reconcileService(world(canarySpec(), r, { n: 1, state: 'FAILED' }));
    expect(out.rollout?.progressive?.phase).toBe('ABORTED');
    expect(out.request?.kind).toBe('rollback');
  });

  it(row('CANARY', 'STEPPING', 'promote', 'PROMOTED') + ': the last step passed', () => {
    const base = { stable: emptyCounters(), canary: emptyCounters() };
    const r = rollout(prog('CANARY', 'STEPPING', { step: 1, weight: 50, baseline: base }));
    const moved = advanceStep(
      r,
      canarySpec(),
      { stable: counters(20, 0, 3), canary: counters(20, 0, 3) },
      at(1000),
    )!;
    expect(moved.decision).toMatchObject({ event: 'promote', to: 'PROMOTED', weight: 100 });
  });

  it('CANARY PROMOTED: the rolling update is no longer held, the canary keeps its slot', () => {
    const out = reconcileService(world(canarySpec(), rollout(prog('CANARY', 'PROMOTED')), { n: 1 }));
    const stopped = out.tasks.filter((t) => t.desiredState === 'SHUTDOWN').map((t) => t.id);
    expect(stopped).toEqual(['old1']); // STOP_FIRST, parallelism 1
    expect(out.tasks.some((t) => t.id === 'new0' && t.desiredState === 'SHUTDOWN')).toBe(false);
  });

  it(row('CANARY', 'PROMOTED', 'abort', 'ABORTED') + ': by the operator', () => {
    const r = rollout(prog('CANARY', 'PROMOTED'));
    expect(applyEvent(r, canarySpec(), 'abort', 'operator', at(5))?.rollout.progressive?.weight).toBe(0);
  });

  it(
    row('CANARY', 'PROMOTED', 'done', 'DONE') + ': the rolling update completed; the extra slot goes',
    () => {
      const r = rollout(prog('CANARY', 'PROMOTED'), { state: 'COMPLETED' });
      const s = canarySpec();
      const svc = service(s, { currentRevision: 2, previousRevision: 1, rollout: r });
      const tasks = [1, 2, 3, 4].map((slot) => task(`t${slot}`, slot, { revision: 2 }));
      const out = reconcileService(
        input(
          svc,
          tasks,
          tasks.map((t) => obs(t)),
        ),
      );
      expect(out.rollout?.progressive?.phase).toBe('DONE');
      expect(out.tasks.filter((t) => t.desiredState === 'SHUTDOWN')).toHaveLength(1);
      expect(trafficSplit(out.rollout)).toBeNull();
    },
  );

  it(row('BLUE_GREEN', 'STARTING', 'ready', 'SWITCHED') + ': only once every green task is ready', () => {
    const r = rollout(prog('BLUE_GREEN', 'STARTING'));
    const two = reconcileService(world(greenSpec(), r, { n: 2 }));
    expect(two.rollout?.progressive?.phase).toBe('STARTING');
    expect(two.tasks.filter((t) => t.state === 'PENDING').map((t) => t.slot)).toEqual([6]);
    const three = reconcileService(world(greenSpec(), r, { n: 3 }));
    expect(three.rollout?.progressive).toMatchObject({ phase: 'SWITCHED', weight: 100 });
    expect(three.tasks.filter((t) => t.desiredState === 'SHUTDOWN')).toEqual([]); // blue stays
  });

  it('BLUE_GREEN STARTING: green tasks created by a pass that began before the rollout count too', () => {
    const r = rollout(prog('BLUE_GREEN', 'STARTING'), { startedAt: at(500) });
    const out = reconcileService(world(greenSpec(), r, { n: 3 }));
    expect(out.rollout?.progressive).toMatchObject({ phase: 'SWITCHED', weight: 100 });
  });

  it(row('BLUE_GREEN', 'STARTING', 'fail', 'ABORTED') + ': a green task failed', () => {
    const out = reconcileService(
      world(greenSpec(), rollout(prog('BLUE_GREEN', 'STARTING')), { n: 1, state: 'FAILED' }),
    );
    expect(out.rollout?.progressive?.phase).toBe('ABORTED');
    expect(out.request?.kind).toBe('rollback');
  });

  it(row('BLUE_GREEN', 'STARTING', 'abort', 'ABORTED') + ': by the operator', () => {
    const r = rollout(prog('BLUE_GREEN', 'STARTING'));
    expect(applyEvent(r, greenSpec(), 'abort', 'operator', at(5))?.rollout.progressive?.phase).toBe(
      'ABORTED',
    );
  });

  it(
    row('BLUE_GREEN', 'SWITCHED', 'abort', 'ABORTED') +
      ': traffic back at once, green stopped after the rollback',
    () => {
      const r = rollout(prog('BLUE_GREEN', 'SWITCHED'));
      const moved = applyEvent(r, greenSpec(), 'abort', 'operator', at(5))!;
      expect(trafficSplit(moved.rollout)).toEqual({ canaryRevision: 2, weight: 0 });
      // the rollback revision 3 (v1's spec) carries the ABORTED state; the planner stops the green tasks
      const before = service(greenSpec(), { currentRevision: 2, previousRevision: 1, rollout: r });
      const back = withProgressive(startRollout(before, 3, 'abort', true, at(6)), before, v1, 'abort', at(6));
      expect(back.progressive?.phase).toBe('ABORTED');
      const svc = service(v1, { currentRevision: 3, previousRevision: 2, rollout: back });
      const tasks = [
        ...[1, 2, 3].map((slot) => task(`blue${slot}`, slot, { revision: 1 })),
        ...[4, 5, 6].map((slot) => task(`green${slot}`, slot, { revision: 2 })),
      ];
      const out = reconcileService(
        input(
          svc,
          tasks,
          tasks.map((t) => obs(t)),
          at(10),
          undefined,
          [
            [1, v1],
            [2, greenSpec()],
          ],
        ),
      );
      const stopped = out.tasks.filter((t) => t.desiredState === 'SHUTDOWN').map((t) => t.id);
      expect(stopped.sort()).toEqual(['green4', 'green5', 'green6']);
      // nothing of revision 1 is replaced: the blue tasks already run the rollback's spec
      expect(out.tasks.filter((t) => t.state === 'PENDING')).toEqual([]);
      expect(out.rollout?.state).toBe('ROLLING_BACK');
      expect(trafficSplit(out.rollout)).toEqual({ canaryRevision: 2, weight: 0 });
    },
  );

  it(row('BLUE_GREEN', 'SWITCHED', 'promote', 'DONE') + ': by the operator, without waiting', () => {
    const r = rollout(prog('BLUE_GREEN', 'SWITCHED'));
    expect(applyEvent(r, greenSpec(), 'promote', 'operator', at(5))?.rollout.progressive?.phase).toBe('DONE');
  });

  it(row('BLUE_GREEN', 'SWITCHED', 'done', 'DONE') + ': the keep time is up, blue is stopped', () => {
    const r = rollout(prog('BLUE_GREEN', 'SWITCHED'));
    const early = reconcileService(world(greenSpec(), r, { n: 3 }, at(4000)));
    expect(early.rollout?.progressive?.phase).toBe('SWITCHED');
    const out = reconcileService(world(greenSpec(), r, { n: 3 }, at(5000)));
    expect(out.rollout?.progressive?.phase).toBe('DONE');
    const stopped = out.tasks.filter((t) => t.desiredState === 'SHUTDOWN').map((t) => t.id);
    expect(stopped.sort()).toEqual(['old1', 'old2', 'old3']);
    expect(out.tasks.filter((t) => t.state === 'PENDING')).toEqual([]); // green keeps slots 4..6
  });

  it('every row of the table has its test, and other moves do not exist', () => {
    for (const [k, f, e, t] of PROGRESSIVE_TRANSITIONS) expect(tested.has(`${k} ${f} ${e} ${t}`)).toBe(true);
    expect(tested.size).toBe(PROGRESSIVE_TRANSITIONS.length);
    expect(nextPhase('CANARY', 'DONE', 'abort')).toBeNull();
    expect(nextPhase('CANARY', 'ABORTED', 'promote')).toBeNull();
    expect(nextPhase('BLUE_GREEN', 'SWITCHED', 'pass')).toBeNull();
    expect(nextPhase('BLUE_GREEN', 'DONE', 'abort')).toBeNull();
  });
});

describe('starting one', () => {
  it('an update with canary settings starts a CANARY, blue-green a BLUE_GREEN, neither a plain rollout', () => {
    const before = service(v1);
    const start = (s: ServiceSpec) =>
      withProgressive(startRollout(before, 2, 'u', false, at(0)), before, s, 'u', at(0));
    expect(start(canarySpec()).progressive).toMatchObject({
      kind: 'CANARY',
      phase: 'STARTING',
      tasks: 1,
      weight: 0,
    });
    expect(start(greenSpec()).progressive).toMatchObject({ kind: 'BLUE_GREEN', tasks: 3 });
    expect(start(spec({ image: 'local/webapp:v2' })).progressive).toBeNull();
  });

  it("the rollback the planner asks for after the analysis aborted keeps the canary at 0 %, a later one doesn't", () => {
    const abortedCanary = prog('CANARY', 'ABORTED', { weight: 0 });
    const before = service(canarySpec(), {
      currentRevision: 2,
      previousRevision: 1,
      rollout: rollout(abortedCanary),
    });
    const back = withProgressive(startRollout(before, 3, 'auto', true, at(6)), before, v1, 'auto', at(6));
    expect(back.progressive).toMatchObject({ phase: 'ABORTED', canaryRevision: 2, weight: 0 });
    expect(trafficSplit({ ...back, state: 'ROLLING_BACK' })).toEqual({ canaryRevision: 2, weight: 0 });
    // the aborted rollout's rollback completed long ago: a new manual rollback is a plain one
    const later = service(canarySpec(), {
      currentRevision: 3,
      previousRevision: 2,
      rollout: rollout(abortedCanary, { state: 'ROLLED_BACK', isRollback: true }),
    });
    const again = withProgressive(startRollout(later, 4, 'manual', true, at(9)), later, v1, 'manual', at(9));
    expect(again.progressive ?? null).toBeNull();
  });
});

describe('analysis', () => {
  it('figures are the step difference; p95 interpolates in the histogram', () => {
    const f = figuresBetween(counters(10, 1, 3), counters(30, 3, 3));
    expect(f).toMatchObject({ requests: 20, errors: 2, errorRate: 0.1 });
    expect(f.p95Ms).toBeGreaterThan(2.5);
    expect(f.p95Ms).toBeLessThanOrEqual(5);
    expect(quantile(emptyCounters().buckets, 0.95)).toBeNull();
    // counters that went down (the ingress restarted) count from zero
    expect(figuresBetween(counters(50, 0, 3), counters(5, 0, 3)).requests).toBe(5);
  });

  it('judgeStep waits for enough requests, fails on errors or latency, passes at the step end', () => {
    const f = (c: RevisionCounters, s: RevisionCounters) => ({
      canary: figuresBetween(null, c),
      stable: figuresBetween(null, s),
    });
    expect(judgeStep(analysis, f(counters(5, 5, 3), counters(50, 0, 3)), true).verdict).toBe('wait');
    expect(judgeStep(analysis, f(counters(10, 1, 3), counters(50, 0, 3)), false).verdict).toBe('fail');
    expect(judgeStep(analysis, f(counters(10, 0, 400), counters(50, 0, 3)), false).verdict).toBe('fail');
    expect(judgeStep(analysis, f(counters(10, 0, 4), counters(50, 0, 3)), false).verdict).toBe('wait');
    expect(judgeStep(analysis, f(counters(10, 0, 4), counters(50, 0, 3)), true).verdict).toBe('pass');
  });
});
