import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../app/event-bus.js';
import type { StevedoreEvent } from '../domain/event.js';
import { count, emptyCounters } from '../domain/orchestrator/analysis.js';
import { at, mkRollout, service, spec } from '../domain/orchestrator/testing.js';
import { DEFAULT_UPDATE_CONFIG, type RevisionCounters } from '../domain/service.js';
import { createLogger } from '../logger.js';
import { RolloutSampleRepository } from '../store/rollout-sample.repo.js';
import { Store } from '../store/store.js';
import { ProgressiveLoop } from './progressive.js';

/** `n` requests answered in `ms`, the first `errors` of them 5xx, added to `c`. */
function serve(c: RevisionCounters, n: number, errors: number, ms: number): void {
  for (let i = 0; i < n; i++) count(c, ms, i < errors);
}

function world() {
  const store = Store.open(':memory:');
  store.clusters.ensureDefault();
  const canarySpec = spec({
    image: 'local/webapp:v2',
    update: {
      ...DEFAULT_UPDATE_CONFIG,
      canary: 1,
      canarySteps: [
        { weight: 20, durationMs: 10_000 },
        { weight: 50, durationMs: 10_000 },
      ],
      analysis: { maxErrorRateIncrease: 0.05, maxP95Ratio: 2, minP95IncreaseMs: 50, minRequests: 10 },
    },
  });
  const progressive = {
    kind: 'CANARY' as const,
    phase: 'STEPPING' as const,
    stableRevision: 1,
    canaryRevision: 2,
    tasks: 1,
    step: 0,
    weight: 20,
    stepStartedAt: at(0),
    switchedAt: null,
    baseline: null,
    decision: 'ready: 1 task(s) of revision 2 ready',
  };
  store.services.insert(
    service(canarySpec, {
      currentRevision: 2,
      previousRevision: 1,
      rollout: mkRollout('UPDATING', { progressive }),
    }),
  );
  const counters = new Map([
    [1, emptyCounters()],
    [2, emptyCounters()],
  ]);
  const samples = new RolloutSampleRepository(store.db);
  const bus = new EventBus();
  const events: StevedoreEvent[] = [];
  bus.subscribe((e) => events.push(e));
  const audit = { record: vi.fn() };
  const wake = vi.fn();
  const loop = new ProgressiveLoop(
    store,
    samples,
    { revisionCounters: () => counters },
    bus,
    audit,
    () => 'env-1',
    { wake },
    createLogger('silent'),
    { tickMs: 250, sampleMs: 1000 },
  );
  return { store, counters, samples, events, audit, wake, loop };
}

describe('the canary analysis loop', () => {
  it('aborts a failing step with both revisions’ figures in the rollout, the event, the audit and the timeline', () => {
    const w = world();
    w.loop.tick(at(100)); // the step's baseline
    expect(w.store.services.get('s1')!.rollout!.progressive!.baseline).not.toBeNull();
    serve(w.counters.get(1)!, 80, 0, 3);
    serve(w.counters.get(2)!, 20, 20, 3);
    w.loop.tick(at(1200));

    const p = w.store.services.get('s1')!.rollout!.progressive!;
    expect(p).toMatchObject({ phase: 'ABORTED', weight: 0 });
    expect(p.decision).toContain('canary 20 requests, 100.0 % errors');
    const ev = w.events.find((e) => e.kind === 'rollout.aborted')!;
    expect(ev.severity).toBe('WARNING');
    expect(ev.data).toMatchObject({
      event: 'fail',
      from: 'STEPPING',
      to: 'ABORTED',
      canaryRevision: 2,
      stableRevision: 1,
      figures: { canary: { requests: 20, errors: 20, errorRate: 1 }, stable: { requests: 80, errorRate: 0 } },
    });
    expect(w.audit.record).toHaveBeenCalledWith(
      expect.objectContaining({
        actor: 'stevedore',
        action: 'canaryAnalysis',
        target: 's1',
        environmentId: 'env-1',
      }),
    );
    expect(w.wake).toHaveBeenCalled();
    const decisions = w.samples.list('s1', 2).filter((s) => s.kind === 'decision');
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.figures).toMatchObject({ to: 'ABORTED', figures: { canary: { errorRate: 1 } } });
  });

  it('passes a step only once it is over, and samples both sides about every sampleMs', () => {
    const w = world();
    w.loop.tick(at(100));
    serve(w.counters.get(1)!, 40, 0, 3);
    serve(w.counters.get(2)!, 10, 0, 3);
    w.loop.tick(at(1200)); // enough requests, the step not over: a sample, no decision
    expect(w.store.services.get('s1')!.rollout!.progressive!.phase).toBe('STEPPING');
    const sample = w.samples.list('s1', 2).find((s) => s.kind === 'sample')!;
    expect(sample.figures).toMatchObject({
      stable: { requests: 40 },
      canary: { requests: 10 },
      phase: 'STEPPING',
    });
    w.loop.tick(at(1500)); // within sampleMs of the last: no new sample
    expect(w.samples.list('s1', 2).filter((s) => s.kind === 'sample')).toHaveLength(1);

    w.loop.tick(at(10_001)); // the step is over and within bounds: on to 50 %
    const p = w.store.services.get('s1')!.rollout!.progressive!;
    expect(p).toMatchObject({ phase: 'STEPPING', step: 1, weight: 50 });
    expect(w.events.find((e) => e.kind === 'rollout.step')?.data).toMatchObject({
      event: 'pass',
      weight: 50,
    });
  });
});
