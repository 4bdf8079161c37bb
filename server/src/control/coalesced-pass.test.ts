import { describe, expect, it } from 'vitest';
import { CoalescedPass } from './coalesced-pass.js';

/** A pass that waits for the test to let each run end. */
function gated() {
  const ends: Array<() => void> = [];
  let running = 0;
  let most = 0;
  let runs = 0;
  const pass = async () => {
    runs++;
    running++;
    most = Math.max(most, running);
    await new Promise<void>((r) => ends.push(r));
    running--;
  };
  const endOne = async () => {
    for (let i = 0; i < 50 && ends.length === 0; i++) await new Promise((r) => setTimeout(r, 1));
    ends.shift()?.();
    await new Promise((r) => setTimeout(r, 1));
  };
  return { pass, endOne, stats: () => ({ runs, most }) };
}

describe('CoalescedPass', () => {
  it('never runs twice at once, and asked during a run, runs exactly once more', async () => {
    const g = gated();
    const p = new CoalescedPass(g.pass, { debounceMs: 0, intervalMs: 60_000, onError: () => {} });
    p.start(); // the first run, now
    const asked = p.run();
    void p.run();
    await g.endOne();
    await g.endOne();
    await asked;
    expect(g.stats()).toEqual({ runs: 2, most: 1 });
    await p.stop();
  });

  it('reports a failed run and runs the next one asked for', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const p = new CoalescedPass(
      async () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      },
      { debounceMs: 0, intervalMs: 60_000, onError: (e) => errors.push(e) },
    );
    await p.run();
    await p.run();
    expect(calls).toBe(2);
    expect(errors.map((e) => (e as Error).message)).toEqual(['boom']);
  });

  it('folds a burst of soon() into one run, and stop waits for the run in flight', async () => {
    const g = gated();
    const p = new CoalescedPass(g.pass, { debounceMs: 5, intervalMs: 60_000, onError: () => {} });
    p.start(); // the first run, now
    await g.endOne();
    for (let i = 0; i < 10; i++) p.soon();
    await new Promise((r) => setTimeout(r, 20));
    expect(g.stats().runs).toBe(2);
    let stopped = false;
    const stopping = p.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(stopped).toBe(false);
    await g.endOne();
    await stopping;
    expect(stopped).toBe(true);
    p.soon(); // stopped: nothing more runs
    await new Promise((r) => setTimeout(r, 20));
    expect(g.stats()).toEqual({ runs: 2, most: 1 });
  });

  it('runs at stop what soon() asked for just before, instead of dropping it', async () => {
    let runs = 0;
    const p = new CoalescedPass(
      async () => {
        runs++;
      },
      { debounceMs: 60_000, intervalMs: 60_000, onError: () => {} },
    );
    p.start();
    await p.idle();
    expect(runs).toBe(1);
    p.soon(); // a minute away
    await p.stop();
    expect(runs).toBe(2);
  });
});
