/*
 * When a live figure stops being live (issue #20, "Also"): a stats stream that falls behind must not
 * keep showing its last numbers as if they were current. A sample counts as stale once it is older
 * than three sampling intervals. Its age is measured without comparing the browser's clock with the
 * server's: the time since the browser received it, plus how old the server said it already was
 * when it was sent (the batch's timestamp minus the sample's own).
 */

/** The engines' stats streams and the stats-set subscriptions both tick once a second. */
export const STATS_INTERVAL_MS = 1000;
/** A sample older than this many intervals is shown as stale. */
export const STALE_INTERVALS = 3;

/** What the dashboard keeps with each received sample to tell its age later. */
export interface Freshness {
  /** Date.now() in the browser when the sample arrived. */
  receivedAt: number;
  /** How old the sample already was on the server when it was sent, ms (0 when unknown). */
  lagMs: number;
}

/** The server-side lag of a sample sent in a batch stamped `batchTime` (ISO strings or ms). */
export function serverLag(
  batchTime: string | number | null | undefined,
  sampleTime: string | number | null | undefined,
): number {
  const b = typeof batchTime === 'string' ? Date.parse(batchTime) : batchTime;
  const s = typeof sampleTime === 'string' ? Date.parse(sampleTime) : sampleTime;
  if (b == null || s == null || !Number.isFinite(b) || !Number.isFinite(s)) return 0;
  return Math.max(0, b - s);
}

/** The sample's age now, ms. */
export function sampleAge(f: Freshness, now: number): number {
  return Math.max(0, now - f.receivedAt) + f.lagMs;
}

/** True once a sample is older than STALE_INTERVALS intervals (a missing sample is not "stale": it is absent). */
export function isStale(
  f: Freshness | null | undefined,
  now: number,
  intervalMs = STATS_INTERVAL_MS,
): boolean {
  return !!f && sampleAge(f, now) > STALE_INTERVALS * intervalMs;
}

/** "last sample 12 s ago", for the title and the screen reader text of a stale figure. */
export function staleText(f: Freshness, now: number): string {
  const s = Math.round(sampleAge(f, now) / 1000);
  return s < 90 ? `stale: last sample ${s} s ago` : `stale: last sample ${Math.round(s / 60)} min ago`;
}
