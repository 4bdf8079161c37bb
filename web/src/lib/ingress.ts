import type { IngressStatsQuery } from '@/gql/graphql';

export type IngressStats = NonNullable<IngressStatsQuery['ingressStats']>;

/** One side's figures at one sample: requests/s and error % over the interval, latency of the last 10 s. */
export interface Figures {
  rps: number;
  /** Failed / all, in %; null: no request in the interval. */
  errorPct: number | null;
  p50: number | null;
  p95: number | null;
}

export interface IngressSample {
  /** Seconds since epoch. */
  t: number;
  service: Figures;
  /** By task id. */
  replicas: Record<string, Figures>;
  /** By revision. */
  revisions: Record<string, Figures>;
}

interface Counts {
  requests: number;
  errors: number;
}

const latency = (r: { requests: number; p50Ms: number; p95Ms: number }) =>
  r.requests > 0 ? { p50: r.p50Ms, p95: r.p95Ms } : { p50: null, p95: null };

/**
 * Rates from two readings of cumulative counters `dt` seconds apart; without a previous reading
 * (the first poll, a new replica), from the last 10 s the server measured.
 */
function figures(
  now: Counts,
  before: Counts | undefined,
  dt: number,
  recent: { requests: number; errors: number; p50Ms: number; p95Ms: number; windowMs?: number },
): Figures {
  const { requests, errors } =
    before && dt > 0 && now.requests >= before.requests
      ? { requests: now.requests - before.requests, errors: now.errors - before.errors }
      : { requests: recent.requests, errors: recent.errors };
  const secs = before && dt > 0 ? dt : (recent.windowMs ?? 10_000) / 1000;
  return {
    rps: requests / secs,
    errorPct: requests > 0 ? (100 * Math.max(0, errors)) / requests : null,
    ...latency(recent),
  };
}

/** The counters a sample keeps to diff the next reading against. */
export interface Readings {
  t: number;
  service: Counts;
  replicas: Map<string, Counts>;
  revisions: Map<number, Counts>;
}

/**
 * The next sample from a reading of ingressStats. A replica's error rate is its failed attempts
 * over its attempts (a request retried elsewhere still counts against the replica that failed
 * it); the service's is the 5xx its clients got over their requests.
 */
export function nextSample(s: IngressStats, prev: Readings | null, nowMs: number): [IngressSample, Readings] {
  const t = nowMs / 1000;
  const dt = prev ? t - prev.t : 0;
  const readings: Readings = {
    t,
    service: { requests: s.requests, errors: s.errors },
    replicas: new Map(s.backends.map((b) => [b.taskId, { requests: b.requests, errors: b.failures }])),
    revisions: new Map(s.revisions.map((r) => [r.revision, { requests: r.requests, errors: r.errors }])),
  };
  const sample: IngressSample = {
    t,
    service: figures(readings.service, prev?.service, dt, s.recent),
    replicas: Object.fromEntries(
      s.backends.map((b) => [
        b.taskId,
        figures(readings.replicas.get(b.taskId)!, prev?.replicas.get(b.taskId), dt, b.recent),
      ]),
    ),
    revisions: Object.fromEntries(
      s.revisions.map((r) => [
        String(r.revision),
        figures(readings.revisions.get(r.revision)!, prev?.revisions.get(r.revision), dt, r.recent),
      ]),
    ),
  };
  return [sample, readings];
}

/** uPlot columns of one figure for several keys (replicas or revisions); null where a key had none. */
export function columns(
  samples: readonly IngressSample[],
  pick: (s: IngressSample) => Record<string, Figures>,
  keys: readonly string[],
  figure: keyof Figures,
): [number[], ...(number | null)[][]] {
  return [samples.map((s) => s.t), ...keys.map((k) => samples.map((s) => pick(s)[k]?.[figure] ?? null))];
}

/** A short replica name: its node and the task id's head. */
export const replicaName = (b: { taskId: string; nodeName: string }) =>
  `${b.nodeName}/${b.taskId.slice(0, 6)}`;

export const perSecond = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);

export const latencyMs = (n: number | null | undefined) =>
  n === null || n === undefined ? '—' : n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(1)} ms`;
