import { describe, expect, it } from 'vitest';

// The dashboard's rule for a live figure that stopped being live (web/src/lib/staleness.ts,
// issue #20 "Also"), loaded by path as the other web-* tests do.
interface Freshness {
  receivedAt: number;
  lagMs: number;
}
const lib = (await import(new URL('../../../web/src/lib/staleness.ts', import.meta.url).pathname)) as {
  STATS_INTERVAL_MS: number;
  STALE_INTERVALS: number;
  serverLag: (
    batch: string | number | null | undefined,
    sample: string | number | null | undefined,
  ) => number;
  sampleAge: (f: Freshness, now: number) => number;
  isStale: (f: Freshness | null | undefined, now: number, intervalMs?: number) => boolean;
  staleText: (f: Freshness, now: number) => string;
};

describe('staleness of live samples', () => {
  it('is stale only once older than three intervals', () => {
    const f = { receivedAt: 10_000, lagMs: 0 };
    expect(lib.STALE_INTERVALS * lib.STATS_INTERVAL_MS).toBe(3000);
    expect(lib.isStale(f, 10_000)).toBe(false);
    expect(lib.isStale(f, 13_000)).toBe(false);
    expect(lib.isStale(f, 13_001)).toBe(true);
    // A slower stream gets a longer allowance.
    expect(lib.isStale(f, 13_001, 5000)).toBe(false);
  });

  it('counts the age the server reported on top of the time since receipt', () => {
    const lag = lib.serverLag('2026-12-06T10:00:05.000Z', '2026-12-06T10:00:02.500Z');
    expect(lag).toBe(2500);
    const f = { receivedAt: 1_000, lagMs: lag };
    expect(lib.sampleAge(f, 1_400)).toBe(2900);
    expect(lib.isStale(f, 1_400)).toBe(false);
    expect(lib.isStale(f, 1_600)).toBe(true);
  });

  it('takes an unknown or future sample time as no lag, and a missing sample as not stale', () => {
    expect(lib.serverLag(null, '2026-12-06T10:00:00Z')).toBe(0);
    expect(lib.serverLag('2026-12-06T10:00:00Z', 'not a date')).toBe(0);
    expect(lib.serverLag(1000, 5000)).toBe(0);
    expect(lib.isStale(null, 1e12)).toBe(false);
    // A clock that went back never makes an age below the server's lag.
    expect(lib.sampleAge({ receivedAt: 5000, lagMs: 100 }, 4000)).toBe(100);
  });

  it('says how old in words', () => {
    expect(lib.staleText({ receivedAt: 0, lagMs: 0 }, 12_400)).toBe('stale: last sample 12 s ago');
    expect(lib.staleText({ receivedAt: 0, lagMs: 0 }, 600_000)).toBe('stale: last sample 10 min ago');
  });
});
