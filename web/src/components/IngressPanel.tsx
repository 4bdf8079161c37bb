'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@urql/next';
import { IngressStatsQuery } from '@/graphql/ingress';
import { errorMessage } from '@/lib/errors';
import { pct } from '@/lib/format';
import {
  columns,
  latencyMs,
  nextSample,
  perSecond,
  replicaName,
  type IngressSample,
  type IngressStats,
  type Readings,
} from '@/lib/ingress';
import { useRefetchOn } from '@/lib/live';
import { TimeChart, type SeriesDef } from './TimeChart';
import { Badge, ErrorBanner, type Tone } from './ui';

/**
 * The ingress is sampled by a 1 s poll of `ingressStats`, not a subscription: its figures are
 * counters the proxy bumps per request, with no event to push on (a subscription would be a timer
 * on the server instead of one here), and one small query a second per open page costs less than
 * a stream per replica. The poll stops while the tab is hidden; ingress events (breaker, probe)
 * refetch at once.
 */
const POLL_MS = 1000;
/** Two minutes of samples. */
const KEEP = 120;

/** Colours for the whole service, then replicas and revisions in turn (readable on light and dark). */
const TOTAL = '#2563eb';
const PALETTE = ['#059669', '#d97706', '#9333ea', '#dc2626', '#0891b2', '#65a30d', '#db2777', '#7c3aed'];

const BREAKER_TONE: Record<string, Tone> = { CLOSED: 'ok', HALF_OPEN: 'warn', OPEN: 'bad' };
const BREAKER_WORDS: Record<string, string> = { CLOSED: 'closed', HALF_OPEN: 'half open', OPEN: 'open' };

const fmtPct = (v: number) => pct(v, 1);

function Legend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <div className="legend">
      {items.map((i) => (
        <span key={i.label}>
          <i style={{ background: i.color }} aria-hidden="true" />
          {i.label}
        </span>
      ))}
    </div>
  );
}

/** A series' colour beside its row (a dot for a replica, a square for a revision). */
function Swatch({ color, round = false }: { color: string; round?: boolean }) {
  return (
    <i
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 9,
        height: 9,
        borderRadius: round ? '50%' : 2,
        marginRight: 6,
        background: color,
      }}
    />
  );
}

/** A table head: text columns, then numeric ones (right-aligned), then text again. */
function Head({ cols, nums, tail = [] }: { cols: string[]; nums: string[]; tail?: string[] }) {
  return (
    <thead>
      <tr>
        {cols.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
        {nums.map((c) => (
          <th key={c} scope="col" className="num">
            {c}
          </th>
        ))}
        {tail.map((c) => (
          <th key={c} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Requests/s, error rate and latency through the ingress, per replica and per revision, live. */
export function IngressPanel({ serviceId }: { serviceId: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: IngressStatsQuery, variables: { serviceId } });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useRefetchOn((e) => e.serviceId === serviceId && e.kind.startsWith('ingress.'), refetch, {
    throttleMs: 500,
    pollMs: POLL_MS,
  });
  const stats = data?.ingressStats ?? null;
  const [samples, setSamples] = useState<IngressSample[]>([]);
  const readings = useRef<Readings | null>(null);
  useEffect(() => {
    if (!stats) return;
    const [sample, next] = nextSample(stats, readings.current, Date.now());
    // The same answer twice (a cached render) adds no sample.
    if (readings.current && sample.t - readings.current.t < 0.2) return;
    readings.current = next;
    setSamples((prev) => [...prev.slice(Math.max(0, prev.length + 1 - KEEP)), sample]);
  }, [stats]);

  if (!stats)
    return (
      <section className="card" data-testid="ingress-panel" aria-labelledby="ingress-h">
        <h2 id="ingress-h">Ingress</h2>
        {error ? (
          <ErrorBanner error={errorMessage(error)} retry={refetch} />
        ) : (
          <p className="muted small">{data ? 'Not published yet.' : 'Loading…'}</p>
        )}
      </section>
    );
  return <IngressView stats={stats} samples={samples} />;
}

function IngressView({ stats, samples }: { stats: IngressStats; samples: IngressSample[] }) {
  const last = samples[samples.length - 1];
  const replicas = stats.backends;
  const keys = replicas.map((b) => b.taskId);
  const keyStr = keys.join(',');
  const colorOf = (i: number) => PALETTE[i % PALETTE.length]!;
  const split = stats.revisions.length > 1 || stats.revisions.some((r) => r.weight !== null);
  const revKeys = stats.revisions.map((r) => String(r.revision));
  const revKeyStr = revKeys.join(',');

  const charts = useMemo(() => {
    // The keys again from their strings, so the memo depends on what it reads.
    const keys = keyStr ? keyStr.split(',') : [];
    const revKeys = revKeyStr ? revKeyStr.split(',') : [];
    const withTotal = (figure: 'rps' | 'errorPct' | 'p95') => {
      const [t, ...per] = columns(samples, (s) => s.replicas, keys, figure);
      return [t, samples.map((s) => s.service[figure]), ...per] as [number[], ...(number | null)[][]];
    };
    return {
      rps: withTotal('rps'),
      err: withTotal('errorPct'),
      latency: [
        samples.map((s) => s.t),
        samples.map((s) => s.service.p50),
        samples.map((s) => s.service.p95),
        ...columns(samples, (s) => s.replicas, keys, 'p95').slice(1),
      ] as [number[], ...(number | null)[][]],
      revRps: columns(samples, (s) => s.revisions, revKeys, 'rps'),
      revErr: columns(samples, (s) => s.revisions, revKeys, 'errorPct'),
      revP95: columns(samples, (s) => s.revisions, revKeys, 'p95'),
    };
  }, [samples, keyStr, revKeyStr]);

  const replicaSeries = (fmt: (v: number) => string): SeriesDef[] =>
    replicas.map((b, i) => ({ label: replicaName(b), color: colorOf(i), format: fmt }));
  const rpsSeries: SeriesDef[] = [
    { label: 'all', color: TOTAL, format: perSecond },
    ...replicaSeries(perSecond),
  ];
  const errSeries: SeriesDef[] = [{ label: 'all', color: TOTAL, format: fmtPct }, ...replicaSeries(fmtPct)];
  const latSeries: SeriesDef[] = [
    { label: 'p50', color: '#64748b', format: latencyMs },
    { label: 'p95', color: TOTAL, format: latencyMs },
    ...replicaSeries(latencyMs).map((s) => ({ ...s, label: `${s.label} p95` })),
  ];
  const revSeries = (fmt: (v: number) => string): SeriesDef[] =>
    stats.revisions.map((r, i) => ({ label: `r${r.revision}`, color: colorOf(i + 4), format: fmt }));
  const legend = [
    { label: 'all replicas', color: TOTAL },
    ...replicas.map((b, i) => ({ label: replicaName(b), color: colorOf(i) })),
  ];
  const svc = last?.service;
  const scheme = stats.tls ? 'https' : 'http';
  return (
    <section
      className="card stack"
      style={{ gap: 12 }}
      data-testid="ingress-panel"
      aria-labelledby="ingress-h"
    >
      <div className="row between" style={{ flexWrap: 'wrap', gap: 8 }}>
        <h2 id="ingress-h" style={{ margin: 0 }}>
          Ingress
        </h2>
        <div className="row small" style={{ flexWrap: 'wrap', gap: 6 }}>
          <Badge tone={stats.listening ? 'ok' : 'bad'} testId="ingress-listening">
            {stats.listening ? `listening on ${stats.port}` : `not listening on ${stats.port}`}
          </Badge>
          <span className="muted">
            {stats.algorithm === 'LEAST_CONNECTIONS' ? 'least connections' : 'round robin'}
            {stats.tls ? ' · TLS' : ''} · polled every {POLL_MS / 1000} s
          </span>
        </div>
      </div>
      {stats.error && <div className="banner bad">{stats.error}</div>}
      <ul className="small muted" aria-label="Routes" style={{ margin: 0, paddingLeft: 18 }}>
        {stats.routes.map((r) => (
          <li key={`${r.host ?? '*'}${r.pathPrefix}`} className="mono">
            {scheme}://{r.host ?? '127.0.0.1'}:{stats.port}
            {r.pathPrefix}
            {r.host ? '' : ' (any host)'}
          </li>
        ))}
      </ul>

      <div className="grid cols-4 stats-phone">
        <div className="stat">
          <span className="label">Requests/s</span>
          <span className="value num" data-testid="ingress-rps" data-value={svc?.rps ?? ''}>
            {perSecond(svc?.rps)}
          </span>
        </div>
        <div className="stat">
          <span className="label">Error rate</span>
          <span
            className="value num"
            data-testid="ingress-error-rate"
            data-value={svc?.errorPct ?? ''}
            style={{ color: (svc?.errorPct ?? 0) > 0 ? 'var(--bad)' : undefined }}
          >
            {svc?.errorPct == null ? '—' : fmtPct(svc.errorPct)}
          </span>
        </div>
        <div className="stat">
          <span className="label">p50 (10 s)</span>
          <span className="value num" data-testid="ingress-p50">
            {latencyMs(svc?.p50)}
          </span>
        </div>
        <div className="stat">
          <span className="label">p95 (10 s)</span>
          <span className="value num" data-testid="ingress-p95">
            {latencyMs(svc?.p95)}
          </span>
        </div>
      </div>

      <Legend items={legend} />
      <div className="grid cols-3">
        <div>
          <h3 className="small" style={{ margin: '0 0 2px' }}>
            Requests/s
          </h3>
          <TimeChart
            key={keyStr}
            series={rpsSeries}
            data={charts.rps}
            height={130}
            label="Requests per second, all replicas and each"
            testId="ingress-chart-rps"
            unit="perSecond"
          />
        </div>
        <div>
          <h3 className="small" style={{ margin: '0 0 2px' }}>
            Error rate, %
          </h3>
          <TimeChart
            key={keyStr}
            series={errSeries}
            data={charts.err}
            height={130}
            yMax={5}
            label="Error rate in percent, all replicas and each"
            testId="ingress-chart-errors"
            unit="percent"
          />
        </div>
        <div>
          <h3 className="small" style={{ margin: '0 0 2px' }}>
            Latency (last 10 s)
          </h3>
          <TimeChart
            key={keyStr}
            series={latSeries}
            data={charts.latency}
            height={130}
            label="Latency p50 and p95 of the service, p95 of each replica"
            testId="ingress-chart-latency"
            unit="ms"
          />
        </div>
      </div>

      <div className="table-wrap">
        <table data-testid="ingress-replicas">
          <caption className="sr-only">Replicas behind the ingress</caption>
          <Head
            cols={['Replica', 'Revision', 'Breaker', 'Probe', 'Rotation']}
            nums={['In flight', 'Req/s', 'Errors', 'p50', 'p95']}
            tail={['Last error']}
          />
          <tbody>
            {replicas.map((b, i) => {
              const f = last?.replicas[b.taskId];
              return (
                <tr key={b.taskId} data-testid="ingress-replica" data-task={b.taskId} data-breaker={b.state}>
                  <td className="mono">
                    <Swatch color={colorOf(i)} round />
                    {replicaName(b)}
                    <span className="muted">
                      {' '}
                      {b.address}:{b.port}
                    </span>
                  </td>
                  <td>r{b.revision}</td>
                  <td>
                    <Badge tone={BREAKER_TONE[b.state] ?? 'idle'} testId="ingress-breaker">
                      {BREAKER_WORDS[b.state] ?? b.state.toLowerCase()}
                    </Badge>
                    {b.consecutiveFailures > 0 && (
                      <span className="small muted"> {b.consecutiveFailures} in a row</span>
                    )}
                  </td>
                  <td>
                    {b.probe ? (
                      <Badge tone={b.probe.healthy ? 'ok' : 'bad'}>
                        {b.probe.healthy ? 'healthy' : 'down'}
                      </Badge>
                    ) : (
                      <span className="muted">none</span>
                    )}
                  </td>
                  <td data-testid="ingress-drain">
                    {b.draining ? (
                      <Badge tone="warn">draining</Badge>
                    ) : (
                      <span className="muted">in rotation</span>
                    )}
                  </td>
                  <td className="num">{b.inFlight}</td>
                  <td className="num" data-testid="ingress-replica-rps">
                    {perSecond(f?.rps)}
                  </td>
                  <td
                    className="num"
                    data-testid="ingress-replica-errors"
                    style={{ color: (f?.errorPct ?? 0) > 0 ? 'var(--bad)' : undefined }}
                  >
                    {f?.errorPct == null ? '—' : fmtPct(f.errorPct)}
                  </td>
                  <td className="num">{latencyMs(f?.p50)}</td>
                  <td className="num">{latencyMs(f?.p95)}</td>
                  <td className="small" style={{ maxWidth: 260, overflowWrap: 'anywhere' }}>
                    {b.lastError ?? b.probe?.lastError ?? ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {replicas.length === 0 && <p className="muted small">No replica in the ingress yet.</p>}
      </div>

      {split && (
        <div className="stack" style={{ gap: 8 }} data-testid="ingress-revisions">
          <h3 style={{ margin: 0 }}>Per revision</h3>
          <div className="table-wrap">
            <table>
              <caption className="sr-only">Traffic per revision</caption>
              <Head cols={['Revision']} nums={['Share', 'Replicas', 'Req/s', 'Errors', 'p50', 'p95']} />
              <tbody>
                {stats.revisions.map((r, i) => {
                  const f = last?.revisions[String(r.revision)];
                  return (
                    <tr key={r.revision} data-testid="ingress-revision" data-revision={r.revision}>
                      <td>
                        <Swatch color={colorOf(i + 4)} />r{r.revision}
                      </td>
                      <td className="num">{r.weight === null ? '—' : `${r.weight} %`}</td>
                      <td className="num">{r.replicas}</td>
                      <td className="num">{perSecond(f?.rps)}</td>
                      <td className="num" data-testid="ingress-revision-errors">
                        {f?.errorPct == null ? '—' : fmtPct(f.errorPct)}
                      </td>
                      <td className="num">{latencyMs(f?.p50)}</td>
                      <td className="num">{latencyMs(f?.p95)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="grid cols-3">
            <TimeChart
              key={revKeyStr}
              series={revSeries(perSecond)}
              data={charts.revRps}
              height={110}
              label="Requests per second of each revision"
              testId="ingress-chart-rev-rps"
              unit="perSecond"
            />
            <TimeChart
              key={`e${revKeyStr}`}
              series={revSeries(fmtPct)}
              data={charts.revErr}
              height={110}
              yMax={5}
              label="Error rate in percent of each revision"
              testId="ingress-chart-rev-errors"
              unit="percent"
            />
            <TimeChart
              key={`l${revKeyStr}`}
              series={revSeries(latencyMs)}
              data={charts.revP95}
              height={110}
              label="Latency p95 of each revision"
              testId="ingress-chart-rev-p95"
              unit="ms"
            />
          </div>
        </div>
      )}
    </section>
  );
}
